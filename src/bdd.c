/*
 * bdd.c: a small BDD manager.  Nodes live in one array, each made after
 * its two children, so an index is larger than the indexes below it;
 * 0 and 1 are the constants.  A hash table keeps one node per (var, lo,
 * hi), which makes equal functions equal indexes, and a direct-mapped
 * cache remembers recent operations.  Everything is sized from small
 * and grows with the problem; a reset shrinks it again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bdd.h"

#define BDD_NONE	UINT32_MAX	/* end of a hash chain; a constant's var */
#define BDD_SMALL	1024		/* starting size of every array */
#define BDD_MAX_CACHE	((size_t)1 << 20)
#define BDD_RESTRICT	(UINT32_MAX - 2) /* cache tag; + value */
#define BDD_INF		UINT32_MAX	/* no satisfying path */

struct bdd_node {
	uint32_t	 var;
	uint32_t	 lo;		/* the variable false */
	uint32_t	 hi;		/* the variable true */
	uint32_t	 next;		/* in the hash chain */
};

struct bdd_entry {
	uint32_t	 f;		/* BDD_ERR when empty */
	uint32_t	 g;
	uint32_t	 h;
	uint32_t	 r;
};

struct bdd {
	struct bdd_node	*nodes;
	size_t		 n;
	size_t		 cap;
	size_t		 max;		/* the node budget */
	uint32_t	*heads;		/* hash chains, nheads of them */
	size_t		 nheads;	/* a power of two, at least n */
	struct bdd_entry *cache;
	size_t		 ncache;	/* a power of two */
	uint32_t	*cost;		/* bdd_mincard's, per node */
	size_t		 ncost;
	int		 nomem;
};

static size_t
bdd_hash(uint32_t a, uint32_t b, uint32_t c)
{
	uint64_t	 h;

	h = a * 0x9e3779b97f4a7c15ULL;
	h = (h ^ b) * 0xc2b2ae3d27d4eb4fULL;
	h = (h ^ c) * 0x165667b19e3779f9ULL;
	return ((size_t)(h ^ (h >> 29)));
}

static void
bdd_clear(struct bdd *m)
{
	size_t	 i;

	memset(m->heads, 0xff, m->nheads * sizeof(*m->heads));
	for (i = 0; i < m->ncache; i++)
		m->cache[i].f = BDD_ERR;
	m->nodes[0].var = m->nodes[1].var = BDD_NONE;
	m->nodes[0].lo = m->nodes[0].hi = 0;
	m->nodes[1].lo = m->nodes[1].hi = 1;
	m->n = 2;
	m->nomem = 0;
}

/* (Re)allocate every array at its starting size. */
static int
bdd_alloc(struct bdd *m)
{
	free(m->nodes);
	free(m->heads);
	free(m->cache);
	m->cap = m->nheads = m->ncache = BDD_SMALL;
	m->nodes = malloc(m->cap * sizeof(*m->nodes));
	m->heads = malloc(m->nheads * sizeof(*m->heads));
	m->cache = malloc(m->ncache * sizeof(*m->cache));
	if (m->nodes == NULL || m->heads == NULL || m->cache == NULL)
		return (-1);
	bdd_clear(m);
	return (0);
}

/* A manager allowing max nodes (the constants included) per problem. */
struct bdd *
bdd_new(size_t max)
{
	struct bdd	*m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return (NULL);
	if (max < 2)
		max = 2;
	if (max > UINT32_MAX / 2)
		max = UINT32_MAX / 2;
	m->max = max;
	if (bdd_alloc(m) != 0) {
		bdd_free(m);
		return (NULL);
	}
	return (m);
}

void
bdd_free(struct bdd *m)
{
	if (m == NULL)
		return;
	free(m->nodes);
	free(m->heads);
	free(m->cache);
	free(m->cost);
	free(m);
}

/* Forget every node but the constants.  Returns -1 when out of memory. */
int
bdd_reset(struct bdd *m)
{
	if (m->nheads > 4 * BDD_SMALL)
		return (bdd_alloc(m));
	bdd_clear(m);
	return (0);
}

int
bdd_nomem(const struct bdd *m)
{
	return (m->nomem);
}

size_t
bdd_nodes(const struct bdd *m)
{
	return (m->n);
}

static uint32_t
bdd_fail(struct bdd *m)
{
	m->nomem = 1;
	return (BDD_ERR);
}

