/*
 * test_rules.c: the shipped rules, etc/redflag.conf.  It must load with
 * no problem at all, keep its levels and traceability, keep the NHS
 * floor, and pass each case of its own tests section, each run here as
 * a test of its own through the incremental evaluator.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "answers.h"
#include "conf.h"
#include "proof.h"
#include "tcase.h"
#include "readfile.h"

static struct rules *shipped;

static struct rules *
load_shipped(void)
{
	struct rules	*r;
	struct diags	 d;
	char		*path = test_srcpath("etc/redflag.conf");
	size_t		 i;

	diags_init(&d);
	if (conf_load_file(path, &r, &d) != CONF_OK || d.n > 0) {
		for (i = 0; i < d.n; i++)
			fprintf(stderr, "%s:%lu: %s\n", path, d.v[i].line,
			    d.v[i].msg);
		fprintf(stderr, "%s does not load cleanly\n", path);
		exit(1);
	}
	diags_free(&d);
	free(path);
	return (r);
}

static void
test_rules_levels(void **state)
{
	(void)state;
	assert_int_equal(shipped->nlevels, 3);
	assert_string_equal(shipped->levels[0].id, "emergency");
	assert_string_equal(shipped->levels[1].id, "urgent");
	assert_string_equal(shipped->levels[2].id, "soon");
}

static void
test_rules_sources(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < shipped->nrules; i++) {
		if (shipped->rules[i].nsources == 0)
			fail_msg("rule '%s' has no source", shipped->rules[i].id);
	}
}

/* Every statement of the seed article is traced to ids or explained. */
static void
test_rules_trace(void **state)
{
	const struct trace *t;
	size_t		 i, k, seed = 0;

	(void)state;
	for (i = 0; i < shipped->ntraces; i++) {
		t = &shipped->traces[i];
		if (strcmp(t->source_id, "seed") != 0)
			continue;
		seed++;
		assert_true(t->nids > 0 || t->note != NULL);
		for (k = 0; k < t->nids; k++)
			assert_true(strmap_get(&shipped->ids, t->ids[k], NULL));
	}
	/* the seed has eleven paragraphs, some with several statements */
	assert_true(seed >= 11);
}

/*
 * One case of the file's tests section, checked with the incremental
 * evaluator (eval.c) ticking the answers one by one, which is a
 * different path from tcase.c's full evaluation.
 */
static void
test_rules_case(void **state)
{
	const struct tcase *t = *state;
	struct eval	*ev = eval_new(shipped);
	size_t		 i, top;

	assert_non_null(ev);
	for (i = 0; i < t->nanswer_ids; i++)
		eval_set(ev, t->answers[i], 1);
	top = eval_highest(ev);
	if (top != (t->expect == RULES_NONE ? EVAL_NONE : t->expect))
		fail_msg("case '%s' (line %lu): expected %s, got %s", t->name,
		    t->line, rules_level_id(shipped, t->expect),
		    top == EVAL_NONE ? "none" : shipped->levels[top].id);
	for (i = 0; i < t->nfire_ids; i++) {
		if (!ev->fired[t->fires[i]])
			fail_msg("case '%s': rule '%s' did not fire", t->name,
			    t->fire_ids[i]);
	}
	for (i = 0; i < t->nquiet_ids; i++) {
		if (ev->fired[t->quiets[i]])
			fail_msg("case '%s': rule '%s' fired", t->name,
			    t->quiet_ids[i]);
	}
	eval_free(ev);
}

/*
 * The NHS floor, from the cases that give the NHS back-pain page's
 * tier: each such case ticks one sign, at least 17 do, and each expects
 * at least its tier (test_rules_case checks that the rules give it).
 */
static void
test_rules_nhs_floor(void **state)
{
	const struct tcase *t;
	size_t		 i, n = 0, floor;

	(void)state;
	for (i = 0; i < shipped->ntcases; i++) {
		t = &shipped->tcases[i];
		if (t->tier == NULL || strncmp(t->tier, "NHS back pain: ", 15))
			continue;
		if (strstr(t->tier, "999") != NULL)
			floor = 0;
		else if (strstr(t->tier, "111") != NULL)
			floor = 1;
		else
			continue;	/* "see a GP": no floor */
		n++;
		if (t->nanswer_ids != 1)
			fail_msg("case '%s' gives the NHS tier of one sign, but "
			    "ticks %zu", t->name, t->nanswer_ids);
		if (t->expect == RULES_NONE || t->expect > floor)
			fail_msg("case '%s' expects %s, below '%s'", t->name,
			    rules_level_id(shipped, t->expect), t->tier);
	}
	assert_true(n >= 17);
}

