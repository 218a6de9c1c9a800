/*
 * prog.c: compile the rules' condition trees into flat arrays and
 * evaluate them.  A subtree is its node followed by its children's
 * subtrees; size lets an evaluation skip a child it does not need.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "prog.h"

#define PROG_SYMPTOM	COND_NAME	/* a leaf naming a symptom */
#define PROG_RULE	100		/* a leaf naming a rule */

static size_t
prog_count(const struct cond *c)
{
	size_t	 i, n = 1;

	for (i = 0; i < c->nkids; i++)
		n += prog_count(c->kids[i]);
	return (n);
}

/* Write the subtree of c at code[at]; returns the nodes written. */
static uint32_t
prog_emit(struct prog_node *code, uint32_t at, const struct cond *c)
{
	struct prog_node *n = &code[at];
	uint32_t	 size = 1;
	size_t		 i;

	n->kind = (uint8_t)c->kind;
	n->nkids = (uint16_t)c->nkids;
	n->arg = (uint32_t)c->need;
	if (c->kind == COND_NAME) {
		n->kind = c->ref == COND_RULE ? PROG_RULE : PROG_SYMPTOM;
		n->arg = (uint32_t)c->index;
	}
	for (i = 0; i < c->nkids; i++)
		size += prog_emit(code, at + size, c->kids[i]);
	n->size = size;
	return (size);
}

/* Compile loaded, checked rules.  Returns NULL when out of memory. */
struct prog *
prog_build(const struct rules *r)
{
	struct prog	*p;
	size_t		 i, n = 0;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return (NULL);
	for (i = 0; i < r->nrules; i++)
		n += prog_count(r->rules[i].cond);
	p->code = calloc(n + 1, sizeof(*p->code));
	p->rules = calloc(r->nrules + 1, sizeof(*p->rules));
	if (p->code == NULL || p->rules == NULL) {
		prog_free(p);
		return (NULL);
	}
	n = 0;
	for (i = 0; i < r->nrules; i++) {
		p->rules[i].code = (uint32_t)n;
		p->rules[i].topo = (uint32_t)r->topo[i];
		p->rules[i].level = (uint32_t)r->rules[i].level;
		p->rules[i].users = r->users_at[r->nsymptoms + i];
		p->rules[i].end = r->users_at[r->nsymptoms + i + 1];
		n += prog_emit(p->code, (uint32_t)n, r->rules[i].cond);
	}
	return (p);
}

void
prog_free(struct prog *p)
{
	if (p == NULL)
		return;
	free(p->code);
	free(p->rules);
	free(p);
}

static int
prog_node_eval(const struct prog_node *n, const unsigned char *sym,
    const unsigned char *fired)
{
	const struct prog_node *k = n + 1;
	uint32_t	 i, count = 0;

	switch (n->kind) {
	case PROG_SYMPTOM:
		return (sym[n->arg] != 0);
	case PROG_RULE:
		return (fired[n->arg] != 0);
	case COND_NOT:
		return (!prog_node_eval(k, sym, fired));
	case COND_AND:
		for (i = 0; i < n->nkids; i++, k += k->size) {
			if (!prog_node_eval(k, sym, fired))
				return (0);
		}
		return (1);
	case COND_OR:
		for (i = 0; i < n->nkids; i++, k += k->size) {
			if (prog_node_eval(k, sym, fired))
				return (1);
		}
		return (0);
	case COND_OF:
		for (i = 0; i < n->nkids && count < n->arg; i++, k += k->size)
			count += (uint32_t)prog_node_eval(k, sym, fired);
		return (count >= n->arg);
	}
	return (0);
}

/* The value of rule's condition, given every symptom and rule. */
int
prog_eval(const struct prog *p, uint32_t rule, const unsigned char *sym,
    const unsigned char *fired)
{
	return (prog_node_eval(&p->code[p->rules[rule].code], sym, fired));
}
