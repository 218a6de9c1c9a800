/*
 * lint.h: the checks that --lint runs on a rules file that loaded: its
 * test cases, and the safety proof of proof.c.  Each problem is
 * recorded in struct diags with the line it belongs to.
 */
#ifndef REDFLAG_LINT_H
#define REDFLAG_LINT_H

#include <stddef.h>

#include "diags.h"
#include "rules.h"

struct lint_stats {
	size_t		 cases;		/* test cases run */
	size_t		 failed;	/* of which failed */
	size_t		 undecided;	/* proof questions over the budget */
	size_t		 peak_nodes;	/* the proof's largest BDD */
};

int		 lint_cases(const struct rules *, struct diags *,
		    struct lint_stats *);
int		 lint_proof(const struct rules *, struct diags *, size_t,
		    struct lint_stats *);
int		 lint_rules(const struct rules *, struct diags *, size_t,
		    struct lint_stats *);

#endif
