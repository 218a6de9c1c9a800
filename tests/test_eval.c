/*
 * test_eval.c: incremental evaluation against full re-evaluation over
 * random rules and random answers (yes, no, not asked, toggles), and
 * the "because" answers.  The work the engine does is counted through
 * the linker (-Wl,--wrap, in Makefile.am), so that the engine itself
 * carries no counter.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "buf.h"
#include "conf.h"
#include "eval.h"
#include "prog.h"

static unsigned long evaluations;	/* calls of prog_eval */
static unsigned long because_steps;	/* calls of cond_eval from eval.c */

int	 __real_prog_eval(const struct prog *, uint32_t, const unsigned char *,
	    const unsigned char *);
int	 __wrap_prog_eval(const struct prog *, uint32_t, const unsigned char *,
	    const unsigned char *);
int	 __real_cond_eval(const struct cond *, const unsigned char *,
	    const unsigned char *);
int	 __wrap_cond_eval(const struct cond *, const unsigned char *,
	    const unsigned char *);

int
__wrap_prog_eval(const struct prog *p, uint32_t rule, const unsigned char *sym,
    const unsigned char *fired)
{
	evaluations++;
	return (__real_prog_eval(p, rule, sym, fired));
}

int
__wrap_cond_eval(const struct cond *c, const unsigned char *sym,
    const unsigned char *fired)
{
	because_steps++;
	return (__real_cond_eval(c, sym, fired));
}

/* eval_because, which must not run out of memory here. */
static size_t
why(const struct eval *ev, size_t rule, size_t *out, size_t cap)
{
	size_t	 n;

	assert_int_equal(eval_because(ev, rule, out, cap, &n), 0);
	return (n);
}


static void
header(struct buf *b, size_t nsym)
{
	size_t	 i;

	buf_puts(b, "format = 1; title = \"t\"; version = \"1\"; date = \"2026-11-24\";"
	    " disclaimer = \"d\"; no_flag = \"n\";\n"
	    "levels = ( { id = \"high\"; label = \"H\"; action = \"a\"; },\n"
	    "  { id = \"mid\"; label = \"M\"; action = \"a\"; },\n"
	    "  { id = \"low\"; label = \"L\"; action = \"a\"; } );\n"
	    "symptoms = (\n");
	for (i = 0; i < nsym; i++)
		buf_printf(b, "%s{ id = \"s%zu\"; group = \"g%zu\"; label = "
		    "\"S%zu\"; }\n", i ? "," : "", i, i % 3, i);
	buf_puts(b, ");\nrules = (\n");
}

static void random_expr_upto(struct buf *, size_t, size_t, int);

/*
 * Item i of an 'N of' list.  An id may be named only once in the list,
 * so a bare id is s(base + i); anything else is a compound expression.
 */
static void
random_of_item(struct buf *b, size_t nsym, size_t k, int depth, unsigned i,
    unsigned base)
{
	switch (test_rng(3)) {
	case 0:
		buf_printf(b, "s%u", (base + i) % (unsigned)nsym);
		break;
	case 1:
		buf_puts(b, "not ");
		random_expr_upto(b, nsym, k, depth + 1);
		break;
	default:
		buf_putc(b, '(');
		random_expr_upto(b, nsym, k, depth + 1);
		buf_puts(b, " or ");
		random_expr_upto(b, nsym, k, depth + 1);
		buf_putc(b, ')');
		break;
	}
}

static void
random_expr_upto(struct buf *b, size_t nsym, size_t k, int depth)
{
	unsigned	 n, i, base, what = test_rng(depth > 2 ? 2 : 6);

	if (what == 0 || (what == 1 && k == 0)) {
		buf_printf(b, "s%u", test_rng((unsigned)nsym));
		return;
	}
	if (what == 1) {
		buf_printf(b, "r%u", test_rng((unsigned)k));
		return;
	}
	if (what == 2) {
		buf_puts(b, "not ");
		random_expr_upto(b, nsym, k, depth + 1);
		return;
	}
	n = 2 + test_rng(3);
	if (what == 5)
		buf_printf(b, "%u of ", 1 + test_rng(n));
	buf_putc(b, '(');
	base = test_rng((unsigned)nsym);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, what == 3 ? " and " : what == 4 ? " or " :
			    ", ");
		if (what == 5)
			random_of_item(b, nsym, k, depth, i, base);
		else
			random_expr_upto(b, nsym, k, depth + 1);
	}
	buf_putc(b, ')');
}

