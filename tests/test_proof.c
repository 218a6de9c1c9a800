/*
 * test_proof.c: the exact proofs against brute force over every answer
 * set of small random rules, known cases by hand, the BDD package on
 * its own, and the proofs at scale and under a node budget.  Run one
 * test alone with its name (a cmocka filter) as the argument;
 * PROOF_SEED and PROOF_ROUNDS change the random rules.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "bdd.h"
#include "buf.h"
#include "conf.h"
#include "eval.h"
#include "proof.h"

#define NONE	EVAL_NONE	/* level(x) when nothing fires */


static const char *const level_ids[] = { "high", "mid", "low" };

static void
header(struct buf *b, size_t nsym)
{
	size_t	 i;

	buf_puts(b, "format = 1; title = \"t\"; version = \"1\"; date = "
	    "\"2026-11-24\"; disclaimer = \"d\"; no_flag = \"n\";\n"
	    "levels = ( { id = \"high\"; label = \"H\"; action = \"a\"; },\n"
	    "  { id = \"mid\"; label = \"M\"; action = \"a\"; },\n"
	    "  { id = \"low\"; label = \"L\"; action = \"a\"; } );\n"
	    "symptoms = (\n");
	for (i = 0; i < nsym; i++)
		buf_printf(b, "%s{ id = \"s%zu\"; group = \"g\"; label = "
		    "\"S%zu\"; }\n", i ? "," : "", i, i);
	buf_puts(b, ");\nrules = (\n");
}

static void
rule_text(struct buf *b, int first, const char *id, const char *level,
    const char *when)
{
	buf_printf(b, "%s{ id = \"%s\"; level = \"%s\"; when = \"%s\"; "
	    "message = \"m\"; advice = \"a\"; }\n", first ? "" : ",", id,
	    level, when);
}

static struct rules *
load(const char *text, int quiet)
{
	struct rules	*r = NULL;
	struct diags	 d;

	diags_init(&d);
	if (conf_load_string(text, strlen(text), "test", &r, &d) != CONF_OK) {
		if (!quiet)
			fail_msg("did not load: %s", d.n ? d.v[0].msg : "?");
		r = NULL;
	}
	diags_free(&d);
	return (r);
}

static void	random_expr(struct buf *, size_t, size_t, int);

static void
random_list(struct buf *b, size_t nsym, size_t k, int depth, unsigned what)
{
	unsigned	 n = 2 + test_rng(2), i, base = test_rng((unsigned)nsym);

	if (what == 6)
		buf_printf(b, "%u of ", 1 + test_rng(n));
	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, what == 4 ? " and " : what == 5 ? " or " :
			    ", ");
		if (what == 6 && test_rng(2))	/* a bare id, once per list */
			buf_printf(b, "s%u", (base + i) % (unsigned)nsym);
		else if (what == 6)
			random_expr(b, nsym, k, depth + 3);
		else
			random_expr(b, nsym, k, depth + 1);
	}
	buf_putc(b, ')');
}

/* Over symptoms, rules before rule k, and, or, not and "N of". */
static void
random_expr(struct buf *b, size_t nsym, size_t k, int depth)
{
	unsigned	 what = test_rng(depth > 2 ? 4 : 7);

	if (what == 0 || (what == 1 && k == 0))
		buf_printf(b, "s%u", test_rng((unsigned)nsym));
	else if (what == 1)
		buf_printf(b, "r%u", test_rng((unsigned)k));
	else if (what <= 3) {
		buf_puts(b, "not ");
		if (depth > 2)
			buf_printf(b, "s%u", test_rng((unsigned)nsym));
		else
			random_expr(b, nsym, k, depth + 1);
	} else
		random_list(b, nsym, k, depth, what);
}

/* Random rules that load: a rule firing with nothing ticked is redrawn. */
static struct rules *
random_rules(size_t nsym, size_t nrules)
{
	struct rules	*r = NULL;
	struct buf	 b, when;
	size_t		 k, tries;
	char		 id[32];

	for (tries = 0; r == NULL && tries < 1000; tries++) {
		buf_init(&b);
		header(&b, nsym);
		for (k = 0; k < nrules; k++) {
			buf_init(&when);
			random_expr(&when, nsym, k, 0);
			if (test_rng(2))
				buf_printf(&when, " and s%u",
				    test_rng((unsigned)nsym));
			snprintf(id, sizeof(id), "r%zu", k);
			rule_text(&b, k == 0, id, level_ids[test_rng(3)],
			    buf_str(&when));
			buf_free(&when);
		}
		buf_puts(&b, ");\n");
		r = load(buf_str(&b), 1);
		buf_free(&b);
	}
	assert_non_null(r);
	return (r);
}

