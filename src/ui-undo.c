/*
 * ui-undo.c: the keys that take answers back: u undoes the last change,
 * and r clears every answer, for the next person, once the question on
 * the status line is answered yes.  view.c keeps the history.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"

/* What u did to the focused answer, in words. */
static const char *
ui_undo_state(const struct view *v)
{
	switch (eval_state(v->ev, view_symptom(v))) {
	case EVAL_YES:
		return (_("Undone: this answer is ticked again."));
	case EVAL_NO:
		return (_("Undone: this answer is a no again."));
	default:
		return (_("Undone: this answer is clear again."));
	}
}

void
ui_undo_last(struct ui *u)
{
	size_t	 n;

	if (view_undo(u->v, &n) != 0)
		ui_nomem(u);
	else if (n == 0)
		ui_status(u, 0, "%s", _("Nothing to undo."));
	else if (n > 1)
		ui_status(u, 0, ngettext("Undone: %zu answer is as it was.",
		    "Undone: %zu answers are as they were.", n), n);
	else
		ui_status(u, 0, "%s", ui_undo_state(u->v));
}

/* r: ask first, unless there is nothing to clear. */
void
ui_undo_ask_reset(struct ui *u)
{
	if (u->v->ev->nchecked + u->v->ev->nno == 0)
		ui_status(u, 0, "%s", _("No answer is given: nothing to "
		    "clear."));
	else
		ui_mode_set(u, UI_MODE_RESET);
}

void
ui_undo_reset_key(struct ui *u, int key, int fn)
{
	size_t	 n;
	int	 rc;

	if (!fn && (key == 'y' || key == 'Y')) {
		ui_mode_set(u, UI_MODE_MAIN);
		if ((rc = view_reset(u->v, &n)) != 0 && n == 0)
			ui_status(u, 1, "%s", _("Not cleared: out of memory."));
		else if (rc != 0)
			ui_nomem(u);
		else
			ui_status(u, 0, ngettext("Cleared %ld answer: ready for "
			    "the next person. u brings it back.", "Cleared %ld "
			    "answers: ready for the next person. u brings them "
			    "back.", (unsigned long)n), (long)n);
	} else if (!fn && (key == 'n' || key == 'N' || key == 27))
		ui_mode_set(u, UI_MODE_MAIN);
}

/* The question says how many answers go, and if they are not saved. */
void
ui_undo_reset_draw(const struct ui *u, const struct view_rect *s)
{
	size_t	 n = u->v->ev->nchecked + u->v->ev->nno;
	int	 unsaved = view_unsaved(u->v);
	char	 q[256], ask[240];

	/* TRANSLATORS: r's question; y and n stay y and n. */
	snprintf(ask, sizeof(ask), unsaved ? ngettext("Start again: clear the "
	    "%zu answer (not saved)? (y/n)", "Start again: clear all %zu "
	    "answers (not saved)? (y/n)", n) : ngettext("Start again: clear "
	    "the %zu answer? (y/n)", "Start again: clear all %zu answers? "
	    "(y/n)", n), n);
	snprintf(q, sizeof(q), "%s ", ask);
	if (ui_width(u, q) > s->w) {
		/* TRANSLATORS: the same, shorter, for a narrow screen. */
		snprintf(ask, sizeof(ask), unsaved ? ngettext("Clear the %zu "
		    "answer (not saved)? (y/n)", "Clear all %zu answers (not "
		    "saved)? (y/n)", n) : ngettext("Clear the %zu answer? "
		    "(y/n)", "Clear all %zu answers? (y/n)", n), n);
		snprintf(q, sizeof(q), "%s ", ask);
	}
	ui_text(s->y, s->x, s->w, q, u->style.key, u->ascii);
}
