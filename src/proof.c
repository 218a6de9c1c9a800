/*
 * proof.c: exact proofs about a rules file (see proof.h).
 *
 * F_L(x) is "some rule of level L or more urgent fires on x".  level(x)
 * <= L exactly when F_L(x), so level(x + v) is at least as urgent as
 * level(x) for all x and v exactly when every F_L is monotone.  Each
 * F_L, and each per-rule question, is made small first by these facts;
 * then a BDD over a few symptoms decides it.
 *
 * (a) In F_L, a reference to a rule R of level <= L may be read as
 *     false, at any depth.  F_L = R or H(x, R), where H is the rest with
 *     R as an input: where R is true both sides are true, and where it
 *     is false H(x, R) = H(x, false).  Doing so for each such R leaves a
 *     formula over symptoms (rules less urgent than L are expanded).
 * (b) A formula is monotone in a symptom that occurs in it only under an
 *     even number of 'not's ("positive"): and, or and "N of" are
 *     monotone in each operand.  So if no symptom occurs negatively in
 *     the reduced F_L, F_L is monotone, and no BDD is needed.
 * (c) Otherwise let P be the reduced rules of F_L with a negative
 *     symptom, Q the rest (monotone), S the symptoms of P.  A counter-
 *     example is x, v with F_L(x) = 1, F_L(x + v) = 0.  Q(x + v) = 0, so
 *     Q(x) = 0 and P(x) = 1, P(x + v) = 0; v is negative in P (by (b)),
 *     so v is in S.  Clearing the symptoms of x outside S changes no
 *     part of P and, Q being monotone, keeps Q(x + v) = 0: it is still
 *     a counterexample, with fewer answers.  So the search is over
 *     subsets of S, every other symptom clear; the rules of Q with no
 *     symptom in S are then constants, their value with nothing ticked.
 * (d) Rule r of level l is the most urgent flag on x exactly when
 *     f_r(x) and not F_{l-1}(x).  There every rule more urgent than l is
 *     false, so f_r may read references to them as false (f_r').  Let T
 *     be the symptoms of f_r' and N those negative in F_{l-1} (none if
 *     F_{l-1} was proved monotone).  Clearing a symptom outside T and N
 *     keeps f_r' and, by (b), can only clear F_{l-1}, so a smallest
 *     witness ticks only symptoms of T and N, and as in (c) the search
 *     is over those.  "Can fire" is the same with F_{-1} = false and
 *     nothing read as false.
 *
 * Witnesses and counterexamples are smallest satisfying assignments
 * (bdd_mincard).  Each is checked again with the evaluator (eval.c):
 * a disagreement is a bug here, and proof_run says so (PROOF_BUG).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bdd.h"
#include "eval.h"
#include "proof.h"

struct proof_ctx {
	const struct rules *r;
	struct proof	*p;
	struct bdd	*m;
	struct eval	*ev;		/* witnesses are checked on it */
	size_t		 lim;		/* rules of a level < lim read false */
	unsigned long	 gen;		/* stamps of the current check */
	int		 nomem;
	int		 bug;		/* the BDD and the evaluator disagree */
	/* per symptom */
	unsigned long	*sym_in;	/* in the check's set V */
	unsigned long	*sym_neg;	/* seen negatively */
	unsigned long	*sym_vgen;	/* sym_var is set */
	uint32_t	*sym_var;
	unsigned char	*zsym;		/* all clear */
	/* per rule */
	unsigned long	*seen[2];	/* walked, at even and odd polarity */
	unsigned long	*touch;
	unsigned long	*memo_gen;
	uint32_t	*memo;		/* the rule's BDD in this check */
	unsigned char	*pos;		/* has a positive symptom, at lim */
	unsigned char	*neg;		/* has a negative symptom, at lim */
	unsigned char	*zref;		/* value with nothing ticked, at lim */
	/* the current check */
	size_t		*v;		/* V, in order of first appearance */
	size_t		 nv;
	size_t		*negs;		/* negative symptoms of V */
	size_t		 nnegs;
	size_t		*queue;		/* rules */
	size_t		*list;		/* rules touched by V */
	size_t		 nlist;
	size_t		*var2sym;
	size_t		 nvars;
	uint32_t	*vars;		/* bdd_mincard's answer */
	/* per level L, with lim = L + 1 */
	size_t		**lv_neg;	/* symptoms negative in F_L, sorted */
	size_t		*nlv_neg;
	size_t		**lv_zero;	/* rules of F_L true with nothing ticked */
	size_t		*nlv_zero;
	/* the smallest counterexample so far */
	size_t		*best;
	size_t		 nbest;		/* (size_t)-1 for none */
	size_t		 best_level;
	size_t		 best_added;
	int		 undecided;	/* a level was too big */
};