/* Every answer set of a small rules file, evaluated with eval_full. */
struct truth {
	const struct rules *r;
	size_t		 n;		/* 2^nsymptoms */
	unsigned char	*fired;		/* n rows of nrules */
	size_t		*level;
	unsigned char	*sym;		/* scratch */
};

static void
truth_init(struct truth *t, const struct rules *r)
{
	size_t	 m, s;

	t->r = r;
	t->n = (size_t)1 << r->nsymptoms;
	t->fired = calloc(t->n * r->nrules + 1, 1);
	t->level = calloc(t->n, sizeof(*t->level));
	t->sym = calloc(r->nsymptoms + 1, 1);
	assert_non_null(t->fired);
	assert_non_null(t->level);
	assert_non_null(t->sym);
	for (m = 0; m < t->n; m++) {
		for (s = 0; s < r->nsymptoms; s++)
			t->sym[s] = (unsigned char)(m >> s & 1);
		eval_full(r, t->sym, t->fired + m * r->nrules);
		t->level[m] = NONE;
		for (s = 0; s < r->nrules; s++) {
			if (t->fired[m * r->nrules + s] &&
			    r->rules[s].level < t->level[m])
				t->level[m] = r->rules[s].level;
		}
	}
}

static void
truth_free(struct truth *t)
{
	free(t->fired);
	free(t->level);
	free(t->sym);
}

static int
fired(const struct truth *t, size_t m, size_t rule)
{
	return (t->fired[m * t->r->nrules + rule]);
}

static size_t
popcount(size_t m)
{
	size_t	 n = 0;

	for (; m != 0; m &= m - 1)
		n++;
	return (n);
}

/* An answer set as a mask; the list must be ascending. */
static size_t
mask_of(const size_t *x, size_t n)
{
	size_t	 m = 0, i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			assert_true(x[i - 1] < x[i]);
		m |= (size_t)1 << x[i];
	}
	return (m);
}

static const struct cond *
find_not(const struct cond *c, unsigned col)
{
	const struct cond *d;
	size_t		 i;

	if (c->kind == COND_NOT && c->col == col)
		return (c);
	for (i = 0; i < c->nkids; i++) {
		if ((d = find_not(c->kids[i], col)) != NULL)
			return (d);
	}
	return (NULL);
}

/* The 'not' named by the counterexample turns false as v is ticked. */
static void
check_cause(const struct truth *t, const struct proof_cex *cex, size_t m)
{
	const struct rules *r = t->r;
	const struct cond *c;
	size_t		 mv = m | (size_t)1 << cex->added, s;
	unsigned char	*sv = calloc(r->nsymptoms + 1, 1);

	assert_non_null(sv);
	assert_int_equal(r->rules[cex->lost].level, cex->before);
	assert_true(fired(t, m, cex->lost) && !fired(t, mv, cex->lost));
	c = find_not(r->rules[cex->cause].cond, cex->col);
	assert_non_null(c);
	for (s = 0; s < r->nsymptoms; s++) {
		t->sym[s] = (unsigned char)(m >> s & 1);
		sv[s] = (unsigned char)(mv >> s & 1);
	}
	assert_false(cond_eval(c->kids[0], t->sym, t->fired + m * r->nrules));
	assert_true(cond_eval(c->kids[0], sv, t->fired + mv * r->nrules));
	free(sv);
}

/* F_L(m): a rule of level L or more urgent fires. */
static int
upto(const struct truth *t, size_t m, size_t lv)
{
	return (t->level[m] != NONE && t->level[m] <= lv);
}

/*
 * The smallest counterexample by brute force: fewest answers, then the
 * most urgent level lost, then the lowest symptom.  *best is -1 if none.
 */