/*
 * A random expression over symptoms and some rules before rule k (only
 * the first 12, so chains of rules stay within the depth limit).
 */
static void
random_expr(struct buf *b, size_t nsym, size_t k, int depth)
{
	if (k > 12)
		k = 12;
	random_expr_upto(b, nsym, k, depth);
}

static struct rules *
random_rules(size_t nsym, size_t nrules)
{
	struct rules	*r;
	struct diags	 d;
	struct buf	 b;
	size_t		 k;

	buf_init(&b);
	header(&b, nsym);
	for (k = 0; k < nrules; k++) {
		buf_printf(&b, "%s{ id = \"r%zu\"; level = \"%s\"; when = \"(",
		    k ? "," : "", k, test_rng(3) == 0 ? "high" : test_rng(2) ? "mid" :
		    "low");
		random_expr(&b, nsym, k, 0);
		/* needs a ticked symptom, or a rule that needs one */
		if (k > 0 && test_rng(2))
			buf_printf(&b, ") and (s%u or r%u)\";", test_rng((unsigned)
			    nsym), test_rng((unsigned)(k > 12 ? 12 : k)));
		else
			buf_printf(&b, ") and s%u\";", test_rng((unsigned)nsym));
		buf_puts(&b, " message = \"m\"; advice = \"a\"; }\n");
	}
	buf_puts(&b, ");\n");
	diags_init(&d);
	if (conf_load_string(buf_str(&b), b.len, "random", &r, &d) !=
	    CONF_OK) {
		for (k = 0; k < d.n; k++)
			fprintf(stderr, "%lu: %s\n", d.v[k].line, d.v[k].msg);
		fail_msg("random rules did not load");
	}
	diags_free(&d);
	buf_free(&b);
	return (r);
}

/* The counts of yes and no match the answers; none is both. */
static void
check_counts(const struct eval *ev)
{
	size_t	 i, yes = 0, no = 0;

	for (i = 0; i < ev->r->nsymptoms; i++) {
		assert_false(ev->checked[i] && ev->said_no[i]);
		yes += eval_state(ev, i) == EVAL_YES;
		no += eval_state(ev, i) == EVAL_NO;
	}
	assert_int_equal(ev->nchecked, yes);
	assert_int_equal(ev->nno, no);
	assert_int_equal(eval_not_asked(ev), ev->r->nsymptoms - yes - no);
}

/* One random change: a toggle, or a yes, a no or a taking back. */
static void
random_change(struct eval *ev)
{
	size_t	 sym = test_rng((unsigned)ev->r->nsymptoms);
	unsigned how = test_rng(4);

	if (how == 3)
		eval_toggle(ev, sym);
	else
		eval_answer(ev, sym, how == 0 ? EVAL_NOT_ASKED : how == 1 ?
		    EVAL_YES : EVAL_NO);
}

/* Everything the incremental state says must match a full evaluation. */
static void
check_consistent(const struct eval *ev)
{
	const struct rules *r = ev->r;
	unsigned char	*full = malloc(r->nrules + 1);
	size_t		 counts[3] = { 0, 0, 0 }, i, k, n, nf = 0;
	size_t		*list = malloc((r->nrules + 1) * sizeof(*list));
	size_t		*because = malloc((r->nsymptoms + 1) * sizeof(size_t));

	assert_non_null(full);
	assert_non_null(list);
	assert_non_null(because);
	check_counts(ev);
	eval_full(r, ev->checked, full);
	for (i = 0; i < r->nrules; i++) {
		if (full[i] != ev->fired[i])
			fail_msg("rule r%zu: incremental %d, full %d", i,
			    ev->fired[i], full[i]);
		if (full[i]) {
			nf++;
			counts[r->rules[i].level]++;
		}
	}
	assert_int_equal(ev->nfired, nf);
	for (i = 0; i < 3; i++)
		assert_int_equal(ev->level_count[i], counts[i]);
	n = eval_list(ev, list);
	assert_int_equal(n, nf);
	for (i = 0; i < n; i++) {
		assert_true(ev->fired[list[i]]);
		if (i > 0)
			assert_true(r->rules[list[i - 1]].level <
			    r->rules[list[i]].level || (r->rules[list[i -
			    1]].level == r->rules[list[i]].level &&
			    list[i - 1] < list[i]));
		k = why(ev, list[i], because, r->nsymptoms);
		while (k-- > 0)
			assert_true(ev->checked[because[k]]);
	}
	free(full);
	free(list);
	free(because);
}