/*
 * Every rule fires in some case, every level and "none" is some case's
 * answer, and there are at least 60 cases, 30 of them published.
 */
static void
test_rules_case_coverage(void **state)
{
	unsigned char	*fired;
	size_t		 i, k, published = 0, seen[CONF_MAX_LEVELS + 1] = { 0 };
	struct eval	*ev;

	(void)state;
	assert_true(shipped->ntcases >= 60);
	fired = calloc(shipped->nrules + 1, 1);
	assert_non_null(fired);
	for (i = 0; i < shipped->ntcases; i++) {
		const struct tcase *t = &shipped->tcases[i];

		ev = eval_new(shipped);
		assert_non_null(ev);
		for (k = 0; k < t->nanswer_ids; k++)
			eval_set(ev, t->answers[k], 1);
		for (k = 0; k < shipped->nrules; k++)
			fired[k] |= ev->fired[k];
		eval_free(ev);
		seen[t->expect == RULES_NONE ? shipped->nlevels : t->expect]++;
		published += strncmp(t->name, "pub_", 4) == 0;
	}
	for (k = 0; k < shipped->nrules; k++) {
		if (!fired[k])
			fail_msg("no case fires rule '%s'", shipped->rules[k].id);
	}
	for (k = 0; k <= shipped->nlevels; k++) {
		if (seen[k] == 0)
			fail_msg("no case expects level %zu", k);
	}
	if (published < 30)
		fail_msg("%zu published cases (named pub_...); 30 are needed",
		    published);
	free(fired);
}

/*
 * Each rule's smallest firing set is a case: for every rule, some case
 * fires it with as few answers as the proof's smallest witness.
 */
static void
test_rules_smallest_sets(void **state)
{
	struct tcase_result res;
	struct proof	 pf;
	size_t		 i, k, j, *best;

	(void)state;
	assert_int_equal(proof_run(shipped, NULL, &pf), 0);
	best = calloc(shipped->nrules + 1, sizeof(*best));
	assert_non_null(best);
	for (i = 0; i < shipped->nrules; i++)
		best[i] = (size_t)-1;
	for (k = 0; k < shipped->ntcases; k++) {
		assert_int_equal(tcase_run(shipped, &shipped->tcases[k], &res), 0);
		for (j = 0; j < res.nfired; j++) {
			i = res.fired[j];
			if (shipped->tcases[k].nanswer_ids < best[i])
				best[i] = shipped->tcases[k].nanswer_ids;
		}
		tcase_result_free(&res);
	}
	for (i = 0; i < shipped->nrules; i++) {
		assert_int_equal(pf.rules[i].fire.status, PROOF_PROVED);
		if (best[i] != pf.rules[i].fire.nx)
			fail_msg("rule '%s' fires with %zu answers, but its "
			    "smallest case has %zu", shipped->rules[i].id,
			    pf.rules[i].fire.nx, best[i]);
	}
	free(best);
	proof_free(&pf);
}

/* The highest level of one answer ticked alone, as a rank: 0 first. */
static size_t
alone_rank(size_t sym)
{
	struct eval	*ev = eval_new(shipped);
	size_t		 top;

	assert_non_null(ev);
	eval_set(ev, sym, 1);
	top = eval_highest(ev);
	eval_free(ev);
	return (top == EVAL_NONE ? shipped->nlevels : top);
}

/*
 * Emergency questions first: the file's order (which the checklist
 * and plain mode follow) puts the groups by the most urgent answer in
 * them, and each group's questions by how urgent each is alone.
 */
static void
test_rules_order(void **state)
{
	const struct group *g;
	size_t		 i, k, rank, best, last_best = 0, last;

	(void)state;
	for (i = 0; i < shipped->ngroups; i++) {
		g = &shipped->groups[i];
		best = shipped->nlevels;
		last = 0;
		for (k = 0; k < g->n; k++) {
			rank = alone_rank(g->symptoms[k]);
			if (rank < last)
				fail_msg("in '%s', '%s' is more urgent than the "
				    "question before it", g->name,
				    shipped->symptoms[g->symptoms[k]].id);
			last = rank;
			if (rank < best)
				best = rank;
		}
		if (best < last_best)
			fail_msg("group '%s' has a more urgent answer than the "
			    "group before it", g->name);
		last_best = best;
	}
	/* the symptoms' own order is the groups' order */
	for (i = k = 0; i < shipped->ngroups; i++) {
		for (rank = 0; rank < shipped->groups[i].n; rank++, k++)
			assert_int_equal(shipped->groups[i].symptoms[rank], k);
	}
}

/* Does s contain any of the words, ignoring ASCII case? */
static const char *
has_any(const char *s, const char *const *words)
{
	size_t	 i;

	for (i = 0; words[i] != NULL; i++) {
		if (strcasestr(s, words[i]) != NULL)
			return (words[i]);
	}
	return (NULL);
}