static void
brute_mono(const struct truth *t, size_t *best, size_t *lv, size_t *v,
    unsigned char *level_bad)
{
	size_t	 m, s, l, mv, key;

	*best = (size_t)-1;
	for (m = 0; m < t->n; m++) {
		for (s = 0; s < t->r->nsymptoms; s++) {
			mv = m | (size_t)1 << s;
			if (mv == m)
				continue;
			for (l = 0; l < t->r->nlevels; l++) {
				if (upto(t, m, l) && !upto(t, mv, l))
					level_bad[l] = 1;
			}
			if (t->level[mv] <= t->level[m])
				continue;
			key = (popcount(m) * 16 + t->level[m]) * 64 + s;
			if (key < *best) {
				*best = key;
				*lv = t->level[m];
				*v = s;
			}
		}
	}
	if (*best != (size_t)-1)
		*best /= 16 * 64;
}

/* Monotonicity.  exact: the proof had budget enough to decide all. */
static void
check_mono(const struct truth *t, const struct proof *p, int exact)
{
	unsigned char	 bad[3] = { 0, 0, 0 };
	size_t		 best, lv = 0, v = 0, m, l;

	brute_mono(t, &best, &lv, &v, bad);
	for (l = 0; l < t->r->nlevels; l++) {
		if (p->levels[l].mono == PROOF_TOO_BIG && !exact)
			continue;
		assert_int_equal(p->levels[l].mono, bad[l] ? PROOF_REFUTED :
		    PROOF_PROVED);
	}
	if (p->mono == PROOF_TOO_BIG && !exact)
		return;
	assert_int_equal(p->mono, best == (size_t)-1 ? PROOF_PROVED :
	    PROOF_REFUTED);
	if (p->mono != PROOF_REFUTED)
		return;
	m = mask_of(p->cex.x, p->cex.nx);
	assert_int_equal(t->level[m], p->cex.before);
	assert_int_equal(t->level[m | (size_t)1 << p->cex.added],
	    p->cex.after);
	assert_true(p->cex.after > p->cex.before);
	assert_false(m >> p->cex.added & 1);
	check_cause(t, &p->cex, m);
	if (!p->cex.smallest) {
		assert_false(exact);
		return;
	}
	assert_int_equal(p->cex.nx, best);
	assert_int_equal(p->cex.before, lv);
	assert_int_equal(p->cex.added, v);
}

/* One per-rule question against brute force (top: the most urgent). */
static void
check_one(const struct truth *t, const struct proof_check *c, size_t rule,
    int top, int exact)
{
	size_t	 m, best = (size_t)-1;

	for (m = 0; m < t->n; m++) {
		if (fired(t, m, rule) && (!top ||
		    t->level[m] == t->r->rules[rule].level) &&
		    popcount(m) < best)
			best = popcount(m);
	}
	if (c->status == PROOF_TOO_BIG && !exact)
		return;
	assert_int_equal(c->status, best == (size_t)-1 ? PROOF_REFUTED :
	    PROOF_PROVED);
	if (c->status != PROOF_PROVED)
		return;
	assert_int_equal(c->nx, best);
	m = mask_of(c->x, c->nx);
	assert_true(fired(t, m, rule));
	if (top)
		assert_int_equal(t->level[m], t->r->rules[rule].level);
}

static void
check_levels(const struct truth *t, const struct proof *p, int exact)
{
	size_t	 l, m, best;

	for (l = 0; l < t->r->nlevels; l++) {
		best = (size_t)-1;
		for (m = 0; m < t->n; m++) {
			if (t->level[m] == l && popcount(m) < best)
				best = popcount(m);
		}
		if (p->levels[l].reach == PROOF_TOO_BIG && !exact)
			continue;
		if (p->levels[l].reach == PROOF_PROVED && !exact) {
			assert_true(best != (size_t)-1);
			continue;
		}
		assert_int_equal(p->levels[l].reach, best == (size_t)-1 ?
		    PROOF_REFUTED : PROOF_PROVED);
		if (best != (size_t)-1)
			assert_int_equal(p->rules[p->levels[l].rule].top.nx,
			    best);
	}
}

static void
check_all(const struct truth *t, const struct proof *p, int exact)
{
	size_t	 i;

	check_mono(t, p, exact);
	for (i = 0; i < t->r->nrules; i++) {
		check_one(t, &p->rules[i].fire, i, 0, exact);
		check_one(t, &p->rules[i].top, i, 1, exact);
	}
	check_levels(t, p, exact);
	assert_int_equal(p->checks, t->r->nlevels + 2 * t->r->nrules);
	assert_true(p->bdd_checks <= p->checks);
}