static int
proof_size_cmp(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return ((x > y) - (x < y));
}

/* Start a check in which rules of a level below lim read false. */
static void
proof_begin(struct proof_ctx *x, size_t lim)
{
	x->gen++;
	x->lim = lim;
	x->nv = x->nnegs = x->nlist = x->nvars = 0;
}

static void
proof_add_sym(struct proof_ctx *x, size_t s, int odd)
{
	if (x->sym_in[s] != x->gen) {
		x->sym_in[s] = x->gen;
		x->v[x->nv++] = s;
	}
	if (odd && x->sym_neg[s] != x->gen) {
		x->sym_neg[s] = x->gen;
		x->negs[x->nnegs++] = s;
	}
}

/* Add the symptoms of c, expanded, to V; odd: under an odd number of nots. */
static void
proof_walk(struct proof_ctx *x, const struct cond *c, int odd)
{
	const struct rule *rule;
	size_t		 i;

	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			proof_add_sym(x, c->index, odd);
		if (c->ref != COND_RULE)
			return;
		rule = &x->r->rules[c->index];
		if (rule->level < x->lim || x->seen[odd][c->index] == x->gen)
			return;
		x->seen[odd][c->index] = x->gen;
		proof_walk(x, rule->cond, odd);
		return;
	case COND_NOT:
		proof_walk(x, c->kids[0], !odd);
		return;
	default:
		for (i = 0; i < c->nkids; i++)
			proof_walk(x, c->kids[i], odd);
	}
}

/* pn[0], pn[1]: c has a positive, a negative symptom (expanded). */
static void
proof_pol(const struct proof_ctx *x, const struct cond *c, int odd,
    unsigned char *pn)
{
	size_t	 i;

	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			pn[odd] = 1;
		if (c->ref != COND_RULE ||
		    x->r->rules[c->index].level < x->lim)
			return;
		pn[odd] |= x->pos[c->index];
		pn[!odd] |= x->neg[c->index];
		return;
	case COND_NOT:
		proof_pol(x, c->kids[0], !odd, pn);
		return;
	default:
		for (i = 0; i < c->nkids; i++)
			proof_pol(x, c->kids[i], odd, pn);
	}
}

/* pos and neg of every rule at x->lim, each after the rules it names. */
static void
proof_polarity(struct proof_ctx *x)
{
	unsigned char	 pn[2];
	size_t		 k, i;

	for (k = 0; k < x->r->nrules; k++) {
		i = x->r->order[k];
		pn[0] = pn[1] = 0;
		proof_pol(x, x->r->rules[i].cond, 0, pn);
		x->pos[i] = pn[0];
		x->neg[i] = pn[1];
	}
}

/* The rules of reduced F_lv true with nothing ticked (none, once loaded). */
static int
proof_zeros(struct proof_ctx *x, size_t lv)
{
	const struct rules *r = x->r;
	size_t		 k, i, n = 0;
	int		 z;

	if ((x->lv_zero[lv] = calloc(r->nrules + 1, sizeof(size_t))) == NULL)
		return (-1);
	for (k = 0; k < r->nrules; k++) {
		i = r->order[k];
		z = cond_eval(r->rules[i].cond, x->zsym, x->zref);
		x->zref[i] = (unsigned char)(r->rules[i].level < x->lim ? 0 : z);
		if (z && r->rules[i].level < x->lim)
			x->lv_zero[lv][n++] = i;
	}
	x->nlv_zero[lv] = n;
	return (0);
}

