/*
 * lint.c: run a rules file's test cases and its safety proof, and
 * record each failure, with its line, in struct diags.
 */
#include "config.h"

#include <stdlib.h>

#include "eval.h"
#include "i18n.h"
#include "lint.h"
#include "proof.h"
#include "tcase.h"

/*
 * One part of why a test case failed, after the parts before it: fmt
 * (with one %s) and symptom (rules 0) or rule (rules 1) ids, separated
 * by ", ".
 */
static void
lint_ids(struct buf *b, const char *fmt, const struct rules *r,
    const size_t *v, size_t n, int rules)
{
	struct buf	 ids;
	size_t		 i;

	buf_init(&ids);
	if (n == 0)
		/* TRANSLATORS: in place of a list of ids: there are none. */
		buf_puts(&ids, C_("no ids", "none"));
	for (i = 0; i < n; i++) {
		buf_puts(&ids, i ? ", " : "");
		buf_puts(&ids, rules ? r->rules[v[i]].id :
		    r->symptoms[v[i]].id);
	}
	buf_puts(b, b->len > 0 ? "; " : "");
	buf_printf(b, fmt, buf_str(&ids));
	b->failed |= ids.failed;
	buf_free(&ids);
}

static void
lint_case_failed(const struct rules *r, struct diags *d,
    const struct tcase *t, const struct tcase_result *res)
{
	struct buf	 b;

	buf_init(&b);
	if (res->got != t->expect)
		/* TRANSLATORS: the level a test case expects and the
		   level it got: level ids, or none. */
		buf_printf(&b, _("expected %s, got %s"), rules_level_id(r,
		    t->expect), rules_level_id(r, res->got));
	if (res->nmissing > 0)
		/* TRANSLATORS: this and the next three are parts of why a
		   test case failed; each %s is a list of ids. */
		lint_ids(&b, _("must fire but did not: %s"), r, res->missing,
		    res->nmissing, 1);
	if (res->nunwanted > 0)
		lint_ids(&b, _("fired but must not: %s"), r, res->unwanted,
		    res->nunwanted, 1);
	lint_ids(&b, _("answers: %s"), r, t->answers, t->nanswer_ids, 0);
	lint_ids(&b, _("fired: %s"), r, res->fired, res->nfired, 1);
	/* TRANSLATORS: the test case's name, and why it failed. */
	diags_add(d, DIAG_ERROR, t->line, 0, _("test case '%s' fails: %s"),
	    t->name, b.failed ? _("(out of memory)") : buf_str(&b));
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

/* The questions the proof may leave open, over its budget of nodes. */
enum lint_question {
	LINT_CAN_FIRE,
	LINT_CAN_BE_TOP,
	LINT_CAN_BE_REACHED
};

/* Question q about a rule's or a level's id was not answered. */
static void
lint_too_big(struct diags *d, unsigned long line, size_t budget,
    enum lint_question q, const char *id, struct lint_stats *st)
{
	const char	*fmt;

	st->undecided++;
	if (q == LINT_CAN_FIRE)
		/* TRANSLATORS: in this message and the next two, a node
		   is one of the proof's decision diagram; the number is
		   the most it may use; then a rule's or a level's id. */
		fmt = ngettext("the safety proof needs more than %zu node to "
		    "decide whether it can fire, rule '%s'; it is not proved",
		    "the safety proof needs more than %zu nodes to decide "
		    "whether it can fire, rule '%s'; it is not proved", budget);
	else if (q == LINT_CAN_BE_TOP)
		fmt = ngettext("the safety proof needs more than %zu node to "
		    "decide whether it can be the most urgent flag, rule '%s'; "
		    "it is not proved", "the safety proof needs more than %zu "
		    "nodes to decide whether it can be the most urgent flag, "
		    "rule '%s'; it is not proved", budget);
	else
		fmt = ngettext("the safety proof needs more than %zu node to "
		    "decide whether it can be reached, level '%s'; it is not "
		    "proved", "the safety proof needs more than %zu nodes to "
		    "decide whether it can be reached, level '%s'; it is not "
		    "proved", budget);
	diags_add(d, DIAG_WARNING, line, 0, fmt, budget, id);
}

/* The answers ticked before the counterexample's one: 'a' and 'b'. */
static void
lint_ticked(struct buf *b, const struct rules *r, const struct proof_cex *cx)
{
	size_t	 i;

	if (cx->nx == 0)
		/* TRANSLATORS: what was ticked before, when nothing was, as
		   in "ticking 'x' after nothing ticked lowers ...". */
		buf_puts(b, _("nothing ticked"));
	for (i = 0; i < cx->nx; i++)
		/* TRANSLATORS: joins the answers ticked together, as in
		   "'fever' and 'weight_loss'"; a word of the sentence, not
		   of the rules language. */
		buf_printf(b, "%s'%s'", i ? _(" and ") : "",
		    r->symptoms[cx->x[i]].id);
}

static void
lint_counterexample(const struct rules *r, struct diags *d,
    const struct proof_cex *cx)
{
	const struct rule *cause = &r->rules[cx->cause];
	const char	*before = rules_level_id(r, cx->before);
	const char	*after = rules_level_id(r, cx->after);
	const char	*added = r->symptoms[cx->added].id;
	unsigned long	 line = rules_when_line(cause, cx->col);
	struct buf	 b;

	buf_init(&b);
	lint_ticked(&b, r, cx);
	if (b.failed) {
		diags_add(d, DIAG_ERROR, line, 0, _("ticking '%s' after %s"),
		    added, _("(out of memory)"));
		d->nomem = 1;
	} else if (cx->lost != cx->cause)
		/* TRANSLATORS: the answer ticked; what was ticked before;
		   the level before and after (level ids); the rule that
		   stops firing; the rule whose 'not' (a word of the rules
		   language) makes it stop; the column of that 'not'. */
		diags_add(d, DIAG_ERROR, line, 0, _("ticking '%s' after %s "
		    "lowers the level from %s to %s; rule '%s' stops firing at "
		    "the 'not' of rule '%s' (column %u)"), added, buf_str(&b),
		    before, after, r->rules[cx->lost].id, cause->id, cx->col);
	else
		/* TRANSLATORS: the answer ticked; what was ticked before;
		   the level before and after (level ids); the rule that
		   stops firing; the column of its 'not'. */
		diags_add(d, DIAG_ERROR, line, 0, _("ticking '%s' after %s "
		    "lowers the level from %s to %s; rule '%s' stops firing at "
		    "its 'not' (column %u)"), added, buf_str(&b), before,
		    after, cause->id, cx->col);
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
			diags_add(d, DIAG_ERROR, rule->when_line, 0, _("rule "
			    "'%s' can never fire"), rule->id);
		else if (pf->rules[i].top.status == PROOF_REFUTED)
			diags_add(d, DIAG_ERROR, rule->when_line, 0, _("rule "
			    "'%s' is never the most urgent flag: a more urgent "
			    "rule fires whenever it does"), rule->id);
		if (pf->rules[i].fire.status == PROOF_TOO_BIG)
			lint_too_big(d, rule->when_line, budget, LINT_CAN_FIRE,
			    rule->id, st);
		else if (pf->rules[i].top.status == PROOF_TOO_BIG)
			lint_too_big(d, rule->when_line, budget,
			    LINT_CAN_BE_TOP, rule->id, st);
	}
}