static unsigned long long
env_number(const char *name, unsigned long long dflt)
{
	const char	*s = getenv(name);

	return (s != NULL && *s != '\0' ? strtoull(s, NULL, 0) : dflt);
}

/*
 * Thousands of random rules files, each proved twice: with the default
 * budget every verdict, witness and counterexample must match brute
 * force exactly; with a tiny budget each must be right or TOO_BIG.
 */
static void
test_proof_brute_force(void **state)
{
	unsigned long long seed = env_number("PROOF_SEED", 0x5eed2026ULL);
	unsigned long	 rounds = (unsigned long)env_number("PROOF_ROUNDS",
			    3000), round;
	struct proof_opts tiny;
	struct proof	 p;
	struct rules	*r;
	struct truth	 t;
	size_t		 refuted = 0, too_big = 0, dead = 0, shadowed = 0, i;

	(void)state;
	print_message("# seed 0x%llx, %lu rounds\n", seed, rounds);
	for (round = 0; round < rounds; round++) {
		test_rng_state = seed * 0x9e3779b97f4a7c15ULL + round + 1;
		r = random_rules(2 + test_rng(7), 1 + test_rng(6));
		truth_init(&t, r);
		assert_int_equal(proof_run(r, NULL, &p), 0);
		check_all(&t, &p, 1);
		refuted += p.mono == PROOF_REFUTED;
		for (i = 0; i < r->nrules; i++) {
			dead += p.rules[i].fire.status == PROOF_REFUTED;
			shadowed += p.rules[i].fire.status == PROOF_PROVED &&
			    p.rules[i].top.status == PROOF_REFUTED;
		}
		proof_free(&p);
		tiny.max_nodes = 2 + test_rng(24);
		assert_int_equal(proof_run(r, &tiny, &p), 0);
		check_all(&t, &p, 0);
		too_big += p.mono == PROOF_TOO_BIG;
		proof_free(&p);
		truth_free(&t);
		rules_free(r);
	}
	print_message("# %zu not monotone, %zu too big with a tiny budget; "
	    "rules: %zu never fire, %zu never the most urgent\n", refuted,
	    too_big, dead, shadowed);
	if (rounds >= 1000) {		/* the rules are varied enough */
		assert_true(refuted > rounds / 20);
		assert_true(too_big > rounds / 20);
		assert_true(dead > rounds / 100);
		assert_true(shadowed > rounds / 20);
	}
}

static struct proof
prove(const struct rules *r, size_t max_nodes)
{
	struct proof_opts o;
	struct proof	 p;

	o.max_nodes = max_nodes;
	assert_int_equal(proof_run(r, &o, &p), 0);
	return (p);
}

static size_t
sym(const struct rules *r, const char *id)
{
	size_t	 i;

	assert_true(rules_symptom(r, id, &i));
	return (i);
}

static size_t
rule(const struct rules *r, const char *id)
{
	size_t	 i;

	assert_true(rules_rule(r, id, &i));
	return (i);
}

/* A small file: the three levels, the symptoms named, then rules. */
static void
small_file(struct buf *b, const char *const *syms, size_t nsyms)
{
	size_t	 i;

	buf_puts(b, "format = 1; title = \"t\"; version = \"1\"; date = "
	    "\"2026-11-24\"; disclaimer = \"d\"; no_flag = \"n\";\n"
	    "levels = ( { id = \"emergency\"; label = \"E\"; action = \"a\"; "
	    "},\n  { id = \"urgent\"; label = \"U\"; action = \"a\"; },\n"
	    "  { id = \"soon\"; label = \"S\"; action = \"a\"; } );\n"
	    "symptoms = (\n");
	for (i = 0; i < nsyms; i++)
		buf_printf(b, "%s{ id = \"%s\"; group = \"g\"; label = \"l\"; "
		    "}\n", i ? "," : "", syms[i]);
	buf_puts(b, ");\nrules = (\n");
}