static void
proof_push(struct proof_ctx *x, size_t rule, size_t *tail)
{
	if (x->touch[rule] == x->gen)
		return;
	x->touch[rule] = x->gen;
	x->queue[(*tail)++] = rule;
}

/*
 * List the rules read as false (level < lim) whose expansion names a
 * symptom of V: up from V through the rules that are expanded.
 */
static void
proof_touch(struct proof_ctx *x)
{
	const struct rules *r = x->r;
	const uint32_t	*users;
	size_t		 head = 0, tail = 0, i, k, n;

	for (i = 0; i < x->nv; i++) {
		users = rules_symptom_users(r, x->v[i], &n);
		for (k = 0; k < n; k++)
			proof_push(x, users[k], &tail);
	}
	while (head < tail) {
		i = x->queue[head++];
		if (r->rules[i].level < x->lim) {
			x->list[x->nlist++] = i;
			continue;
		}
		users = rules_rule_users(r, i, &n);
		for (k = 0; k < n; k++)
			proof_push(x, users[k], &tail);
	}
}

static uint32_t
proof_nomem(struct proof_ctx *x)
{
	x->nomem = 1;
	return (BDD_ERR);
}

/* A symptom: its variable if in V, else false (cleared). */
static uint32_t
proof_leaf(struct proof_ctx *x, size_t s)
{
	if (x->sym_in[s] != x->gen)
		return (BDD_FALSE);
	if (x->sym_vgen[s] != x->gen) {
		x->sym_vgen[s] = x->gen;
		x->sym_var[s] = (uint32_t)x->nvars;
		x->var2sym[x->nvars++] = s;
	}
	return (bdd_var(x->m, x->sym_var[s]));
}

/*
 * The and (or the or) of f[], from the last: when each function's
 * variables come after those of the ones before, a step costs only
 * the size of f[i].
 */
static uint32_t
proof_fold(struct proof_ctx *x, const uint32_t *f, size_t n, int and)
{
	uint32_t	 acc = and ? BDD_TRUE : BDD_FALSE;

	while (n-- > 0)
		acc = and ? bdd_and(x->m, f[n], acc) : bdd_or(x->m, f[n], acc);
	return (acc);
}

static uint32_t	proof_build(struct proof_ctx *, const struct cond *);

static uint32_t
proof_build_kids(struct proof_ctx *x, const struct cond *c)
{
	uint32_t	*b, f;
	size_t		 i;

	if ((b = malloc((c->nkids + 1) * sizeof(*b))) == NULL)
		return (proof_nomem(x));
	for (i = 0; i < c->nkids; i++) {
		if ((b[i] = proof_build(x, c->kids[i])) == BDD_ERR)
			break;
	}
	if (i < c->nkids)
		f = BDD_ERR;
	else if (c->kind == COND_OF)
		f = bdd_atleast(x->m, b, c->nkids, c->need);
	else
		f = proof_fold(x, b, c->nkids, c->kind == COND_AND);
	free(b);
	return (f);
}

/* The BDD of c, expanded and reduced at x->lim, over the symptoms of V. */
static uint32_t
proof_build(struct proof_ctx *x, const struct cond *c)
{
	const struct rule *rule;
	uint32_t	 f;

	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			return (proof_leaf(x, c->index));
		if (c->ref != COND_RULE)
			return (BDD_FALSE);
		rule = &x->r->rules[c->index];
		if (rule->level < x->lim)
			return (BDD_FALSE);
		if (x->memo_gen[c->index] == x->gen)
			return (x->memo[c->index]);
		f = proof_build(x, rule->cond);
		x->memo_gen[c->index] = x->gen;
		x->memo[c->index] = f;
		return (f);
	case COND_NOT:
		return (bdd_not(x->m, proof_build(x, c->kids[0])));
	default:
		return (proof_build_kids(x, c));
	}
}

/*
 * The or of the touched rules (x->list) with neg == want (-1: all), and,
 * unless only negative ones are wanted, of the untouched rules of F_lv
 * that are true with nothing ticked.
 */