static void
test_eval_random(void **state)
{
	struct rules	*r;
	struct eval	*ev;
	const char	*env = getenv("EVAL_ROUNDS");
	int		 round, step, rounds = env != NULL ? atoi(env) : 2000;

	(void)state;
	for (round = 0; round < rounds; round++) {
		test_rng_state = 0x9e3779b97f4a7c15ULL + (unsigned)round;
		r = random_rules(5 + test_rng(20), 5 + test_rng(60));
		ev = eval_new(r);
		assert_non_null(ev);
		for (step = 0; step < 50; step++) {
			random_change(ev);
			check_consistent(ev);
		}
		eval_clear(ev);
		assert_int_equal(ev->nchecked, 0);
		assert_int_equal(ev->nno, 0);
		assert_int_equal(ev->nfired, 0);
		eval_free(ev);
		rules_free(r);
	}
}

static struct rules *
load(const char *text)
{
	struct rules	*r;
	struct diags	 d;

	diags_init(&d);
	if (conf_load_string(text, strlen(text), "test", &r, &d) != CONF_OK)
		fail_msg("did not load: %s", d.n ? d.v[0].msg : "?");
	diags_free(&d);
	return (r);
}

/* A toggle evaluates only the rules that depend on the symptom. */
static void
test_eval_only_dependents(void **state)
{
	struct rules	*r;
	struct eval	*ev;
	struct buf	 b;
	size_t		 i;

	(void)state;
	buf_init(&b);
	header(&b, 1000);
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%s{ id = \"r%zu\"; level = \"low\"; when = "
		    "\"s%zu\"; message = \"m\"; advice = \"a\"; }\n",
		    i ? "," : "", i, i);
	buf_puts(&b, ",{ id = \"top\"; level = \"high\"; when = \"r7 and "
	    "r8\"; message = \"m\"; advice = \"a\"; });\n");
	r = load(buf_str(&b));
	ev = eval_new(r);
	assert_non_null(ev);
	evaluations = 0;
	eval_set(ev, 500, 1);
	assert_int_equal(evaluations, 1);
	eval_set(ev, 7, 1);			/* r7 changes, so top too */
	assert_int_equal(evaluations, 3);
	eval_set(ev, 8, 1);
	assert_int_equal(evaluations, 5);
	assert_int_equal(eval_highest(ev), 0);
	eval_set(ev, 8, 1);			/* no change, no work */
	assert_int_equal(evaluations, 5);
	eval_answer(ev, 9, EVAL_NO);		/* a no is read by no rule */
	eval_answer(ev, 9, EVAL_NOT_ASKED);
	assert_int_equal(evaluations, 5);
	eval_answer(ev, 8, EVAL_NO);		/* a yes taken back: r8, top */
	assert_int_equal(evaluations, 7);
	assert_int_equal(eval_highest(ev), 2);
	assert_int_equal(eval_state(ev, 8), EVAL_NO);
	eval_free(ev);
	rules_free(r);
	buf_free(&b);
}

