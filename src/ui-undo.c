/*
 * ui-undo.c: the keys that take answers back: u undoes the last change,
 * and r clears every answer, for the next person, once the question on
 * the status line is answered yes.  view.c keeps the history.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "ui.h"

static const char *
ui_undo_plural(size_t n)
{
	return (n == 1 ? "" : "s");
}

/* The focused answer, in words. */
static const char *
ui_undo_state(const struct view *v)
{
	switch (eval_state(v->ev, view_symptom(v))) {
	case EVAL_YES:
		return ("ticked");
	case EVAL_NO:
		return ("a no");
	default:
		return ("clear");
	}
}

void
ui_undo_last(struct ui *u)
{
	size_t	 n;

	if (view_undo(u->v, &n) != 0)
		ui_nomem(u);
	else if (n == 0)
		ui_status(u, 0, "Nothing to undo.");
	else if (n > 1)
		ui_status(u, 0, "Undone: %zu answers are as they were.", n);
	else
		ui_status(u, 0, "Undone: this answer is %s again.",
		    ui_undo_state(u->v));
}

/* r: ask first, unless there is nothing to clear. */
void
ui_undo_ask_reset(struct ui *u)
{
	if (u->v->ev->nchecked + u->v->ev->nno == 0)
		ui_status(u, 0, "No answer is given: nothing to clear.");
	else
		u->prompt = PROMPT_RESET;
}

void
ui_undo_reset_key(struct ui *u, int key, int fn)
{
	size_t	 n;
	int	 rc;

	if (!fn && (key == 'y' || key == 'Y')) {
		u->prompt = PROMPT_NONE;
		if ((rc = view_reset(u->v, &n)) != 0 && n == 0)
			ui_status(u, 1, "Not cleared: out of memory.");
		else if (rc != 0)
			ui_nomem(u);
		else
			ui_status(u, 0, "Cleared %ld answer%s: ready for the "
			    "next person. u brings %s back.", (long)n,
			    ui_undo_plural(n), n == 1 ? "it" : "them");
	} else if (!fn && (key == 'n' || key == 'N' || key == 27))
		u->prompt = PROMPT_NONE;
}

/* The question says how many answers go, and if they are not saved. */
void
ui_undo_reset_draw(const struct ui *u)
{
	const struct view_rect *s = &u->v->layout.status;
	size_t	 n = u->v->ev->nchecked + u->v->ev->nno;
	const char *unsaved = view_unsaved(u->v) ? " (not saved)" : "";
	char	 q[128];

	snprintf(q, sizeof(q), "Start again: clear %s%zu answer%s%s? "
	    "(y/n) ", n > 1 ? "all " : "the ", n, ui_undo_plural(n), unsaved);
	if ((int)strlen(q) > s->w)
		snprintf(q, sizeof(q), "Clear %s%zu answer%s%s? (y/n) ", n > 1 ?
		    "all " : "the ", n, ui_undo_plural(n), unsaved);
	ui_text(s->y, 0, s->w, q, u->style.key, u->ascii);
}