static uint32_t
proof_any(struct proof_ctx *x, size_t lv, int want)
{
	uint32_t	*b, f;
	size_t		 i, n = 0, d;

	if ((b = malloc((x->nlist + 1) * sizeof(*b))) == NULL)
		return (proof_nomem(x));
	for (i = 0; i < x->nlist; i++) {
		d = x->list[i];
		if (want >= 0 && x->neg[d] != want)
			continue;
		if ((b[n++] = proof_build(x, x->r->rules[d].cond)) == BDD_ERR)
			break;
	}
	f = i < x->nlist ? BDD_ERR : proof_fold(x, b, n, 0);
	free(b);
	for (i = 0; want != 1 && i < x->nlv_zero[lv]; i++) {
		if (x->touch[x->lv_zero[lv][i]] != x->gen)
			f = bdd_or(x->m, f, BDD_TRUE);
	}
	return (f);
}

/* A smallest set of symptoms satisfying g (not false), ascending. */
static int
proof_witness(struct proof_ctx *x, uint32_t g, size_t **out, size_t *nout)
{
	size_t	 i, n;

	if (bdd_mincard(x->m, g, x->vars, &n) != 0)
		return (-1);
	if ((*out = calloc(n + 1, sizeof(**out))) == NULL)
		return (-1);
	for (i = 0; i < n; i++)
		(*out)[i] = x->var2sym[x->vars[i]];
	qsort(*out, n, sizeof(**out), proof_size_cmp);
	*nout = n;
	return (0);
}

static void
proof_peak(struct proof_ctx *x)
{
	if (bdd_nodes(x->m) > x->p->peak_nodes)
		x->p->peak_nodes = bdd_nodes(x->m);
}

/* After BDD_ERR: out of memory (-1), or over the budget (0)? */
static int
proof_failed(struct proof_ctx *x)
{
	return (x->nomem || bdd_nomem(x->m) ? -1 : 0);
}

/*
 * Counterexamples of F_lv that tick v: P(x) and not P(x + v) and not
 * Q(x + v), over V = S (see (c)).  Keeps the smallest so far.
 */
static int
proof_mono_var(struct proof_ctx *x, size_t lv, uint32_t pf, uint32_t qf,
    size_t v, int *found)
{
	struct bdd	*m = x->m;
	uint32_t	 var, g;
	size_t		*w, n;

	if (x->sym_vgen[v] != x->gen)
		return (0);		/* P does not depend on v */
	var = x->sym_var[v];
	g = bdd_and(m, bdd_not(m, bdd_restrict(m, pf, var, 1)),
	    bdd_not(m, bdd_restrict(m, qf, var, 1)));
	g = bdd_and(m, bdd_restrict(m, pf, var, 0), g);
	if (g == BDD_ERR)
		return (proof_failed(x) != 0 ? -1 : 1);
	if (g == BDD_FALSE)
		return (0);
	*found = 1;
	if (proof_witness(x, g, &w, &n) != 0)
		return (-1);
	if (x->nbest != (size_t)-1 && n >= x->nbest) {
		free(w);
		return (0);
	}
	free(x->best);
	x->best = w;
	x->nbest = n;
	x->best_level = lv;
	x->best_added = v;
	return (0);
}

/* Save the negative symptoms of F_lv, ascending. */
static int
proof_save_negs(struct proof_ctx *x, size_t lv)
{
	size_t	*s;

	if ((s = calloc(x->nnegs + 1, sizeof(*s))) == NULL)
		return (-1);
	memcpy(s, x->negs, x->nnegs * sizeof(*s));
	qsort(s, x->nnegs, sizeof(*s), proof_size_cmp);
	x->lv_neg[lv] = s;
	x->nlv_neg[lv] = x->nnegs;
	return (0);
}

