/*
 * ui-quit.c: q, and the question it asks when the answers are not
 * saved (with --report or --save-answers they will be, on the way out):
 * on the status line of the checklist, where s saves first, and on the
 * page shown while the terminal is too small, where there is no room
 * to type a file name.  This file alone draws the question.
 */
#include "config.h"

#include <stdio.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"

/* Quit, or ask first; whatever question or line was open is closed. */
void
ui_quit_ask(struct ui *u)
{
	int	 small = u->mode == UI_MODE_SMALL ||
	    u->mode == UI_MODE_SMALL_QUIT;

	ui_mode_close(u);
	if (view_unsaved(u->v) && u->o->report == NULL &&
	    u->o->save_answers == NULL)
		ui_mode_set(u, small ? UI_MODE_SMALL_QUIT : UI_MODE_QUIT);
	else
		u->quit = 1;
}

/*
 * The question, in r: on one line, in full where it fits with room for
 * the cursor after it, else short; on the small page, filled to its
 * rows, and without s.
 */
void
ui_quit_draw(const struct ui *u, const struct view_rect *r)
{
	/* TRANSLATORS: y, n and s stay y, n and s. */
	const char	*ask = _("Your answers are not saved. Quit anyway? (y/n, "
	    "s to save)");
	char		 q[256];
	int		 x;

	if (u->mode == UI_MODE_SMALL_QUIT) {
		ui_wrapped(u, r->y, r->x, r->w, r->h, _("Answers not saved: "
		    "quit anyway? (y/n)"), A_NORMAL, 0, 0, 0);
		return;
	}
	if (ui_width(u, ask) + 3 > r->w)
		/* TRANSLATORS: the same, shorter, for a narrow screen. */
		ask = _("Not saved: quit anyway? (y/n, s: save)");
	snprintf(q, sizeof(q), "%s ", ask);
	x = ui_text(r->y, r->x, r->w, q, u->style.key, u->ascii);
	move(r->y, r->x + (x < r->w ? x : r->w - 1));
}

static int
ui_quit_yes(int key, int fn)
{
	return (!fn && (key == 'y' || key == 'Y'));
}

static int
ui_quit_no(int key, int fn)
{
	return (!fn && (key == 'n' || key == 'N' || key == 27));
}

/* y quits, n stays, s saves first and then quits. */
void
ui_quit_key(struct ui *u, int key, int fn)
{
	if (ui_quit_yes(key, fn))
		u->quit = 1;
	else if (ui_quit_no(key, fn))
		ui_mode_set(u, UI_MODE_MAIN);
	else if (!fn && key == 's') {
		u->quit_saved = 1;
		ui_prompt_save(u);
	}
}

/* On the small page: y quits, n goes back to the page. */
void
ui_quit_small_key(struct ui *u, int key, int fn)
{
	if (ui_quit_yes(key, fn))
		u->quit = 1;
	else if (ui_quit_no(key, fn))
		ui_mode_set(u, UI_MODE_SMALL);
	else if (!fn && (key == 'q' || key == 'Q'))
		ui_quit_ask(u);
}
