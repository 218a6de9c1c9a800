/* tcase.c: run one test case of a rules file against its rules. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "tcase.h"

/* Keep the ids of list whose fired[] value is want. */
static size_t
tcase_pick(const size_t *list, size_t n, const unsigned char *fired,
    int want, size_t *out)
{
	size_t	 i, k = 0;

	for (i = 0; i < n; i++) {
		if ((fired[list[i]] != 0) == want)
			out[k++] = list[i];
	}
	return (k);
}

static void
tcase_compare(const struct rules *r, const struct tcase *t,
    const unsigned char *fired, struct tcase_result *res)
{
	size_t	 i;

	res->got = rules_highest(r, fired);
	for (i = 0; i < r->nrules; i++) {
		if (fired[i])
			res->fired[res->nfired++] = i;
	}
	res->nmissing = tcase_pick(t->fires, t->nfire_ids, fired, 0,
	    res->missing);
	res->nunwanted = tcase_pick(t->quiets, t->nquiet_ids, fired, 1,
	    res->unwanted);
	res->pass = res->got == t->expect && res->nmissing == 0 &&
	    res->nunwanted == 0;
}

/* Returns 0, or -1 when out of memory. */
int
tcase_run(const struct rules *r, const struct tcase *t,
    struct tcase_result *res)
{
	unsigned char	*checked, *fired;
	size_t		 i;
	int		 rc = -1;

	memset(res, 0, sizeof(*res));
	checked = calloc(r->nsymptoms + 1, 1);
	fired = calloc(r->nrules + 1, 1);
	res->fired = calloc(r->nrules + 1, sizeof(size_t));
	res->missing = calloc(t->nfire_ids + 1, sizeof(size_t));
	res->unwanted = calloc(t->nquiet_ids + 1, sizeof(size_t));
	if (checked == NULL || fired == NULL || res->fired == NULL ||
	    res->missing == NULL || res->unwanted == NULL) {
		tcase_result_free(res);
		goto out;
	}
	for (i = 0; i < t->nanswer_ids; i++)
		checked[t->answers[i]] = 1;
	eval_full(r, checked, fired);
	tcase_compare(r, t, fired, res);
	rc = 0;
out:
	free(checked);
	free(fired);
	return (rc);
}

void
tcase_result_free(struct tcase_result *res)
{
	free(res->fired);
	free(res->missing);
	free(res->unwanted);
	memset(res, 0, sizeof(*res));
}