static void
test_eval_because(void **state)
{
	struct rules	*r;
	struct eval	*ev;
	struct buf	 b;
	size_t		 out[8], n, a, c;

	(void)state;
	buf_init(&b);
	header(&b, 5);
	buf_puts(&b, "{ id = \"combo\"; level = \"mid\"; when = \"s0 and "
	    "not s1\"; message = \"m\"; advice = \"a\"; },\n"
	    "{ id = \"big\"; level = \"high\"; when = \"combo and 2 of (s2, "
	    "s3, s4)\"; message = \"m\"; advice = \"a\"; },\n"
	    "{ id = \"dbl\"; level = \"low\"; when = \"s0 and not (not s4)\";"
	    " message = \"m\"; advice = \"a\"; });\n");
	r = load(buf_str(&b));
	ev = eval_new(r);
	assert_true(rules_rule(r, "combo", &c));
	assert_true(rules_rule(r, "big", &a));
	eval_set(ev, 0, 1);
	eval_set(ev, 2, 1);
	eval_set(ev, 4, 1);
	n = why(ev, a, out, 8);
	assert_int_equal(n, 3);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 2);
	assert_int_equal(out[2], 4);
	n = why(ev, c, out, 8);
	assert_int_equal(n, 1);
	assert_true(rules_rule(r, "dbl", &c));
	n = why(ev, c, out, 8);
	assert_int_equal(n, 2);		/* s0, and s4 through not not */
	eval_set(ev, 1, 1);		/* "not s1" fails: both clear */
	assert_int_equal(ev->nfired, 1);
	assert_int_equal(eval_highest(ev), 2);
	eval_free(ev);
	rules_free(r);
	buf_free(&b);
}

static void
test_eval_marks(void **state)
{
	struct rules	*r;
	struct eval	*ev;
	struct buf	 b;
	size_t		 marks[5];

	(void)state;
	buf_init(&b);
	header(&b, 5);
	buf_puts(&b, "{ id = \"a\"; level = \"low\"; when = \"s0\"; message = "
	    "\"m\"; advice = \"a\"; },\n"
	    "{ id = \"b\"; level = \"high\"; when = \"s0 and s1\"; message = "
	    "\"m\"; advice = \"a\"; },\n"
	    "{ id = \"c\"; level = \"mid\"; when = \"s2 or s3\"; message = "
	    "\"m\"; advice = \"a\"; });\n");
	r = load(buf_str(&b));
	ev = eval_new(r);
	eval_set(ev, 0, 1);
	eval_set(ev, 1, 1);
	eval_set(ev, 3, 1);
	eval_set(ev, 4, 1);
	assert_int_equal(eval_marks(ev, marks), 0);
	assert_int_equal(marks[0], 0);	/* highest of a and b */
	assert_int_equal(marks[1], 0);
	assert_int_equal(marks[2], EVAL_NONE);
	assert_int_equal(marks[3], 1);
	assert_int_equal(marks[4], EVAL_NONE);	/* ticked, fires nothing */
	eval_free(ev);
	rules_free(r);
	buf_free(&b);
}

/*
 * Rules that name a rule many times, in layers: explaining the top one
 * must visit each rule once, not once per path (600 ^ 15 of them).
 */
static void
test_eval_because_layers(void **state)
{
	struct rules	*r;
	struct eval	*ev;
	struct buf	 b;
	size_t		 out[4], top, k, i;

	(void)state;
	buf_init(&b);
	header(&b, 1);
	buf_puts(&b, "{ id = \"r0\"; level = \"low\"; when = \"s0\"; message = "
	    "\"m\"; advice = \"a\"; }\n");
	for (k = 1; k < 16; k++) {
		buf_printf(&b, ",{ id = \"r%zu\"; level = \"high\"; when = \"",
		    k);
		for (i = 0; i < 500; i++)
			buf_printf(&b, "%sr%zu", i ? " or " : "", k - 1);
		buf_puts(&b, "\"; message = \"m\"; advice = \"a\"; }\n");
	}
	buf_puts(&b, ");\n");
	r = load(buf_str(&b));
	ev = eval_new(r);
	eval_set(ev, 0, 1);
	assert_true(rules_rule(r, "r15", &top));
	because_steps = 0;
	assert_int_equal(why(ev, top, out, 4), 1);
	assert_int_equal(out[0], 0);
	assert_true(because_steps > 0 && because_steps < 20000);
	eval_free(ev);
	rules_free(r);
	buf_free(&b);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_random),
		cmocka_unit_test(test_eval_only_dependents),
		cmocka_unit_test(test_eval_because),
		cmocka_unit_test(test_eval_marks),
		cmocka_unit_test(test_eval_because_layers),
	};

	return (TESTMAIN(argc, argv, tests));
}
