/*
 * prog.h: rules compiled for evaluation.  Every condition becomes a run
 * of fixed-size nodes in one array, and the lists of which rules use a
 * symptom or a rule go in one pool, so that a toggle touches a few cache
 * lines however large the rules file is.
 */
#ifndef REDFLAG_PROG_H
#define REDFLAG_PROG_H

#include <stddef.h>
#include <stdint.h>

#include "rules.h"

struct prog_node {
	uint8_t		 kind;		/* enum cond_kind, or PROG_RULE */
	uint8_t		 pad;
	uint16_t	 nkids;
	uint32_t	 size;		/* nodes in this subtree */
	uint32_t	 arg;		/* symptom, rule, or "of" count */
};

struct prog_rule {
	uint32_t	 topo;		/* place in the evaluation order */
	uint32_t	 level;
	uint32_t	 code;		/* first node of its condition */
	uint32_t	 users;		/* first of the rules that name it */
	uint32_t	 nusers;
};

struct prog {
	struct prog_node *code;
	struct prog_rule *rules;
	uint32_t	*pool;		/* users of rules, then of symptoms */
	uint32_t	*sym_users;	/* per symptom: start in pool; +1 */
};

struct prog	*prog_build(const struct rules *);
void		 prog_free(struct prog *);
int		 prog_eval(const struct prog *, uint32_t, const unsigned char *,
		    const unsigned char *);

#endif
