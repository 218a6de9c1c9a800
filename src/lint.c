/* lint.c: run a rules file's test cases and record each failure. */
#include "config.h"

#include <stdlib.h>

#include "lint.h"
#include "tcase.h"

/* Symptom (rules 0) or rule (rules 1) ids, separated by ", ". */
void
lint_ids(struct buf *b, const struct rules *r, const size_t *v, size_t n,
    int rules)
{
	size_t	 i;

	if (n == 0)
		buf_puts(b, "none");
	for (i = 0; i < n; i++) {
		buf_puts(b, i ? ", " : "");
		buf_puts(b, rules ? r->rules[v[i]].id : r->symptoms[v[i]].id);
	}
}

static void
lint_case_failed(const struct rules *r, struct diags *d,
    const struct tcase *t, const struct tcase_result *res)
{
	struct buf	 b;

	buf_init(&b);
	if (res->got != t->expect)
		buf_printf(&b, "expects %s, gets %s; ", rules_level_id(r,
		    t->expect), rules_level_id(r, res->got));
	if (res->nmissing > 0) {
		buf_puts(&b, "must fire but does not: ");
		lint_ids(&b, r, res->missing, res->nmissing, 1);
		buf_puts(&b, "; ");
	}
	if (res->nunwanted > 0) {
		buf_puts(&b, "fires but must not: ");
		lint_ids(&b, r, res->unwanted, res->nunwanted, 1);
		buf_puts(&b, "; ");
	}
	buf_puts(&b, "answers: ");
	lint_ids(&b, r, t->answers, t->nanswer_ids, 0);
	buf_puts(&b, "; fired: ");
	lint_ids(&b, r, res->fired, res->nfired, 1);
	diags_add(d, DIAG_ERROR, t->line, 0, "test case '%s' fails: %s",
	    t->name, b.failed ? "(out of memory)" : buf_str(&b));
	buf_free(&b);
}

/* Returns 0, or -1 when out of memory. */
int
lint_cases(const struct rules *r, struct diags *d, struct lint_stats *st)
{
	struct tcase_result res;
	size_t		 i;

	for (i = 0; i < r->ntcases; i++) {
		if (tcase_run(r, &r->tcases[i], &res) != 0)
			return (-1);
		st->cases++;
		if (!res.pass) {
			st->failed++;
			lint_case_failed(r, d, &r->tcases[i], &res);
		}
		tcase_result_free(&res);
	}
	return (0);
}
