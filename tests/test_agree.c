/*
 * test_agree.c: the two evaluators mean the same.  cond_eval walks a
 * condition's tree (eval_full, the proof and "because" use it); the
 * compiled program of prog.c is what a toggle runs.  On random rules
 * files and random answers, each yes, no or not asked, every condition
 * must give the same value in both, whatever the rules it names are
 * set to, and the incremental state must match eval_full.
 *
 * The seed is fixed and printed; AGREE_SEED=N runs another.
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

#define AGREE_SEED	20261124ULL
#define AGREE_FILES	400	/* random rules files */
#define AGREE_ANSWERS	25	/* random answer sets for each */

static void agree_expr(struct buf *, size_t, size_t, int);

static void agree_list(struct buf *, size_t, size_t, int, unsigned);

/*
 * An operand of "N of": each id at most once, so a name is s(base + i)
 * and anything else is a not or a list, never a name in brackets.
 */
static void
agree_of_item(struct buf *b, size_t nsym, size_t nrule, int depth,
    unsigned i, unsigned base)
{
	unsigned	 what = test_rng(3);

	if (what == 0)
		buf_printf(b, "s%u", (base + i) % (unsigned)nsym);
	else if (what == 1) {
		buf_puts(b, "not ");
		agree_expr(b, nsym, nrule, depth + 1);
	} else
		agree_list(b, nsym, nrule, depth + 1, test_rng(2));
}

/* A list joined by and, or, or given as "N of (...)". */
static void
agree_list(struct buf *b, size_t nsym, size_t nrule, int depth,
    unsigned what)
{
	unsigned	 n = 2 + test_rng(nsym < 4 ? 1 : 3), i;
	unsigned	 base = test_rng((unsigned)nsym);

	if (what == 2)
		buf_printf(b, "%u of ", 1 + test_rng(n));
	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		buf_puts(b, i == 0 ? "" : what == 0 ? " and " : what == 1 ?
		    " or " : ", ");
		if (what == 2)
			agree_of_item(b, nsym, nrule, depth, i, base);
		else
			agree_expr(b, nsym, nrule, depth + 1);
	}
	buf_putc(b, ')');
}

/* An expression over nsym symptoms and the first nrule rules. */
static void
agree_expr(struct buf *b, size_t nsym, size_t nrule, int depth)
{
	unsigned	 what = test_rng(depth >= 3 ? 3 : 7);

	if (what == 0 || (what == 1 && nrule == 0))
		buf_printf(b, "s%u", test_rng((unsigned)nsym));
	else if (what == 1)
		buf_printf(b, "r%u", test_rng((unsigned)nrule));
	else if (what == 2) {
		buf_puts(b, "not ");
		agree_expr(b, nsym, nrule, depth + 1);
	} else
		agree_list(b, nsym, nrule, depth, (what - 3) % 3);
}

/*
 * A rules file: each rule also needs a symptom, as the loader asks (a
 * red flag must need a ticked answer); what it needs besides is random.
 */
static void
agree_file(struct buf *b, size_t nsym, size_t nrules)
{
	size_t	 i;

	buf_puts(b, "format = 1; title = \"t\"; version = \"1\"; date = "
	    "\"2026-11-24\"; disclaimer = \"d\"; no_flag = \"n\";\n"
	    "levels = ( { id = \"high\"; label = \"H\"; action = \"a\"; },\n"
	    "  { id = \"low\"; label = \"L\"; action = \"a\"; } );\n"
	    "symptoms = (\n");
	for (i = 0; i < nsym; i++)
		buf_printf(b, "%s{ id = \"s%zu\"; group = \"g\"; label = "
		    "\"S\"; }\n", i ? "," : "", i);
	buf_puts(b, ");\nrules = (\n");
	for (i = 0; i < nrules; i++) {
		buf_printf(b, "%s{ id = \"r%zu\"; level = \"%s\"; message = "
		    "\"m\"; advice = \"a\"; when = \"s%u and (", i ? "," : "",
		    i, test_rng(2) ? "high" : "low", test_rng((unsigned)nsym));
		agree_expr(b, nsym, i < 8 ? i : 8, 0);
		buf_puts(b, ")\"; }\n");
	}
	buf_puts(b, ");\n");
}

