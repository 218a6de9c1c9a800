/*
 * ui-small.c: the page shown while the terminal is too small, and its
 * keys: only the ones it names.  A line left open stays as it was.
 */
#include "config.h"

#include <stdio.h>

#include <curses.h>

#include "ui.h"
#include "wrap.h"

void
ui_small_draw(const struct ui *u)
{
	const struct view_layout *l = &u->v->layout;
	char	 text[160], line[160];
	size_t	 starts[8], lens[8], n, i;

	snprintf(text, sizeof(text), "terminal too small: need %dx%d, have "
	    "%dx%d. Make it larger, or press q to quit.%s", VIEW_MIN_COLS,
	    VIEW_MIN_LINES, l->width, l->height, u->prompt == PROMPT_QUIT ?
	    " Answers not saved: quit anyway? (y/n)" : "");
	n = wrap_lines(text, (size_t)l->width, starts, lens, 8);
	for (i = 0; i < n && i < 8 && (int)i < l->height; i++) {
		snprintf(line, sizeof(line), "%.*s", (int)lens[i],
		    text + starts[i]);
		ui_text((int)i, 0, l->width, line, i == 0 ? A_BOLD : A_NORMAL,
		    1);
	}
	move(0, 0);
}

void
ui_small_key(struct ui *u, int key, int fn)
{
	if (fn)
		return;
	if (u->prompt == PROMPT_QUIT && (key == 'y' || key == 'Y'))
		u->quit = 1;
	else if (u->prompt == PROMPT_QUIT && (key == 'n' || key == 'N' ||
	    key == 27))
		u->prompt = PROMPT_NONE;
	else if (key == 'q' || key == 'Q')
		ui_prompt_quit(u);
}