/* The BDD part of the monotonicity of F_lv; *st gets its verdict. */
static int
proof_mono_bdd(struct proof_ctx *x, size_t lv, enum proof_status *st)
{
	uint32_t	 pf, qf;
	size_t		 i;
	int		 found = 0, rc = 0;

	x->p->bdd_checks++;
	if (bdd_reset(x->m) != 0)
		return (-1);
	proof_touch(x);
	pf = proof_any(x, lv, 1);
	qf = proof_any(x, lv, 0);
	if (pf == BDD_ERR || qf == BDD_ERR)
		rc = proof_failed(x) != 0 ? -1 : 1;
	for (i = 0; rc == 0 && i < x->nlv_neg[lv]; i++)
		rc = proof_mono_var(x, lv, pf, qf, x->lv_neg[lv][i], &found);
	proof_peak(x);
	if (rc < 0)
		return (-1);
	if (rc > 0)
		x->undecided = 1;
	*st = found ? PROOF_REFUTED : rc > 0 ? PROOF_TOO_BIG : PROOF_PROVED;
	return (0);
}

/* Is F_lv monotone?  By polarity (b) where it can, else by (c). */
static int
proof_mono_level(struct proof_ctx *x, size_t lv)
{
	const struct rules *r = x->r;
	size_t		 i;

	proof_begin(x, lv + 1);
	proof_polarity(x);
	if (proof_zeros(x, lv) != 0)
		return (-1);
	for (i = 0; i < r->nrules; i++) {
		if (r->rules[i].level <= lv && x->neg[i])
			proof_walk(x, r->rules[i].cond, 0);
	}
	if (proof_save_negs(x, lv) != 0)
		return (-1);
	x->p->levels[lv].mono = PROOF_PROVED;
	if (x->nnegs == 0)
		return (0);
	return (proof_mono_bdd(x, lv, &x->p->levels[lv].mono));
}

/* Answers before (0) and after (1) the added symptom. */
struct proof_states {
	unsigned char	*sym[2];
	unsigned char	*fired[2];
};

/*
 * In c, true before and false after, a 'not' that turned false; its
 * rule goes to *rule.  follow: look inside the rules c names too.
 */
static const struct cond *
proof_drop(const struct rules *r, const struct proof_states *st,
    const struct cond *c, int follow, size_t *rule)
{
	const struct cond *d;
	size_t		 i, was = *rule;

	switch (c->kind) {
	case COND_NAME:
		if (!follow || c->ref != COND_RULE)
			return (NULL);
		*rule = c->index;
		return (proof_drop(r, st, r->rules[c->index].cond, 1, rule));
	case COND_NOT:
		return (c);
	default:
		for (i = 0; i < c->nkids; i++) {
			if (!cond_eval(c->kids[i], st->sym[0], st->fired[0]) ||
			    cond_eval(c->kids[i], st->sym[1], st->fired[1]))
				continue;
			if ((d = proof_drop(r, st, c->kids[i], follow, rule)) !=
			    NULL)
				return (d);
			*rule = was;
		}
		return (NULL);
	}
}

/*
 * Which rule of level 'before' stopped, and the 'not' that did it.
 * Returns -1 when there is none, which would be a bug.
 */
static int
proof_cause(const struct rules *r, const struct proof_states *st,
    struct proof_cex *cex)
{
	const struct cond *d = NULL;
	size_t		 i;

	for (i = 0; i < r->nrules; i++) {
		if (r->rules[i].level == cex->before && st->fired[0][i] &&
		    !st->fired[1][i])
			break;
	}
	if (i == r->nrules)
		return (-1);	/* level(x) was lost, so one stopped */
	cex->lost = cex->cause = i;
	if ((d = proof_drop(r, st, r->rules[i].cond, 0, &cex->cause)) == NULL)
		d = proof_drop(r, st, r->rules[i].cond, 1, &cex->cause);
	if (d == NULL)
		return (-1);	/* only a 'not' can turn a tick into false */
	cex->col = d->col;
	return (0);
}

