/*
 * eval.c: incremental evaluation.  Rules are kept in an order where each
 * comes after the rules it names (rules->order), so a change can be
 * pushed through a heap keyed by that order: every affected rule is
 * evaluated once, after everything it depends on.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "prog.h"

struct eval *
eval_new(const struct rules *r)
{
	struct eval	*ev;
	size_t		 ns = r->nsymptoms + 1, nr = r->nrules + 1;

	if ((ev = calloc(1, sizeof(*ev))) == NULL)
		return (NULL);
	ev->r = r;
	ev->checked = calloc(ns, 1);
	ev->said_no = calloc(ns, 1);
	ev->fired = calloc(nr, 1);
	ev->queued = calloc(nr, 1);
	ev->fired_list = calloc(nr, sizeof(size_t));
	ev->fired_pos = calloc(nr, sizeof(size_t));
	ev->heap = calloc(nr, sizeof(size_t));
	ev->level_count = calloc(r->nlevels + 1, sizeof(size_t));
	ev->p = prog_build(r);
	if (ev->p == NULL || ev->checked == NULL || ev->said_no == NULL ||
	    ev->fired == NULL ||
	    ev->queued == NULL ||
	    ev->fired_list == NULL || ev->fired_pos == NULL ||
	    ev->heap == NULL || ev->level_count == NULL) {
		eval_free(ev);
		return (NULL);
	}
	return (ev);
}

void
eval_free(struct eval *ev)
{
	if (ev == NULL)
		return;
	free(ev->checked);
	free(ev->said_no);
	free(ev->fired);
	free(ev->queued);
	free(ev->fired_list);
	free(ev->fired_pos);
	free(ev->heap);
	free(ev->level_count);
	prog_free(ev->p);
	free(ev);
}

static size_t
eval_key(const struct eval *ev, size_t i)
{
	return (ev->p->rules[ev->heap[i]].topo);
}

static void
eval_swap(struct eval *ev, size_t a, size_t b)
{
	size_t	 t = ev->heap[a];

	ev->heap[a] = ev->heap[b];
	ev->heap[b] = t;
}

static void
eval_push(struct eval *ev, size_t rule)
{
	size_t	 i;

	if (ev->queued[rule])
		return;
	ev->queued[rule] = 1;
	i = ev->nheap++;
	ev->heap[i] = rule;
	while (i > 0 && eval_key(ev, (i - 1) / 2) > eval_key(ev, i)) {
		eval_swap(ev, i, (i - 1) / 2);
		i = (i - 1) / 2;
	}
}

static size_t
eval_pop(struct eval *ev)
{
	size_t	 top = ev->heap[0], i = 0, c;

	ev->heap[0] = ev->heap[--ev->nheap];
	for (;;) {
		c = 2 * i + 1;
		if (c >= ev->nheap)
			break;
		if (c + 1 < ev->nheap && eval_key(ev, c + 1) < eval_key(ev, c))
			c++;
		if (eval_key(ev, i) <= eval_key(ev, c))
			break;
		eval_swap(ev, i, c);
		i = c;
	}
	ev->queued[top] = 0;
	return (top);
}

static void
eval_mark(struct eval *ev, size_t rule, int on)
{
	size_t	 level = ev->p->rules[rule].level, last;

	ev->fired[rule] = (unsigned char)on;
	if (on) {
		ev->fired_pos[rule] = ev->nfired;
		ev->fired_list[ev->nfired++] = rule;
		ev->level_count[level]++;
		return;
	}
	last = ev->fired_list[--ev->nfired];
	ev->fired_list[ev->fired_pos[rule]] = last;
	ev->fired_pos[last] = ev->fired_pos[rule];
	ev->level_count[level]--;
}

/* Re-evaluate queued rules; returns how many changed state. */
static size_t
eval_run(struct eval *ev)
{
	const struct prog_rule *rule;
	size_t		 i, k, changed = 0;
	int		 now;

	while (ev->nheap > 0) {
		i = eval_pop(ev);
		rule = &ev->p->rules[i];
		now = prog_eval(ev->p, (uint32_t)i, ev->checked, ev->fired);
		if (now == ev->fired[i])
			continue;
		eval_mark(ev, i, now);
		changed++;
		for (k = rule->users; k < rule->end; k++)
			eval_push(ev, ev->r->users[k]);
	}
	return (changed);
}

