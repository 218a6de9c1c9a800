/*
 * bdd.h: reduced ordered binary decision diagrams.  A manager holds the
 * nodes of one problem; bdd_reset empties it for the next.  Variables
 * are numbers, and a smaller number is nearer the root.  Nodes are
 * never freed before a reset; a node budget bounds the work instead.
 * An operation that would pass the budget, or that runs out of memory,
 * returns BDD_ERR, and every operation given BDD_ERR returns it, so a
 * failure reaches the end of a computation by itself.
 */
#ifndef REDFLAG_BDD_H
#define REDFLAG_BDD_H

#include <stddef.h>
#include <stdint.h>

#define BDD_FALSE	((uint32_t)0)
#define BDD_TRUE	((uint32_t)1)
#define BDD_ERR		UINT32_MAX
#define BDD_MAX_VARS	16384		/* operations recurse once per variable */

struct bdd;

struct bdd	*bdd_new(size_t);
void		 bdd_free(struct bdd *);
int		 bdd_reset(struct bdd *);
int		 bdd_nomem(const struct bdd *);
size_t		 bdd_nodes(const struct bdd *);
uint32_t	 bdd_var(struct bdd *, uint32_t);
uint32_t	 bdd_ite(struct bdd *, uint32_t, uint32_t, uint32_t);
uint32_t	 bdd_not(struct bdd *, uint32_t);
uint32_t	 bdd_and(struct bdd *, uint32_t, uint32_t);
uint32_t	 bdd_or(struct bdd *, uint32_t, uint32_t);
uint32_t	 bdd_restrict(struct bdd *, uint32_t, uint32_t, int);
uint32_t	 bdd_atleast(struct bdd *, const uint32_t *, size_t, size_t);
int		 bdd_mincard(struct bdd *, uint32_t, uint32_t *, size_t *);

#endif