/* Fill in the counterexample, checked with eval_full. */
static int
proof_cex(struct proof_ctx *x)
{
	const struct rules *r = x->r;
	struct proof_cex *cex = &x->p->cex;
	struct proof_states st;
	size_t		 i, lv = x->best_level;
	int		 rc = -1;

	st.sym[0] = calloc(r->nsymptoms + 1, 1);
	st.sym[1] = calloc(r->nsymptoms + 1, 1);
	st.fired[0] = calloc(r->nrules + 1, 1);
	st.fired[1] = calloc(r->nrules + 1, 1);
	if (st.sym[0] == NULL || st.sym[1] == NULL || st.fired[0] == NULL ||
	    st.fired[1] == NULL)
		goto out_free;
	for (i = 0; i < x->nbest; i++)
		st.sym[0][x->best[i]] = st.sym[1][x->best[i]] = 1;
	st.sym[1][x->best_added] = 1;
	eval_full(r, st.sym[0], st.fired[0]);
	eval_full(r, st.sym[1], st.fired[1]);
	cex->before = rules_highest(r, st.fired[0]);
	cex->after = rules_highest(r, st.fired[1]);
	if (st.sym[0][x->best_added] || cex->before > lv ||
	    (cex->after != EVAL_NONE && cex->after <= lv) ||
	    (!x->undecided && cex->before != lv)) {
		x->bug = 1;	/* the BDD and eval_full disagree */
		goto out_free;
	}
	cex->x = x->best;
	cex->nx = x->nbest;
	cex->added = x->best_added;
	cex->smallest = !x->undecided;
	x->best = NULL;
	if (proof_cause(r, &st, cex) != 0) {
		x->bug = 1;
		goto out_free;
	}
	rc = 0;
out_free:
	free(st.sym[0]);
	free(st.sym[1]);
	free(st.fired[0]);
	free(st.fired[1]);
	return (rc);
}

static void
proof_verify(struct proof_ctx *x, size_t rule, const struct proof_check *c,
    int top)
{
	size_t	 i;
	int	 ok;

	if (c->status != PROOF_PROVED)
		return;
	for (i = 0; i < c->nx; i++)
		eval_set(x->ev, c->x[i], 1);
	ok = x->ev->fired[rule] && (!top ||
	    eval_highest(x->ev) == x->r->rules[rule].level);
	for (i = 0; i < c->nx; i++)
		eval_set(x->ev, c->x[i], 0);
	if (!ok)
		x->bug = 1;	/* the BDD and the evaluator disagree */
}

/* Decide g: false, or a smallest witness. */
static int
proof_decide(struct proof_ctx *x, uint32_t g, struct proof_check *out)
{
	proof_peak(x);
	if (g == BDD_ERR) {
		out->status = PROOF_TOO_BIG;
		return (proof_failed(x));
	}
	if (g == BDD_FALSE) {
		out->status = PROOF_REFUTED;
		return (0);
	}
	out->status = PROOF_PROVED;
	return (proof_witness(x, g, &out->x, &out->nx));
}

/*
 * Can rule i fire with every rule of a level below lim false (lim 0:
 * can it fire at all)?  See (d).
 */
static int
proof_rule_check(struct proof_ctx *x, size_t i, size_t lim,
    struct proof_check *out)
{
	const struct rule *rule = &x->r->rules[i];
	uint32_t	 f;
	size_t		 k, lv = lim - 1;

	proof_begin(x, lim);
	proof_walk(x, rule->cond, 0);
	for (k = 0; lim > 0 && x->p->levels[lv].mono != PROOF_PROVED &&
	    k < x->nlv_neg[lv]; k++)
		proof_add_sym(x, x->lv_neg[lv][k], 0);
	out->bdd = 1;
	x->p->bdd_checks++;
	if (bdd_reset(x->m) != 0)
		return (-1);
	f = proof_build(x, rule->cond);
	if (lim > 0) {
		proof_touch(x);
		f = bdd_and(x->m, f, bdd_not(x->m, proof_any(x, lv, -1)));
	}
	return (proof_decide(x, f, out));
}

static int
proof_copy(const struct proof_check *from, struct proof_check *to)
{
	to->status = from->status;
	to->nx = from->nx;
	if (from->x == NULL)
		return (0);
	if ((to->x = calloc(from->nx + 1, sizeof(*to->x))) == NULL)
		return (-1);
	memcpy(to->x, from->x, from->nx * sizeof(*to->x));
	return (0);
}