/* Set a symptom's yes, which the rules read. */
static size_t
eval_set_yes(struct eval *ev, size_t sym, int on)
{
	const uint32_t	*at = ev->r->users_at;
	size_t		 k;

	if (ev->checked[sym] == on)
		return (0);
	ev->checked[sym] = (unsigned char)on;
	if (on)
		ev->nchecked++;
	else
		ev->nchecked--;
	for (k = at[sym]; k < at[sym + 1]; k++)
		eval_push(ev, ev->r->users[k]);
	return (eval_run(ev));
}

/*
 * Answer a symptom yes or no, or take its answer back (not asked).
 * Returns how many rules changed: only a change to or from yes can
 * change one.
 */
size_t
eval_answer(struct eval *ev, size_t sym, enum eval_answer a)
{
	int	 no = a == EVAL_NO;

	if (ev->said_no[sym] != no) {
		ev->said_no[sym] = (unsigned char)no;
		if (no)
			ev->nno++;
		else
			ev->nno--;
	}
	return (eval_set_yes(ev, sym, a == EVAL_YES));
}

enum eval_answer
eval_state(const struct eval *ev, size_t sym)
{
	if (ev->checked[sym])
		return (EVAL_YES);
	return (ev->said_no[sym] ? EVAL_NO : EVAL_NOT_ASKED);
}

/* How many symptoms have no answer. */
size_t
eval_not_asked(const struct eval *ev)
{
	return (ev->r->nsymptoms - ev->nchecked - ev->nno);
}

/* Tick (on: yes) or clear (not asked) a symptom, as eval_answer. */
size_t
eval_set(struct eval *ev, size_t sym, int on)
{
	return (eval_answer(ev, sym, on ? EVAL_YES : EVAL_NOT_ASKED));
}

/* A yes is cleared; anything else becomes a yes. */
size_t
eval_toggle(struct eval *ev, size_t sym)
{
	return (eval_set(ev, sym, !ev->checked[sym]));
}

/* Take back every answer, yes and no. */
void
eval_clear(struct eval *ev)
{
	size_t	 i;

	for (i = 0; i < ev->r->nsymptoms && ev->nchecked + ev->nno > 0; i++)
		eval_answer(ev, i, EVAL_NOT_ASKED);
}

static int
eval_cmp(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return (x < y ? -1 : x > y);
}

/*
 * Fill out (room for nfired entries) with the fired rules, most urgent
 * level first, then in file order.  Returns how many.
 */
size_t
eval_list(const struct eval *ev, size_t *out)
{
	size_t	 i, n = ev->nfired, nr = ev->r->nrules;

	for (i = 0; i < n; i++)
		out[i] = ev->r->rules[ev->fired_list[i]].level * nr +
		    ev->fired_list[i];
	qsort(out, n, sizeof(*out), eval_cmp);
	for (i = 0; i < n; i++)
		out[i] %= nr;
	return (n);
}

/* The most urgent level with a fired rule, or EVAL_NONE. */
size_t
eval_highest(const struct eval *ev)
{
	size_t	 i;

	for (i = 0; i < ev->r->nlevels; i++) {
		if (ev->level_count[i] > 0)
			return (i);
	}
	return (EVAL_NONE);
}

/* One explanation of fired rules (see eval_because). */
struct eval_why {
	const struct eval *ev;
	size_t		*out;
	size_t		 n;
	size_t		 cap;
	unsigned long	*seen;		/* per rule: the call that explained it */
	unsigned long	 call;
};

static void	eval_why_true(struct eval_why *, const struct cond *);

static void
eval_why_add(struct eval_why *w, size_t sym)
{
	size_t	 i;

	for (i = 0; i < w->n; i++) {
		if (w->out[i] == sym)
			return;
	}
	if (w->n < w->cap)
		w->out[w->n++] = sym;
}

static int
eval_why_value(const struct eval_why *w, const struct cond *c)
{
	return (cond_eval(c, w->ev->checked, w->ev->fired));
}