/* The clause the 1.0 rules had: ticking 'worse' clears the flag. */
static void
test_proof_old_clause(void **state)
{
	static const char *const syms[] = { "night_pain",
	    "movement_no_change", "worse_with_movement" };
	const char	*when = "night_pain or (movement_no_change and not "
			    "worse_with_movement)";
	struct rules	*r;
	struct proof	 p;
	struct buf	 b;

	(void)state;
	buf_init(&b);
	small_file(&b, syms, 3);
	rule_text(&b, 1, "cancer_sign", "soon", when);
	buf_puts(&b, ");\n");
	r = load(buf_str(&b), 0);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_REFUTED);
	assert_int_equal(p.levels[0].mono, PROOF_PROVED);
	assert_int_equal(p.levels[2].mono, PROOF_REFUTED);
	assert_int_equal(p.cex.nx, 1);
	assert_int_equal(p.cex.x[0], sym(r, "movement_no_change"));
	assert_int_equal(p.cex.added, sym(r, "worse_with_movement"));
	assert_int_equal(p.cex.before, 2);
	assert_int_equal(p.cex.after, NONE);
	assert_int_equal(p.cex.lost, rule(r, "cancer_sign"));
	assert_int_equal(p.cex.cause, rule(r, "cancer_sign"));
	assert_int_equal(p.cex.col, (size_t)(strstr(when, "not") - when) + 1);
	assert_true(p.cex.smallest);
	proof_free(&p);
	rules_free(r);
	buf_free(&b);
}

/*
 * A 'not' in a rule that a more urgent one names: the cause is in the
 * rule named, and the flag lost is the urgent one.  'soon' alone is
 * monotone: "a and d" covers what "a and not d" drops.
 */
static void
test_proof_cause_inside(void **state)
{
	static const char *const syms[] = { "a", "d", "c" };
	struct rules	*r;
	struct proof	 p;
	struct buf	 b;

	(void)state;
	buf_init(&b);
	small_file(&b, syms, 3);
	rule_text(&b, 1, "inner", "soon", "a and not d");
	rule_text(&b, 0, "both", "soon", "a and d");
	rule_text(&b, 0, "outer", "emergency", "inner and c");
	buf_puts(&b, ");\n");
	r = load(buf_str(&b), 0);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_REFUTED);
	assert_int_equal(p.levels[0].mono, PROOF_REFUTED);
	assert_int_equal(p.levels[2].mono, PROOF_PROVED);
	assert_int_equal(p.cex.nx, 2);		/* a and c, then d */
	assert_int_equal(p.cex.x[0], sym(r, "a"));
	assert_int_equal(p.cex.x[1], sym(r, "c"));
	assert_int_equal(p.cex.added, sym(r, "d"));
	assert_int_equal(p.cex.before, 0);
	assert_int_equal(p.cex.after, 2);
	assert_int_equal(p.cex.lost, rule(r, "outer"));
	assert_int_equal(p.cex.cause, rule(r, "inner"));
	assert_int_equal(p.cex.col, 7);
	proof_free(&p);
	rules_free(r);
	buf_free(&b);
}

/* "X and not <more urgent rule>" is monotone by (a) and (b): no BDD. */
static void
test_proof_chain_without_bdd(void **state)
{
	static const char *const syms[] = { "cancer_history", "band_pain",
	    "upper_back_pain", "fever", "injects_drugs" };
	struct rules	*r;
	struct proof	 p;
	struct buf	 b;
	size_t		 i, used = 0;

	(void)state;
	buf_init(&b);
	small_file(&b, syms, 5);
	rule_text(&b, 1, "mscc_emergency", "emergency",
	    "cancer_history and band_pain");
	rule_text(&b, 0, "mscc_urgent", "urgent", "cancer_history and "
	    "upper_back_pain and not mscc_emergency");
	rule_text(&b, 0, "cancer_history_flag", "urgent", "cancer_history "
	    "and not mscc_urgent and not mscc_emergency");
	rule_text(&b, 0, "infection", "urgent", "fever and injects_drugs");
	rule_text(&b, 0, "fever_flag", "soon", "fever and not infection");
	buf_puts(&b, ");\n");
	r = load(buf_str(&b), 0);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_PROVED);
	for (i = 0; i < r->nrules; i++) {
		used += (size_t)p.rules[i].fire.bdd + (size_t)p.rules[i].top.bdd;
		assert_int_equal(p.rules[i].top.status, PROOF_PROVED);
	}
	assert_int_equal(p.bdd_checks, used);	/* none for the levels */
	assert_int_equal(p.rules[rule(r, "cancer_history_flag")].top.nx, 1);
	proof_free(&p);
	rules_free(r);
	buf_free(&b);
}

