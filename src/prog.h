/*
 * prog.h: rule conditions compiled for evaluation.  Every condition
 * becomes a run of fixed-size nodes in one array, so that evaluating
 * one touches a few cache lines however large the rules file is.  It
 * means what cond_eval means; tests/test_agree.c checks that it does.
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

/*
 * What evaluation reads of a rule at every step, packed into one cache
 * line: copied from the rules, where resolve.c worked each out once.
 */
struct prog_rule {
	uint32_t	 code;		/* the first node of its condition */
	uint32_t	 topo;		/* rules->topo */
	uint32_t	 level;
	uint32_t	 users;		/* its list in rules->users: the start */
	uint32_t	 end;		/* and the end */
};

struct prog {
	struct prog_node *code;
	struct prog_rule *rules;
};

struct prog	*prog_build(const struct rules *);
void		 prog_free(struct prog *);
int		 prog_eval(const struct prog *, uint32_t, const unsigned char *,
		    const unsigned char *);

#endif