static struct rules *
agree_load(const struct buf *b)
{
	struct rules	*r;
	struct diags	 d;

	diags_init(&d);
	if (conf_load_string(buf_str(b), b->len, "random", &r, &d) !=
	    CONF_OK)
		fail_msg("random rules did not load: %s\n%s", d.n > 0 ?
		    d.v[0].msg : "out of memory", buf_str(b));
	diags_free(&d);
	return (r);
}

/* Give every symptom a random answer, in a random order, through ev. */
static void
agree_answers(struct eval *ev, enum eval_answer *want)
{
	size_t	 n = ev->r->nsymptoms, i, k;

	for (i = 0; i < n; i++)
		want[i] = (enum eval_answer)test_rng(3);
	for (k = 0; k < 2 * n; k++) {
		i = test_rng((unsigned)n);
		eval_answer(ev, i, want[i]);
	}
	for (i = 0; i < n; i++) {
		eval_answer(ev, i, want[i]);
		assert_int_equal(eval_state(ev, i), want[i]);
	}
}

/*
 * Every condition of r, in both evaluators, on ev's yeses and on rule
 * values set at random.  Returns the number of conditions compared.
 */
static size_t
agree_conditions(const struct eval *ev, const struct prog *p,
    unsigned char *rules, const struct buf *text)
{
	const struct rules *r = ev->r;
	size_t	 i;
	int	 tree, flat;

	for (i = 0; i < r->nrules; i++)
		rules[i] = (unsigned char)test_rng(2);
	for (i = 0; i < r->nrules; i++) {
		tree = cond_eval(r->rules[i].cond, ev->checked, rules);
		flat = prog_eval(p, (uint32_t)i, ev->checked, rules);
		if (tree != flat)
			fail_msg("rule r%zu (%s): the tree says %d, the program "
			    "%d\n%s", i, r->rules[i].when, tree, flat,
			    buf_str(text));
	}
	return (r->nrules);
}

/* The incremental state against eval_full, on the same answers. */
static void
agree_fired(const struct eval *ev, unsigned char *full)
{
	size_t	 i;

	eval_full(ev->r, ev->checked, full);
	for (i = 0; i < ev->r->nrules; i++) {
		if (full[i] != ev->fired[i])
			fail_msg("rule r%zu: eval_full says %d, the incremental "
			    "state %d (%s)", i, full[i], ev->fired[i],
			    ev->r->rules[i].when);
	}
}

static void
test_agree_random(void **state)
{
	const char	*env = getenv("AGREE_SEED");
	unsigned long long seed = env != NULL ? strtoull(env, NULL, 10) :
			    AGREE_SEED;
	enum eval_answer want[40];
	unsigned char	 rules[40], full[40];
	struct rules	*r;
	struct eval	*ev;
	struct prog	*p;
	struct buf	 b;
	size_t		 f, k, cases = 0;

	(void)state;
	print_message("# seed %llu (AGREE_SEED=N for another)\n", seed);
	test_rng_state = seed != 0 ? seed : AGREE_SEED;
	for (f = 0; f < AGREE_FILES; f++) {
		buf_init(&b);
		agree_file(&b, 2 + test_rng(20), 1 + test_rng(30));
		r = agree_load(&b);
		ev = eval_new(r);
		p = prog_build(r);
		assert_non_null(ev);
		assert_non_null(p);
		for (k = 0; k < AGREE_ANSWERS; k++) {
			agree_answers(ev, want);
			cases += agree_conditions(ev, p, rules, &b);
			agree_fired(ev, full);
		}
		prog_free(p);
		eval_free(ev);
		rules_free(r);
		buf_free(&b);
	}
	print_message("# %zu conditions compared on %d files\n", cases,
	    AGREE_FILES);
	assert_true(cases >= 1000);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agree_random),
	};

	return (TESTMAIN(argc, argv, tests));
}