/* Double the hash table, and the cache with it up to its limit. */
static int
bdd_grow_table(struct bdd *m)
{
	uint32_t	*heads;
	struct bdd_entry *cache;
	size_t		 i, h, n = m->nheads * 2;

	if ((heads = malloc(n * sizeof(*heads))) == NULL)
		return (-1);
	free(m->heads);
	m->heads = heads;
	m->nheads = n;
	memset(heads, 0xff, n * sizeof(*heads));
	for (i = 2; i < m->n; i++) {
		h = bdd_hash(m->nodes[i].var, m->nodes[i].lo, m->nodes[i].hi) &
		    (n - 1);
		m->nodes[i].next = heads[h];
		heads[h] = (uint32_t)i;
	}
	if (m->ncache >= BDD_MAX_CACHE)
		return (0);
	if ((cache = realloc(m->cache, 2 * m->ncache * sizeof(*cache))) == NULL)
		return (-1);
	m->cache = cache;
	m->ncache *= 2;
	for (i = 0; i < m->ncache; i++)
		m->cache[i].f = BDD_ERR;
	return (0);
}

static int
bdd_grow_nodes(struct bdd *m)
{
	struct bdd_node	*nodes;
	size_t		 cap = m->cap * 2;

	if (cap > m->max)
		cap = m->max;
	if ((nodes = realloc(m->nodes, cap * sizeof(*nodes))) == NULL)
		return (-1);
	m->nodes = nodes;
	m->cap = cap;
	return (0);
}

/* The node (var, lo, hi), made unless it exists. */
static uint32_t
bdd_mk(struct bdd *m, uint32_t var, uint32_t lo, uint32_t hi)
{
	struct bdd_node	*p;
	size_t		 h;
	uint32_t	 i;

	if (lo == hi)
		return (lo);
	h = bdd_hash(var, lo, hi) & (m->nheads - 1);
	for (i = m->heads[h]; i != BDD_NONE; i = m->nodes[i].next) {
		p = &m->nodes[i];
		if (p->var == var && p->lo == lo && p->hi == hi)
			return (i);
	}
	if (m->n >= m->max)
		return (BDD_ERR);
	if (m->n == m->cap && bdd_grow_nodes(m) != 0)
		return (bdd_fail(m));
	if (m->n == m->nheads) {
		if (bdd_grow_table(m) != 0)
			return (bdd_fail(m));
		h = bdd_hash(var, lo, hi) & (m->nheads - 1);
	}
	p = &m->nodes[m->n];
	p->var = var;
	p->lo = lo;
	p->hi = hi;
	p->next = m->heads[h];
	m->heads[h] = (uint32_t)m->n;
	return ((uint32_t)m->n++);
}

uint32_t
bdd_var(struct bdd *m, uint32_t var)
{
	if (var >= BDD_MAX_VARS)
		return (BDD_ERR);
	return (bdd_mk(m, var, BDD_FALSE, BDD_TRUE));
}

static struct bdd_entry *
bdd_slot(struct bdd *m, uint32_t f, uint32_t g, uint32_t h)
{
	return (&m->cache[bdd_hash(f, g, h) & (m->ncache - 1)]);
}

static uint32_t
bdd_top(const struct bdd *m, uint32_t f)
{
	return (m->nodes[f].var);
}

/* f with var set to side, where var is at or above f's top. */
static uint32_t
bdd_cofactor(const struct bdd *m, uint32_t f, uint32_t var, int side)
{
	if (m->nodes[f].var != var)
		return (f);
	return (side ? m->nodes[f].hi : m->nodes[f].lo);
}

/* If f then g else h: every other operation is one of these. */
uint32_t
bdd_ite(struct bdd *m, uint32_t f, uint32_t g, uint32_t h)
{
	struct bdd_entry *e;
	uint32_t	 v, t, x;

	if (f == BDD_ERR || g == BDD_ERR || h == BDD_ERR)
		return (BDD_ERR);
	if (f == BDD_TRUE || g == h)
		return (g);
	if (f == BDD_FALSE)
		return (h);
	if (g == BDD_TRUE && h == BDD_FALSE)
		return (f);
	e = bdd_slot(m, f, g, h);
	if (e->f == f && e->g == g && e->h == h)
		return (e->r);
	v = bdd_top(m, f);
	if (bdd_top(m, g) < v)
		v = bdd_top(m, g);
	if (bdd_top(m, h) < v)
		v = bdd_top(m, h);
	t = bdd_ite(m, bdd_cofactor(m, f, v, 1), bdd_cofactor(m, g, v, 1),
	    bdd_cofactor(m, h, v, 1));
	if (t == BDD_ERR)
		return (BDD_ERR);
	x = bdd_ite(m, bdd_cofactor(m, f, v, 0), bdd_cofactor(m, g, v, 0),
	    bdd_cofactor(m, h, v, 0));
	if (x == BDD_ERR || (x = bdd_mk(m, v, x, t)) == BDD_ERR)
		return (BDD_ERR);
	e = bdd_slot(m, f, g, h);	/* the cache may have moved */
	e->f = f;
	e->g = g;
	e->h = h;
	e->r = x;
	return (x);
}

