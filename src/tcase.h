/*
 * tcase.h: run the test cases of a rules file.  Each case ticks its
 * answers from nothing, evaluates every rule, and compares the highest
 * level and the rules that fired with what the case expects.
 */
#ifndef REDFLAG_TCASE_H
#define REDFLAG_TCASE_H

#include <stddef.h>

#include "rules.h"

struct tcase_result {
	int		 pass;
	size_t		 got;		/* highest level, or RULES_NONE */
	size_t		*fired;		/* rules that fired, in file order */
	size_t		 nfired;
	size_t		*missing;	/* in 'fires' but did not fire */
	size_t		 nmissing;
	size_t		*unwanted;	/* in 'quiet' but fired */
	size_t		 nunwanted;
};

int	 tcase_run(const struct rules *, const struct tcase *,
	    struct tcase_result *);
void	 tcase_result_free(struct tcase_result *);

#endif
