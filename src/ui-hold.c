/*
 * ui-hold.c: slow lines.  On a line of UI_HOLD_BAUD or less (or with
 * --slow), the info pane under the list keeps the text it shows while
 * keys come, and is rewritten only once they have stopped for
 * UI_HOLD_MS: a cursor move then sends a few bytes, not the pane.  The
 * loop in ui.c waits for that moment with a timeout, never by polling.
 */
#include "config.h"

#include <curses.h>

#include "ui.h"

#define UI_HOLD_BAUD	19200	/* at most this many bits a second: slow */
#define UI_HOLD_MS	400	/* keys stopped this long: rewrite the pane */

/* Is the line slow?  After the terminal is set up. */
void
ui_hold_start(struct ui *u)
{
	int	 baud = baudrate();

	u->slow = u->o->slow || (baud > 0 && baud <= UI_HOLD_BAUD);
	u->hold = 0;
}

/* Keys came: on a slow line, keep the pane as it is for now. */
void
ui_hold_keys(struct ui *u)
{
	u->hold = u->slow;
}

/* Milliseconds to wait for a key before the pane is rewritten, or -1. */
int
ui_hold_wait(const struct ui *u)
{
	return (u->hold ? UI_HOLD_MS : -1);
}

/* The keys have stopped. */
void
ui_hold_release(struct ui *u)
{
	u->hold = 0;
}

/* Before a redraw: take the pane's text afresh, unless it is held. */
void
ui_hold_update(struct ui *u)
{
	if (u->hold && u->info.len > 0)
		return;
	buf_reset(&u->info);
	ui_info_text(u, &u->info);
	u->info_flag = u->v->pane == PANE_FLAGS && u->v->nfired > 0;
}

/* The text of the info pane, as it is to be shown now. */
const char *
ui_hold_text(const struct ui *u)
{
	return (buf_str(&u->info));
}
