/*
 * eval.h: evaluate answers against loaded rules.  Ticking or clearing a
 * symptom re-evaluates only the rules that depend on it, directly or
 * through other rules, in dependency order, and stops where nothing
 * changes.
 */
#ifndef REDFLAG_EVAL_H
#define REDFLAG_EVAL_H

#include <stddef.h>

#include "rules.h"

#define EVAL_NONE	RULES_NONE	/* no level: nothing fired */

struct prog;

struct eval {
	const struct rules *r;
	struct prog	*p;		/* the rules compiled for speed */
	unsigned char	*checked;	/* per symptom */
	unsigned char	*fired;		/* per rule */
	size_t		*fired_list;	/* fired rules, in no order */
	size_t		*fired_pos;	/* each fired rule's place in it */
	size_t		 nfired;
	size_t		 nchecked;
	size_t		*level_count;	/* fired rules per level */
	size_t		*heap;		/* rules to re-evaluate, by topo */
	size_t		 nheap;
	unsigned char	*queued;
	unsigned long	*visited;	/* eval_because: rules seen, by call */
	unsigned long	 evaluations;	/* conditions evaluated so far */
	unsigned long	 because_steps;	/* nodes eval_because has visited */
};

struct eval	*eval_new(const struct rules *);
void		 eval_free(struct eval *);
size_t		 eval_set(struct eval *, size_t, int);
size_t		 eval_toggle(struct eval *, size_t);
void		 eval_clear(struct eval *);
size_t		 eval_list(const struct eval *, size_t *);
size_t		 eval_highest(const struct eval *);
size_t		 eval_because(const struct eval *, size_t, size_t *, size_t);
int		 eval_marks(const struct eval *, size_t *);
void		 eval_full(const struct rules *, const unsigned char *,
		    unsigned char *);

#endif