static int
proof_rule(struct proof_ctx *x, size_t i)
{
	struct proof_rule *pr = &x->p->rules[i];
	size_t		 lv = x->r->rules[i].level;

	if (proof_rule_check(x, i, 0, &pr->fire) != 0)
		return (-1);
	proof_verify(x, i, &pr->fire, 0);
	if (lv == 0)		/* nothing is more urgent: the same question */
		return (proof_copy(&pr->fire, &pr->top));
	if (proof_rule_check(x, i, lv, &pr->top) != 0)
		return (-1);
	proof_verify(x, i, &pr->top, 1);
	return (0);
}

/* A level is reached when one of its rules can be the most urgent. */
static void
proof_reach(struct proof *p, const struct rules *r)
{
	struct proof_level *pl;
	const struct proof_check *c, *best;
	size_t		 i;

	for (i = 0; i < p->nlevels; i++) {
		p->levels[i].reach = PROOF_REFUTED;
		p->levels[i].rule = (size_t)-1;
	}
	for (i = 0; i < r->nrules; i++) {
		pl = &p->levels[r->rules[i].level];
		c = &p->rules[i].top;
		if (c->status == PROOF_TOO_BIG && pl->reach == PROOF_REFUTED)
			pl->reach = PROOF_TOO_BIG;
		if (c->status != PROOF_PROVED)
			continue;
		best = pl->rule == (size_t)-1 ? NULL : &p->rules[pl->rule].top;
		pl->reach = PROOF_PROVED;
		if (best == NULL || c->nx < best->nx)
			pl->rule = i;
	}
}

/* The whole of monotonicity: every level, then the counterexample. */
static int
proof_mono(struct proof_ctx *x)
{
	struct proof	*p = x->p;
	size_t		 lv;

	p->mono = PROOF_PROVED;
	for (lv = 0; lv < p->nlevels; lv++) {
		if (proof_mono_level(x, lv) != 0)
			return (-1);
		if (p->levels[lv].mono == PROOF_REFUTED)
			p->mono = PROOF_REFUTED;
		else if (p->levels[lv].mono == PROOF_TOO_BIG &&
		    p->mono == PROOF_PROVED)
			p->mono = PROOF_TOO_BIG;
	}
	if (p->mono != PROOF_REFUTED)
		return (0);
	return (proof_cex(x));
}

static void
proof_ctx_free(struct proof_ctx *x)
{
	size_t	 i;

	bdd_free(x->m);
	eval_free(x->ev);
	free(x->sym_in);
	free(x->sym_neg);
	free(x->sym_vgen);
	free(x->sym_var);
	free(x->zsym);
	free(x->seen[0]);
	free(x->seen[1]);
	free(x->touch);
	free(x->memo_gen);
	free(x->memo);
	free(x->pos);
	free(x->neg);
	free(x->zref);
	free(x->v);
	free(x->negs);
	free(x->queue);
	free(x->list);
	free(x->var2sym);
	free(x->vars);
	for (i = 0; i < x->r->nlevels; i++) {
		if (x->lv_neg != NULL)
			free(x->lv_neg[i]);
		if (x->lv_zero != NULL)
			free(x->lv_zero[i]);
	}
	free(x->lv_neg);
	free(x->nlv_neg);
	free(x->lv_zero);
	free(x->nlv_zero);
	free(x->best);
}

/* The arrays with an entry for each symptom, and one more. */
static int
proof_ctx_symptoms(struct proof_ctx *x, size_t ns)
{
	x->sym_in = calloc(ns, sizeof(unsigned long));
	x->sym_neg = calloc(ns, sizeof(unsigned long));
	x->sym_vgen = calloc(ns, sizeof(unsigned long));
	x->sym_var = calloc(ns, sizeof(uint32_t));
	x->zsym = calloc(ns, 1);
	x->v = calloc(ns, sizeof(size_t));
	x->negs = calloc(ns, sizeof(size_t));
	x->var2sym = calloc(ns, sizeof(size_t));
	x->vars = calloc(ns, sizeof(uint32_t));
	return (x->sym_in == NULL || x->sym_neg == NULL ||
	    x->sym_vgen == NULL || x->sym_var == NULL || x->zsym == NULL ||
	    x->v == NULL || x->negs == NULL || x->var2sym == NULL ||
	    x->vars == NULL ? -1 : 0);
}