/* The ticked answers that make c (which is false) false. */
static void
eval_why_false(struct eval_why *w, const struct cond *c)
{
	size_t	 i;

	switch (c->kind) {
	case COND_NAME:
		return;		/* an unticked box, or a rule not fired */
	case COND_NOT:
		eval_why_true(w, c->kids[0]);
		return;
	default:
		for (i = 0; i < c->nkids; i++) {
			if (!eval_why_value(w, c->kids[i]))
				eval_why_false(w, c->kids[i]);
		}
	}
}

/* The ticked answers that make c (which is true) true. */
static void
eval_why_true(struct eval_why *w, const struct cond *c)
{
	size_t	 i;

	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			eval_why_add(w, c->index);
		else if (w->seen[c->index] != w->call) {
			/* a rule gives the same answers wherever it is named */
			w->seen[c->index] = w->call;
			eval_why_true(w, w->ev->r->rules[c->index].cond);
		}
		return;
	case COND_NOT:
		eval_why_false(w, c->kids[0]);
		return;
	default:
		for (i = 0; i < c->nkids; i++) {
			if (eval_why_value(w, c->kids[i]))
				eval_why_true(w, c->kids[i]);
		}
	}
}

/*
 * eval_because with the rules seen marked call in seen (one entry per
 * rule), which is 0 or marks of earlier calls.
 */
static size_t
eval_why(const struct eval *ev, size_t rule, size_t *out, size_t cap,
    unsigned long *seen, unsigned long call)
{
	struct eval_why	 w;

	w.ev = ev;
	w.out = out;
	w.n = 0;
	w.cap = cap;
	w.seen = seen;
	w.call = call;
	if (ev->fired[rule])
		eval_why_true(&w, ev->r->rules[rule].cond);
	qsort(out, w.n, sizeof(*out), eval_cmp);
	return (w.n);
}

/*
 * The ticked symptoms that make a fired rule fire, in file order; at
 * most cap of them go to out, and their number to *n.  Returns 0, or
 * -1 when out of memory.
 */
int
eval_because(const struct eval *ev, size_t rule, size_t *out, size_t cap,
    size_t *n)
{
	unsigned long	*seen;

	if ((seen = calloc(ev->r->nrules + 1, sizeof(*seen))) == NULL)
		return (-1);
	*n = eval_why(ev, rule, out, cap, seen, 1);
	free(seen);
	return (0);
}

/*
 * For every symptom, the most urgent level among the fired rules it
 * helps to fire, or EVAL_NONE: marks gets one entry per symptom.
 * Returns 0, or -1 when out of memory.
 */
int
eval_marks(const struct eval *ev, size_t *marks)
{
	size_t		 i, k, n, level, *tmp;
	unsigned long	*seen;
	int		 rc = -1;

	for (i = 0; i < ev->r->nsymptoms; i++)
		marks[i] = EVAL_NONE;
	if (ev->nfired == 0)
		return (0);
	tmp = malloc((ev->nchecked + 1) * sizeof(*tmp));
	seen = calloc(ev->r->nrules + 1, sizeof(*seen));
	if (tmp == NULL || seen == NULL)
		goto out_free;
	for (i = 0; i < ev->nfired; i++) {
		level = ev->r->rules[ev->fired_list[i]].level;
		n = eval_why(ev, ev->fired_list[i], tmp, ev->nchecked, seen,
		    i + 1);
		for (k = 0; k < n; k++) {
			if (marks[tmp[k]] == EVAL_NONE || level < marks[tmp[k]])
				marks[tmp[k]] = level;
		}
	}
	rc = 0;
out_free:
	free(tmp);
	free(seen);
	return (rc);
}

/*
 * Evaluate every rule from scratch, for checking the incremental
 * results: fired gets one byte per rule.
 */
void
eval_full(const struct rules *r, const unsigned char *checked,
    unsigned char *fired)
{
	size_t	 k, i;

	memset(fired, 0, r->nrules);
	for (k = 0; k < r->nrules; k++) {
		i = r->order[k];
		fired[i] = (unsigned char)cond_eval(r->rules[i].cond, checked,
		    fired);
	}
}