/* A rule that never fires, one always shadowed, an unreachable level. */
static void
test_proof_dead_rules(void **state)
{
	static const char *const syms[] = { "a", "d" };
	struct rules	*r;
	struct proof	 p;
	struct buf	 b;
	size_t		 never, soon, emerg;

	(void)state;
	buf_init(&b);
	small_file(&b, syms, 2);
	rule_text(&b, 1, "never", "emergency", "d and not d");
	rule_text(&b, 0, "soon", "soon", "a and d");
	rule_text(&b, 0, "emerg", "emergency", "a");
	buf_puts(&b, ");\n");
	r = load(buf_str(&b), 0);
	never = rule(r, "never");
	soon = rule(r, "soon");
	emerg = rule(r, "emerg");
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_PROVED);
	assert_int_equal(p.rules[never].fire.status, PROOF_REFUTED);
	assert_int_equal(p.rules[never].top.status, PROOF_REFUTED);
	assert_int_equal(p.rules[soon].fire.status, PROOF_PROVED);
	assert_int_equal(p.rules[soon].fire.nx, 2);
	assert_int_equal(p.rules[soon].top.status, PROOF_REFUTED);
	assert_int_equal(p.rules[emerg].top.status, PROOF_PROVED);
	assert_int_equal(p.rules[emerg].top.nx, 1);
	assert_int_equal(p.rules[emerg].top.x[0], sym(r, "a"));
	assert_int_equal(p.levels[0].reach, PROOF_PROVED);
	assert_int_equal(p.levels[0].rule, emerg);
	assert_int_equal(p.levels[1].reach, PROOF_REFUTED);	/* no rule */
	assert_int_equal(p.levels[1].rule, (size_t)-1);
	assert_int_equal(p.levels[2].reach, PROOF_REFUTED);	/* shadowed */
	proof_free(&p);
	rules_free(r);
	buf_free(&b);
}

/* The shipped rules: everything decided, and no answer loses a flag. */
static void
test_proof_shipped(void **state)
{
	struct rules	*r;
	struct diags	 d;
	struct proof	 p;
	char		*path = test_srcpath("etc/redflag.conf");
	size_t		 i;

	(void)state;
	diags_init(&d);
	assert_int_equal(conf_load_file(path, &r, &d), CONF_OK);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_PROVED);
	for (i = 0; i < r->nrules; i++) {
		assert_int_not_equal(p.rules[i].fire.status, PROOF_TOO_BIG);
		assert_int_not_equal(p.rules[i].top.status, PROOF_TOO_BIG);
	}
	for (i = 0; i < r->nlevels; i++)
		assert_int_not_equal(p.levels[i].reach, PROOF_TOO_BIG);
	proof_free(&p);
	rules_free(r);
	diags_free(&d);
	free(path);
}

static char *
generate(size_t n)
{
	struct buf	 b;
	FILE		*f;
	char		*awk = test_srcpath("tests/bench/gen-rules.awk");
	char		 line[512];

	buf_init(&b);
	buf_printf(&b, "awk -v n=%zu -f '%s'", n, awk);
	assert_non_null(f = popen(buf_str(&b), "r"));
	b.len = 0;
	while (fgets(line, sizeof(line), f) != NULL)
		buf_puts(&b, line);
	assert_int_equal(pclose(f), 0);
	free(awk);
	return (b.s);
}

/*
 * The synthetic rules of tests/bench (n = 2000): all monotone, every
 * rule fires, and every rule can be the most urgent except those that
 * need a more urgent rule (every tenth names the rule before it).
 */
static void
test_proof_scale(void **state)
{
	struct rules	*r;
	struct proof	 p;
	char		*text = generate(2000);
	size_t		 i, shadowed = 0;

	(void)state;
	r = load(text, 0);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_PROVED);
	for (i = 0; i < r->nlevels; i++) {
		assert_int_equal(p.levels[i].mono, PROOF_PROVED);
		assert_int_equal(p.levels[i].reach, PROOF_PROVED);
	}
	for (i = 0; i < r->nrules; i++) {
		assert_int_equal(p.rules[i].fire.status, PROOF_PROVED);
		if (i % 10 == 9 && r->rules[i - 1].level < r->rules[i].level) {
			assert_int_equal(p.rules[i].top.status, PROOF_REFUTED);
			shadowed++;
		} else
			assert_int_equal(p.rules[i].top.status, PROOF_PROVED);
	}
	assert_int_equal(shadowed, 2000 / 10 * 2 / 3);
	assert_true(p.peak_nodes < 100);
	proof_free(&p);
	rules_free(r);
	free(text);
}

