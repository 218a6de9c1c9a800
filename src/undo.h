/*
 * undo.h: a history of changes to the answers, for the checklist's u
 * key.  A change is the set of symptoms whose answer it changed (one
 * for a tick or a no, all those answered for a start again), each with
 * the answer it had before, so undoing it is giving those answers
 * back.  Only the last UNDO_MAX changes are kept.
 */
#ifndef REDFLAG_UNDO_H
#define REDFLAG_UNDO_H

#include <stddef.h>

#define UNDO_MAX	1000

/* A symptom, and its answer (an enum eval_answer) before the change. */
struct undo_step {
	size_t		 sym;
	int		 was;
};

struct undo {
	struct undo_step *ids;		/* the steps of every change */
	size_t		 nids, capids;
	size_t		*starts;	/* where each change begins in ids */
	size_t		 n, cap;
};

void	 undo_init(struct undo *);
void	 undo_free(struct undo *);
int	 undo_push(struct undo *, const struct undo_step *, size_t);
size_t	 undo_pop(struct undo *, const struct undo_step **);

#endif
