/* hazards-check.h: the hazard log against the results of a test run. */
#ifndef REDFLAG_HAZARDS_CHECK_H
#define REDFLAG_HAZARDS_CHECK_H

#include <stddef.h>

#include "buf.h"
#include "hazards.h"
#include "strmap.h"

/* A named result: "tests/FILE: name" and PASS, FAIL, SKIP... */
struct hz_result {
	char		*key;
	const char	*word;	/* the worst word seen for this name */
};

/* A test file seen in the logs, and how many results were not PASS. */
struct hz_file {
	char		*name;
	size_t		 notpass;
};

struct hz_results {
	struct hz_result *list;
	size_t		 n, cap;
	struct strmap	 names;		/* key -> index in list */
	struct hz_file	*files;
	size_t		 nfiles;
};

void	 hazards_results_init(struct hz_results *);
void	 hazards_results_free(struct hz_results *);
int	 hazards_results_read(struct hz_results *, const char *,
	    struct buf *);
size_t	 hazards_check(const struct hazards *, const struct hz_results *,
	    struct buf *, struct buf *);

#endif
