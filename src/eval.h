/*
 * eval.h: evaluate answers against loaded rules.  Ticking or clearing a
 * symptom re-evaluates only the rules that depend on it, directly or
 * through other rules, in dependency order, and stops where nothing
 * changes.  Each symptom is answered yes, answered no or not asked;
 * rules read only the yeses, so a no is kept for the record and never
 * re-evaluates a rule.
 */
#ifndef REDFLAG_EVAL_H
#define REDFLAG_EVAL_H

#include <stddef.h>

#include "rules.h"

#define EVAL_NONE	RULES_NONE	/* no level: nothing fired */

struct prog;

/* A symptom's answer. */
enum eval_answer {
	EVAL_NOT_ASKED,
	EVAL_YES,
	EVAL_NO
};

struct eval {
	const struct rules *r;
	struct prog	*p;		/* the rules compiled for speed */
	unsigned char	*checked;	/* per symptom: answered yes */
	unsigned char	*said_no;	/* per symptom: answered no */
	unsigned char	*fired;		/* per rule */
	size_t		*fired_list;	/* fired rules, in no order */
	size_t		*fired_pos;	/* each fired rule's place in it */
	size_t		 nfired;
	size_t		 nchecked;	/* answered yes */
	size_t		 nno;		/* answered no */
	size_t		*level_count;	/* fired rules per level */
	size_t		*heap;		/* rules to re-evaluate, by topo */
	size_t		 nheap;
	unsigned char	*queued;
};

struct eval	*eval_new(const struct rules *);
void		 eval_free(struct eval *);
size_t		 eval_answer(struct eval *, size_t, enum eval_answer);
enum eval_answer eval_state(const struct eval *, size_t);
size_t		 eval_not_asked(const struct eval *);
size_t		 eval_set(struct eval *, size_t, int);
size_t		 eval_toggle(struct eval *, size_t);
void		 eval_clear(struct eval *);
size_t		 eval_list(const struct eval *, size_t *);
size_t		 eval_highest(const struct eval *);
int		 eval_because(const struct eval *, size_t, size_t *, size_t,
		    size_t *);
int		 eval_marks(const struct eval *, size_t *);
void		 eval_full(const struct rules *, const unsigned char *,
		    unsigned char *);

#endif