/* The arrays with an entry for each rule, and one more. */
static int
proof_ctx_rules(struct proof_ctx *x, size_t nr)
{
	x->seen[0] = calloc(nr, sizeof(unsigned long));
	x->seen[1] = calloc(nr, sizeof(unsigned long));
	x->touch = calloc(nr, sizeof(unsigned long));
	x->memo_gen = calloc(nr, sizeof(unsigned long));
	x->memo = calloc(nr, sizeof(uint32_t));
	x->pos = calloc(nr, 1);
	x->neg = calloc(nr, 1);
	x->zref = calloc(nr, 1);
	x->queue = calloc(nr, sizeof(size_t));
	x->list = calloc(nr, sizeof(size_t));
	return (x->seen[0] == NULL || x->seen[1] == NULL ||
	    x->touch == NULL || x->memo_gen == NULL || x->memo == NULL ||
	    x->pos == NULL || x->neg == NULL || x->zref == NULL ||
	    x->queue == NULL || x->list == NULL ? -1 : 0);
}

/* The arrays with an entry for each level, and one more. */
static int
proof_ctx_levels(struct proof_ctx *x, size_t nl)
{
	x->lv_neg = calloc(nl, sizeof(size_t *));
	x->nlv_neg = calloc(nl, sizeof(size_t));
	x->lv_zero = calloc(nl, sizeof(size_t *));
	x->nlv_zero = calloc(nl, sizeof(size_t));
	return (x->lv_neg == NULL || x->nlv_neg == NULL ||
	    x->lv_zero == NULL || x->nlv_zero == NULL ? -1 : 0);
}

/*
 * Everything the proof of r works with.  Returns 0, or -1 out of
 * memory; proof_ctx_free gives back what was taken either way.
 */
static int
proof_ctx_init(struct proof_ctx *x, const struct rules *r,
    const struct proof_opts *o, struct proof *p)
{
	size_t	 max = o != NULL && o->max_nodes > 0 ? o->max_nodes :
		    PROOF_MAX_NODES;

	memset(x, 0, sizeof(*x));
	x->r = r;
	x->p = p;
	x->nbest = (size_t)-1;
	x->m = bdd_new(max);
	p->max_nodes = max;
	x->ev = eval_new(r);
	if (x->m == NULL || x->ev == NULL ||
	    proof_ctx_symptoms(x, r->nsymptoms + 1) != 0 ||
	    proof_ctx_rules(x, r->nrules + 1) != 0 ||
	    proof_ctx_levels(x, r->nlevels + 1) != 0)
		return (-1);
	return (0);
}

/*
 * Prove what proof.h says about r into p.  PROOF_BUG: a witness or
 * counterexample does not hold in the evaluator.  On an error p is
 * empty.
 */
enum proof_result
proof_run(const struct rules *r, const struct proof_opts *o,
    struct proof *p)
{
	struct proof_ctx x;
	size_t		 i;
	enum proof_result rc = PROOF_NOMEM;

	memset(p, 0, sizeof(*p));
	p->nrules = r->nrules;
	p->nlevels = r->nlevels;
	p->checks = r->nlevels + 2 * r->nrules;
	p->rules = calloc(r->nrules + 1, sizeof(*p->rules));
	p->levels = calloc(r->nlevels + 1, sizeof(*p->levels));
	if (proof_ctx_init(&x, r, o, p) != 0 || p->rules == NULL ||
	    p->levels == NULL)
		goto out_free;
	if (proof_mono(&x) != 0)
		goto out_free;
	for (i = 0; i < r->nrules; i++) {
		if (proof_rule(&x, i) != 0)
			goto out_free;
	}
	proof_reach(p, r);
	rc = PROOF_OK;
out_free:
	if (x.bug)
		rc = PROOF_BUG;
	proof_ctx_free(&x);
	if (rc != 0)
		proof_free(p);
	return (rc);
}

void
proof_free(struct proof *p)
{
	size_t	 i;

	for (i = 0; p->rules != NULL && i < p->nrules; i++) {
		free(p->rules[i].fire.x);
		free(p->rules[i].top.x);
	}
	free(p->rules);
	free(p->levels);
	free(p->cex.x);
	memset(p, 0, sizeof(*p));
}
