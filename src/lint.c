/*
 * lint.c: run a rules file's test cases and its safety proof, and
 * record each failure, with its line, in struct diags.
 */
#include "config.h"

#include <stdlib.h>

#include "eval.h"
#include "lint.h"
#include "proof.h"
#include "tcase.h"

/* Symptom (rules 0) or rule (rules 1) ids, separated by ", ". */
static void
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
		buf_printf(&b, "expected %s, got %s; ", rules_level_id(r,
		    t->expect), rules_level_id(r, res->got));
	if (res->nmissing > 0) {
		buf_puts(&b, "must fire but did not: ");
		lint_ids(&b, r, res->missing, res->nmissing, 1);
		buf_puts(&b, "; ");
	}
	if (res->nunwanted > 0) {
		buf_puts(&b, "fired but must not: ");
		lint_ids(&b, r, res->unwanted, res->nunwanted, 1);
		buf_puts(&b, "; ");
	}
	buf_puts(&b, "answers: ");
	lint_ids(&b, r, t->answers, t->nanswer_ids, 0);
	buf_puts(&b, "; fired: ");
	lint_ids(&b, r, res->fired, res->nfired, 1);
	diags_add(d, DIAG_ERROR, t->line, 0, "test case '%s' fails: %s",
	    t->name, b.failed ? "(out of memory)" : buf_str(&b));
	if (b.failed)
		d->nomem = 1;
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

static void
lint_too_big(struct diags *d, unsigned long line, size_t budget,
    const char *what, const char *id, struct lint_stats *st)
{
	st->undecided++;
	diags_add(d, DIAG_WARNING, line, 0, "the safety proof needs more than "
	    "%zu nodes to %s '%s'; it is not proved", budget, what, id);
}

static void
lint_counterexample(const struct rules *r, struct diags *d,
    const struct proof_cex *cx)
{
	const struct rule *cause = &r->rules[cx->cause];
	struct buf	 b;

	size_t		 i;

	buf_init(&b);
	if (cx->nx == 0)
		buf_puts(&b, "nothing ticked");
	for (i = 0; i < cx->nx; i++)
		buf_printf(&b, "%s'%s'", i ? " and " : "",
		    r->symptoms[cx->x[i]].id);
	if (cx->lost != cx->cause)
		buf_printf(&b, " lowers the level from %s to %s; rule '%s' stops "
		    "firing at the 'not' of rule '%s' (column %u)",
		    rules_level_id(r, cx->before), rules_level_id(r, cx->after),
		    r->rules[cx->lost].id, cause->id, cx->col);
	else
		buf_printf(&b, " lowers the level from %s to %s; rule '%s' stops "
		    "firing at its 'not' (column %u)", rules_level_id(r,
		    cx->before), rules_level_id(r, cx->after), cause->id,
		    cx->col);
	diags_add(d, DIAG_ERROR, rules_when_line(cause, cx->col), 0,
	    "ticking '%s' after %s", r->symptoms[cx->added].id, b.failed ?
	    "(out of memory)" : buf_str(&b));
	if (b.failed)
		d->nomem = 1;
	buf_free(&b);
}

static void
lint_rule_checks(const struct rules *r, struct diags *d, size_t budget,
    const struct proof *pf, struct lint_stats *st)
{
	const struct rule *rule;
	size_t		 i;

	for (i = 0; i < r->nrules; i++) {
		rule = &r->rules[i];
		if (pf->rules[i].fire.status == PROOF_REFUTED)
			diags_add(d, DIAG_ERROR, rule->when_line, 0, "rule '%s' "
			    "can never fire", rule->id);
		else if (pf->rules[i].top.status == PROOF_REFUTED)
			diags_add(d, DIAG_ERROR, rule->when_line, 0, "rule '%s' "
			    "is never the most urgent flag: a more urgent rule "
			    "fires whenever it does", rule->id);
		if (pf->rules[i].fire.status == PROOF_TOO_BIG)
			lint_too_big(d, rule->when_line, budget, "decide "
			    "whether it can fire, rule", rule->id, st);
		else if (pf->rules[i].top.status == PROOF_TOO_BIG)
			lint_too_big(d, rule->when_line, budget, "decide "
			    "whether it can be the most urgent flag, rule",
			    rule->id, st);
	}
}

static void
lint_level_checks(const struct rules *r, struct diags *d, size_t budget,
    const struct proof *pf, struct lint_stats *st)
{
	size_t	 i;

	if (pf->mono == PROOF_TOO_BIG)
		diags_add(d, DIAG_ERROR, 0, 0, "the safety proof needs more than "
		    "%zu nodes to prove that one more answer never lowers the "
		    "level; simplify the rules", budget);
	for (i = 0; i < r->nlevels; i++) {
		if (pf->levels[i].reach == PROOF_REFUTED)
			diags_add(d, DIAG_ERROR, r->levels[i].line, 0, "level "
			    "'%s' is never the most urgent level",
			    r->levels[i].id);
		else if (pf->levels[i].reach == PROOF_TOO_BIG)
			lint_too_big(d, r->levels[i].line, budget, "decide "
			    "whether it can be reached, level", r->levels[i].id,
			    st);
	}
}

/*
 * The safety proof of proof.c, with budget nodes per question (0 for
 * the default).  Returns 0, or -1 when out of memory.
 */
int
lint_proof(const struct rules *r, struct diags *d, size_t budget,
    struct lint_stats *st)
{
	struct proof_opts po;
	struct proof	 pf;
	int		 rc;

	po.max_nodes = budget;
	if ((rc = proof_run(r, &po, &pf)) == PROOF_BUG) {
		diags_add(d, DIAG_ERROR, 0, 0, "the safety proof and the "
		    "evaluator disagree; this is a bug in redflag");
		return (0);
	}
	if (rc != 0)
		return (-1);
	if (pf.mono == PROOF_REFUTED)
		lint_counterexample(r, d, &pf.cex);
	lint_rule_checks(r, d, pf.max_nodes, &pf, st);
	lint_level_checks(r, d, pf.max_nodes, &pf, st);
	if (pf.mono == PROOF_TOO_BIG)
		st->undecided++;
	st->peak_nodes = pf.peak_nodes;
	proof_free(&pf);
	return (0);
}

/* Everything --lint adds once a file has loaded.  -1: no memory. */
int
lint_rules(const struct rules *r, struct diags *d, size_t budget,
    struct lint_stats *st)
{
	if (lint_cases(r, d, st) != 0 || lint_proof(r, d, budget, st) != 0)
		return (-1);
	diags_sort(d);
	return (0);
}
