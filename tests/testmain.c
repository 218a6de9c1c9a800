/*
 * testmain.c: the command line of every unit test.
 *
 *	tests/test_x [-l] [-t PATTERN]...
 *
 * With no option every case runs.  -t runs only the cases whose names
 * match one of the PATTERNs, shell wildcards (* ? [...]) allowed; a
 * PATTERN that matches no case is an error, never a pass with nothing
 * run.  -l prints the names of the cases (that match), one a line.
 * Status: cmocka's (0 when every case run passed), 64 for a usage error
 * or a PATTERN that matches nothing, 70 out of memory.
 */
#include "config.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"

#define TESTMAIN_USAGE	64	/* EX_USAGE */
#define TESTMAIN_NOMEM	70	/* EX_SOFTWARE, as redflag says it */

/* Read -l and -t into list and pat (of room for argc); 0, or -1. */
static int
testmain_args(int argc, char **argv, int *list, char **pat, size_t *npat)
{
	int	 c;

	while ((c = getopt(argc, argv, "lt:")) != -1) {
		if (c == 'l')
			*list = 1;
		else if (c == 't')
			pat[(*npat)++] = optarg;
		else
			return (-1);
	}
	return (optind < argc ? -1 : 0);
}

/* Does name match one of the n patterns (any name when there are none)? */
static int
testmain_match(const char *name, char *const *pat, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (fnmatch(pat[i], name, 0) == 0)
			return (1);
	return (n == 0);
}

/* The first pattern that matches no case, or NULL. */
static const char *
testmain_unmatched(const struct CMUnitTest *tests, size_t n,
    char *const *pat, size_t npat)
{
	size_t	 i, k;

	for (k = 0; k < npat; k++) {
		for (i = 0; i < n && fnmatch(pat[k], tests[i].name, 0) != 0; i++)
			;
		if (i == n)
			return (pat[k]);
	}
	return (NULL);
}

int
testmain_run(int argc, char **argv, const struct CMUnitTest *tests, size_t n)
{
	const char	*prog = strrchr(argv[0], '/'), *bad;
	struct CMUnitTest *run;
	char		**pat;
	size_t		 npat = 0, nrun = 0, i;
	int		 list = 0, rc = TESTMAIN_USAGE;

	prog = prog != NULL ? prog + 1 : argv[0];
	if ((pat = calloc((size_t)argc, sizeof(*pat))) == NULL)
		return (TESTMAIN_NOMEM);
	if (testmain_args(argc, argv, &list, pat, &npat) != 0) {
		fprintf(stderr, "usage: %s [-l] [-t PATTERN]...\n", prog);
		goto out_pat;
	}
	if ((bad = testmain_unmatched(tests, n, pat, npat)) != NULL) {
		fprintf(stderr, "%s: no case matches '%s' (-l lists them)\n",
		    prog, bad);
		goto out_pat;
	}
	rc = TESTMAIN_NOMEM;
	if ((run = calloc(n + 1, sizeof(*run))) == NULL)
		goto out_pat;
	for (i = 0; i < n; i++)
		if (testmain_match(tests[i].name, pat, npat))
			run[nrun++] = tests[i];
	for (i = 0; list && i < nrun; i++)
		printf("%s\n", run[i].name);
	rc = list ? 0 : _cmocka_run_group_tests(prog, run, nrun, NULL, NULL);
	free(run);
out_pat:
	free(pat);
	return (rc);
}