static void
lint_level_checks(const struct rules *r, struct diags *d, size_t budget,
    const struct proof *pf, struct lint_stats *st)
{
	size_t	 i;

	if (pf->mono == PROOF_TOO_BIG)
		diags_add(d, DIAG_ERROR, 0, 0, ngettext("the safety proof "
		    "needs more than %zu node to prove that one more answer "
		    "never lowers the level; simplify the rules", "the safety "
		    "proof needs more than %zu nodes to prove that one more "
		    "answer never lowers the level; simplify the rules",
		    budget), budget);
	for (i = 0; i < r->nlevels; i++) {
		if (pf->levels[i].reach == PROOF_REFUTED)
			diags_add(d, DIAG_ERROR, r->levels[i].line, 0,
			    _("level '%s' is never the most urgent level"),
			    r->levels[i].id);
		else if (pf->levels[i].reach == PROOF_TOO_BIG)
			lint_too_big(d, r->levels[i].line, budget,
			    LINT_CAN_BE_REACHED, r->levels[i].id, st);
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
	enum proof_result rc;

	po.max_nodes = budget;
	if ((rc = proof_run(r, &po, &pf)) == PROOF_BUG) {
		diags_add(d, DIAG_ERROR, 0, 0, "%s", _("the safety proof and "
		    "the evaluator disagree; this is a bug in redflag"));
		return (0);
	}
	if (rc != PROOF_OK)
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
