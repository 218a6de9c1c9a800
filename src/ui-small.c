/*
 * ui-small.c: the page shown while the terminal is too small, and its
 * keys: only the ones it names.  The mode under it stays as it was (a
 * line being typed, say) and comes back when the terminal is large
 * enough (ui-mode.c); the question to quit is drawn under the page.
 */
#include "config.h"

#include <stdio.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"
#include "wrap.h"

#define UI_SMALL_LINES	16	/* lines of the page at the most */

void
ui_small_draw(const struct ui *u)
{
	const struct view_layout *l = &u->v->layout;
	const struct ui_mode_row *row = ui_mode_row(u);
	struct view_rect rest = { 0, 0, 0, l->width };
	char	 size[160], text[512], line[512];
	size_t	 starts[UI_SMALL_LINES], lens[UI_SMALL_LINES], n, i;

	/* TRANSLATORS: the size the checklist needs, and the terminal's,
	   in columns x lines. */
	snprintf(size, sizeof(size), _("terminal too small: need %dx%d, have "
	    "%dx%d."), VIEW_MIN_COLS, VIEW_MIN_LINES, l->width, l->height);
	snprintf(text, sizeof(text), "%s %s", size, _("Make it larger, or "
	    "press q to quit."));
	n = wrap_lines(text, (size_t)l->width, starts, lens, UI_SMALL_LINES);
	for (i = 0; i < n && i < UI_SMALL_LINES && (int)i < l->height; i++) {
		snprintf(line, sizeof(line), "%.*s", (int)lens[i],
		    text + starts[i]);
		ui_text((int)i, 0, l->width, line, i == 0 ? A_BOLD : A_NORMAL,
		    u->ascii);
	}
	rest.y = (int)i;
	rest.h = l->height - rest.y;
	if (row->ask != NULL && rest.h > 0)
		row->ask(u, &rest);
	move(0, 0);
}

/* q quits, or asks first; the other keys wait for a larger terminal. */
void
ui_small_key(struct ui *u, int key, int fn)
{
	if (!fn && (key == 'q' || key == 'Q'))
		ui_quit_ask(u);
}
