/*
 * undo.c: a history of changes to the answers; see undo.h.  The
 * steps of all changes are in one array, oldest first, and starts says
 * where each change begins.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "undo.h"

void
undo_init(struct undo *h)
{
	memset(h, 0, sizeof(*h));
}

void
undo_free(struct undo *h)
{
	free(h->ids);
	free(h->starts);
	undo_init(h);
}

/* Forget the oldest change, to stay within UNDO_MAX. */
static void
undo_drop_oldest(struct undo *h)
{
	size_t	 k = h->n > 1 ? h->starts[1] : h->nids, i;

	memmove(h->ids, h->ids + k, (h->nids - k) * sizeof(*h->ids));
	h->nids -= k;
	for (i = 1; i < h->n; i++)
		h->starts[i - 1] = h->starts[i] - k;
	h->n--;
}

/* Make room for one more change of n steps. */
static int
undo_grow(struct undo *h, size_t n)
{
	struct undo_step *steps;
	size_t		*p, cap;

	if (h->n == h->cap) {
		cap = h->cap ? h->cap * 2 : 16;
		if ((p = realloc(h->starts, cap * sizeof(*p))) == NULL)
			return (-1);
		h->starts = p;
		h->cap = cap;
	}
	if (h->nids + n > h->capids) {
		cap = h->capids ? h->capids * 2 : 64;
		while (cap < h->nids + n)
			cap *= 2;
		if ((steps = realloc(h->ids, cap * sizeof(*steps))) == NULL)
			return (-1);
		h->ids = steps;
		h->capids = cap;
	}
	return (0);
}

/* Remember a change of these n steps.  -1: no memory. */
int
undo_push(struct undo *h, const struct undo_step *ids, size_t n)
{
	if (n == 0)
		return (0);
	if (h->n == UNDO_MAX)
		undo_drop_oldest(h);
	if (undo_grow(h, n) != 0)
		return (-1);
	h->starts[h->n++] = h->nids;
	memcpy(h->ids + h->nids, ids, n * sizeof(*ids));
	h->nids += n;
	return (0);
}

/*
 * Take the last change off: its steps go in *ids (valid until the next
 * push) and their number is returned; 0 when there is none.
 */
size_t
undo_pop(struct undo *h, const struct undo_step **ids)
{
	size_t	 start, n;

	if (h->n == 0)
		return (0);
	start = h->starts[--h->n];
	n = h->nids - start;
	h->nids = start;
	*ids = h->ids + start;
	return (n);
}