uint32_t
bdd_not(struct bdd *m, uint32_t f)
{
	return (bdd_ite(m, f, BDD_FALSE, BDD_TRUE));
}

uint32_t
bdd_and(struct bdd *m, uint32_t f, uint32_t g)
{
	return (bdd_ite(m, f, g, BDD_FALSE));
}

uint32_t
bdd_or(struct bdd *m, uint32_t f, uint32_t g)
{
	return (bdd_ite(m, f, BDD_TRUE, g));
}

/* f with variable var fixed to value (0 or 1). */
uint32_t
bdd_restrict(struct bdd *m, uint32_t f, uint32_t var, int value)
{
	struct bdd_entry *e;
	uint32_t	 tag = BDD_RESTRICT + (value != 0), lo, hi;

	if (f == BDD_ERR || f <= BDD_TRUE || bdd_top(m, f) > var)
		return (f);
	if (bdd_top(m, f) == var)
		return (value ? m->nodes[f].hi : m->nodes[f].lo);
	e = bdd_slot(m, f, var, tag);
	if (e->f == f && e->g == var && e->h == tag)
		return (e->r);
	lo = bdd_restrict(m, m->nodes[f].lo, var, value);
	hi = bdd_restrict(m, m->nodes[f].hi, var, value);
	if (lo == BDD_ERR || hi == BDD_ERR ||
	    (lo = bdd_mk(m, bdd_top(m, f), lo, hi)) == BDD_ERR)
		return (BDD_ERR);
	e = bdd_slot(m, f, var, tag);
	e->f = f;
	e->g = var;
	e->h = tag;
	e->r = lo;
	return (lo);
}

/* Add the function f in front of the counts a[1..top]. */
static uint32_t
bdd_atleast_add(struct bdd *m, uint32_t *a, uint32_t f, size_t top)
{
	size_t	 j;

	for (j = top; j > 0; j--) {
		if ((a[j] = bdd_ite(m, f, a[j - 1], a[j])) == BDD_ERR)
			return (BDD_ERR);
	}
	return (BDD_TRUE);
}

/*
 * At least k of the n functions f[]: a[j] is "at least j of f[i..n-1]",
 * built from the last function back, so a[j] = ite(f[i], a[j-1], a[j]).
 */
uint32_t
bdd_atleast(struct bdd *m, const uint32_t *f, size_t n, size_t k)
{
	uint32_t	*a, r = BDD_TRUE;
	size_t		 i, j;

	if (k == 0)
		return (BDD_TRUE);
	if (k > n)
		return (BDD_FALSE);
	if ((a = malloc((k + 1) * sizeof(*a))) == NULL)
		return (bdd_fail(m));
	a[0] = BDD_TRUE;
	for (j = 1; j <= k; j++)
		a[j] = BDD_FALSE;
	for (i = n; i-- > 0 && r != BDD_ERR;)
		r = bdd_atleast_add(m, a, f[i], n - i < k ? n - i : k);
	if (r != BDD_ERR)
		r = a[k];
	free(a);
	return (r);
}

static uint32_t
bdd_plus1(uint32_t c)
{
	return (c == BDD_INF ? BDD_INF : c + 1);
}

/*
 * A satisfying assignment of f with the fewest true variables: the
 * cost of a node is the fewest hi edges on a path from it to 1, and
 * children come before parents in the array.  Ties take the lo edge;
 * a variable skipped on the path is false.  The true variables go to
 * vars, in order (room for every variable is enough), and their number
 * to *n.  f must not be BDD_FALSE.  Returns -1 when out of memory.
 */
int
bdd_mincard(struct bdd *m, uint32_t f, uint32_t *vars, size_t *n)
{
	const struct bdd_node *p;
	uint32_t	*cost, lo, hi;
	size_t		 i;

	if (m->ncost <= f) {
		if ((cost = realloc(m->cost, (f + 1) * sizeof(*cost))) == NULL)
			return (-1);
		m->cost = cost;
		m->ncost = f + 1;
	}
	cost = m->cost;
	cost[BDD_FALSE] = BDD_INF;
	cost[BDD_TRUE] = 0;
	for (i = 2; i <= f; i++) {
		p = &m->nodes[i];
		lo = cost[p->lo];
		hi = bdd_plus1(cost[p->hi]);
		cost[i] = lo <= hi ? lo : hi;
	}
	*n = 0;
	while (f > BDD_TRUE) {
		p = &m->nodes[f];
		if (cost[p->lo] <= bdd_plus1(cost[p->hi]))
			f = p->lo;
		else {
			vars[(*n)++] = p->var;
			f = p->hi;
		}
	}
	return (0);
}