/*
 * 'soon' gives one time frame, 2 weeks, and no rule's advice says a
 * time that contradicts its level.
 */
static void
test_rules_time_frames(void **state)
{
	static const char *const sooner[] = { "today", "same day", "same-day",
	    "at once", "immediately", "999", "ambulance", "within days", NULL };
	static const char *const later[] = { "within days", "2 weeks",
	    "two weeks", NULL };
	const struct rule *rule;
	const char	*w;
	size_t		 i;

	(void)state;
	assert_non_null(strstr(shipped->levels[2].label, "2 weeks"));
	assert_non_null(strstr(shipped->levels[2].action, "2 weeks"));
	assert_null(has_any(shipped->levels[2].label, sooner));
	for (i = 0; i < shipped->nrules; i++) {
		rule = &shipped->rules[i];
		w = has_any(rule->advice, rule->level == 2 ? sooner : later);
		if (w != NULL)
			fail_msg("rule '%s' (%s) says '%s'", rule->id,
			    shipped->levels[rule->level].id, w);
	}
}

static void
add_support(const struct cond *c, unsigned char *sym, unsigned char *seen)
{
	const struct rule *rule;
	size_t	 i;

	if (c->kind == COND_NAME && c->ref == COND_SYMPTOM)
		sym[c->index] = 1;
	else if (c->kind == COND_NAME && !seen[c->index]) {
		seen[c->index] = 1;
		rule = &shipped->rules[c->index];
		add_support(rule->cond, sym, seen);
	}
	for (i = 0; i < c->nkids; i++)
		add_support(c->kids[i], sym, seen);
}

/*
 * A same-day or emergency message that names cancer needs a strong
 * feature: with a past cancer, weight loss and a lump all unticked, no
 * set of the other answers it depends on may fire it.  Exact: every
 * such set is tried.
 */
static void
test_rules_cancer_needs_strong(void **state)
{
	static const char *const strong[] = { "cancer_history", "weight_loss",
	    "lump_or_shape" };
	unsigned char	*sym, *seen, *checked, *fired;
	size_t		 i, k, v[32], n, s;
	unsigned long	 m;

	(void)state;
	sym = calloc(shipped->nsymptoms, 1);
	seen = calloc(shipped->nrules, 1);
	checked = calloc(shipped->nsymptoms, 1);
	fired = calloc(shipped->nrules, 1);
	assert_true(sym && seen && checked && fired);
	for (i = 0; i < shipped->nrules; i++) {
		if (shipped->rules[i].level > 1 ||
		    (strstr(shipped->rules[i].message, "cancer") == NULL &&
		    strstr(shipped->rules[i].advice, "cancer") == NULL))
			continue;
		memset(sym, 0, shipped->nsymptoms);
		memset(seen, 0, shipped->nrules);
		add_support(shipped->rules[i].cond, sym, seen);
		for (k = 0; k < 3; k++) {
			assert_true(rules_symptom(shipped, strong[k], &s));
			sym[s] = 0;
		}
		for (n = 0, k = 0; k < shipped->nsymptoms; k++) {
			if (sym[k])
				v[n++] = k;
			assert_true(n < 24);
		}
		for (m = 0; m < (1UL << n); m++) {
			memset(checked, 0, shipped->nsymptoms);
			for (k = 0; k < n; k++)
				checked[v[k]] = (m >> k) & 1;
			eval_full(shipped, checked, fired);
			if (fired[i])
				fail_msg("rule '%s' names cancer but fires without "
				    "a strong feature", shipped->rules[i].id);
		}
	}
	free(sym);
	free(seen);
	free(checked);
	free(fired);
}

int
main(int argc, char **argv)
{
	static struct CMUnitTest tests[1000] = {
		cmocka_unit_test(test_rules_levels),
		cmocka_unit_test(test_rules_sources),
		cmocka_unit_test(test_rules_trace),
		cmocka_unit_test(test_rules_nhs_floor),
		cmocka_unit_test(test_rules_case_coverage),
		cmocka_unit_test(test_rules_smallest_sets),
		cmocka_unit_test(test_rules_time_frames),
		cmocka_unit_test(test_rules_cancer_needs_strong),
		cmocka_unit_test(test_rules_order),
	};
	size_t	 n = 9, i;

	shipped = load_shipped();
	for (i = 0; i < shipped->ntcases && n < 1000; i++, n++) {
		tests[n].name = shipped->tcases[i].name;
		tests[n].test_func = test_rules_case;
		tests[n].initial_state = &shipped->tcases[i];
	}
	return (testmain_run(argc, argv, tests, n));
}
