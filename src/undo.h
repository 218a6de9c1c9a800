/*
 * undo.h: a history of changes to the answers, for the checklist's u
 * key.  A change is the set of symptoms whose answer it flipped (one
 * for a tick, all those ticked for a start again), so undoing it is
 * flipping them back.  Only the last UNDO_MAX changes are kept.
 */
#ifndef REDFLAG_UNDO_H
#define REDFLAG_UNDO_H

#include <stddef.h>

#define UNDO_MAX	1000

struct undo {
	size_t		*ids;		/* the symptoms of every change */
	size_t		 nids, capids;
	size_t		*starts;	/* where each change begins in ids */
	size_t		 n, cap;
};

void	 undo_init(struct undo *);
void	 undo_free(struct undo *);
int	 undo_push(struct undo *, const size_t *, size_t);
size_t	 undo_pop(struct undo *, const size_t **);

#endif
