/*
 * proof.h: exact checks of a rules file over every possible set of
 * answers at once (with BDDs, bdd.h), not over samples.  An answer set
 * x is the set of ticked symptoms; level(x) is the most urgent level of
 * a rule that fires on x, or none.
 *
 * - Monotone: ticking one more answer never makes level(x) less urgent
 *   (none counts as the least urgent).
 * - Per rule: can it fire, and can it be the most urgent flag (fire on
 *   some x where no rule of a more urgent level fires)?
 * - Per level: is it level(x) for some x?
 *
 * Every verdict is exact.  A check whose BDD would pass the node budget
 * says PROOF_TOO_BIG instead; it never passes silently.  Witnesses have
 * the fewest ticked answers possible, and so does the counterexample
 * when cex.smallest is set.
 */
#ifndef REDFLAG_PROOF_H
#define REDFLAG_PROOF_H

#include <stddef.h>

#include "rules.h"

#define PROOF_MAX_NODES	((size_t)1 << 22)

/* What proof_run returns: zero is success. */
enum proof_result {
	PROOF_OK = 0,
	PROOF_NOMEM = -1,
	PROOF_BUG = -2		/* the proof contradicts eval.c */
};

enum proof_status {
	PROOF_PROVED,
	PROOF_REFUTED,
	PROOF_TOO_BIG		/* the node budget ran out: not decided */
};

struct proof_opts {
	size_t		 max_nodes;	/* per check; 0 for PROOF_MAX_NODES */
};

/* One yes-or-no question, and for PROVED a smallest answer set. */
struct proof_check {
	enum proof_status status;
	size_t		*x;		/* symptom indexes, ascending */
	size_t		 nx;
	int		 bdd;		/* deciding it took a BDD */
};

struct proof_rule {
	struct proof_check fire;	/* fires for some x */
	struct proof_check top;		/* fires, none more urgent does */
};

struct proof_level {
	enum proof_status mono;		/* no x + v loses this level or better */
	enum proof_status reach;	/* level(x) is this level for some x */
	size_t		 rule;		/* reach PROVED: the rule whose top
					   witness is the smallest, else -1 */
};

/* Ticking 'added' on top of x makes level(x) less urgent. */
struct proof_cex {
	size_t		*x;		/* symptom indexes, ascending */
	size_t		 nx;
	size_t		 added;
	size_t		 before;	/* level(x) */
	size_t		 after;		/* level(x + added); may be EVAL_NONE */
	size_t		 lost;		/* a rule of level 'before' that stops */
	size_t		 cause;		/* the rule whose 'when' has the 'not' */
	unsigned	 col;		/* the 'not', 1-based, in cause's 'when' */
	int		 smallest;	/* every level was decided, so nx is
					   the least possible */
};

struct proof {
	enum proof_status mono;
	struct proof_cex cex;		/* mono PROOF_REFUTED */
	struct proof_rule *rules;	/* one per rule */
	size_t		 nrules;
	struct proof_level *levels;	/* one per level */
	size_t		 nlevels;
	size_t		 max_nodes;	/* the budget of each check */
	size_t		 peak_nodes;	/* the most BDD nodes of one check */
	size_t		 checks;	/* levels + 2 per rule */
	size_t		 bdd_checks;	/* those that needed a BDD */
};

enum proof_result proof_run(const struct rules *,
		    const struct proof_opts *, struct proof *);
void		 proof_free(struct proof *);

#endif