/*
 * A big formula with a 'not' (monotone all the same): proved with the
 * default budget, and TOO_BIG, never PROVED, with a tiny one.
 */
static void
test_proof_too_big(void **state)
{
	struct rules	*r;
	struct proof	 p;
	struct buf	 b, when;
	size_t		 i;

	(void)state;
	buf_init(&b);
	buf_init(&when);
	header(&b, 60);
	buf_puts(&when, "12 of (");
	for (i = 0; i < 60; i++)
		buf_printf(&when, "%ss%zu", i ? ", " : "", i);
	buf_puts(&when, ") or (s0 and not s1) or (s0 and s1)");
	rule_text(&b, 1, "big", "low", buf_str(&when));
	buf_puts(&b, ");\n");
	r = load(buf_str(&b), 0);
	p = prove(r, 0);
	assert_int_equal(p.mono, PROOF_PROVED);
	assert_true(p.peak_nodes > 500);
	proof_free(&p);
	p = prove(r, 100);
	assert_int_equal(p.mono, PROOF_TOO_BIG);
	assert_int_equal(p.levels[2].mono, PROOF_TOO_BIG);
	assert_int_equal(p.rules[0].fire.status, PROOF_TOO_BIG);
	assert_int_equal(p.levels[2].reach, PROOF_TOO_BIG);
	assert_true(p.peak_nodes <= 100);
	proof_free(&p);
	rules_free(r);
	buf_free(&b);
	buf_free(&when);
}

/* The BDD package alone: "at least k of n" and smallest assignments. */
static void
test_proof_bdd(void **state)
{
	struct bdd	*m;
	uint32_t	 v[6], f, g, out[6];
	size_t		 n, k, a, i;

	(void)state;
	assert_non_null(m = bdd_new(1 << 16));
	for (k = 0; k <= 7; k++) {
		assert_int_equal(bdd_reset(m), 0);
		for (i = 0; i < 6; i++)
			v[i] = bdd_var(m, (uint32_t)i);
		f = bdd_atleast(m, v, 6, k);
		for (a = 0; a < 64; a++) {
			g = f;
			for (i = 0; i < 6; i++)
				g = bdd_restrict(m, g, (uint32_t)i,
				    (int)(a >> i & 1));
			assert_int_equal(g, popcount(a) >= k ? BDD_TRUE :
			    BDD_FALSE);
		}
		if (k > 6) {
			assert_int_equal(f, BDD_FALSE);
			continue;
		}
		assert_int_equal(bdd_mincard(m, f, out, &n), 0);
		assert_int_equal(n, k);
	}
	/* (v0 and v1) or v5: the smallest is {v5} */
	f = bdd_or(m, bdd_and(m, v[0], v[1]), v[5]);
	assert_int_equal(bdd_mincard(m, f, out, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], 5);
	assert_int_equal(bdd_not(m, bdd_not(m, f)), f);
	assert_int_equal(bdd_and(m, f, bdd_not(m, f)), BDD_FALSE);
	bdd_free(m);
	/* over budget: BDD_ERR, and it spreads */
	assert_non_null(m = bdd_new(4));
	f = bdd_and(m, bdd_var(m, 0), bdd_var(m, 1));
	assert_int_equal(f, BDD_ERR);
	assert_int_equal(bdd_or(m, f, BDD_TRUE), BDD_ERR);
	assert_int_equal(bdd_not(m, f), BDD_ERR);
	assert_false(bdd_nomem(m));
	bdd_free(m);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_proof_bdd),
		cmocka_unit_test(test_proof_old_clause),
		cmocka_unit_test(test_proof_cause_inside),
		cmocka_unit_test(test_proof_chain_without_bdd),
		cmocka_unit_test(test_proof_dead_rules),
		cmocka_unit_test(test_proof_shipped),
		cmocka_unit_test(test_proof_scale),
		cmocka_unit_test(test_proof_too_big),
		cmocka_unit_test(test_proof_brute_force),
	};

	return (TESTMAIN(argc, argv, tests));
}
