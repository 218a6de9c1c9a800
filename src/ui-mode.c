/*
 * ui-mode.c: the checklist's modes.  u->mode is one value (ui.h), and
 * this table has a row for each: the function that draws the screen,
 * the question or line it puts on the status line, the function that
 * takes its keys, the keys named at the foot of the screen, and whether
 * the list is on the screen and takes the mouse.  ui.c draws and sends
 * each key through the row of the mode.  Only ui_mode_set changes the
 * mode, and only ui_mode_fit and ui_mode_close the one under the small
 * page.
 */
#include "config.h"

#include "i18n.h"
#include "ui.h"

/*
 * TRANSLATORS: the line of key hints at the foot of the checklist: a
 * key's name (as the help screen gives it; letters stay the same), then
 * in a word or two what it does.  Keep them short: at 80 columns the
 * hints that do not fit are left out.
 */
static const struct ui_hint ui_hints_list[] = {
	{ N_("Space"), N_("tick"), 1 }, { "n", N_("no"), 1 },
	{ "Tab", N_("flags"), 0 }, { "/", N_("search"), 0 },
	{ "u", N_("undo"), 0 }, { "s", N_("save"), 0 }, { "?", N_("help"), 1 },
	{ "q", N_("quit"), 1 }
};
static const struct ui_hint ui_hints_flags[] = {
	{ N_("Up/Down"), N_("scroll"), 0 }, { "i", N_("all of it"), 0 },
	{ "Tab", N_("list"), 1 }, { "?", N_("help"), 1 }, { "q", N_("quit"), 1 }
};
static const struct ui_hint ui_hints_search[] = {
	{ N_("Enter"), N_("keep"), 1 }, { "Esc", N_("cancel"), 1 },
	{ "^U", N_("clear"), 0 }
};
static const struct ui_hint ui_hints_line[] = {
	{ N_("Enter"), N_("save"), 1 }, { "Esc", N_("cancel"), 1 },
	{ "^U", N_("clear"), 0 }
};
static const struct ui_hint ui_hints_yesno[] = {
	{ "y", N_("yes"), 1 }, { "n", N_("no"), 1 }
};
static const struct ui_hint ui_hints_quit[] = {
	{ "y", N_("quit"), 1 }, { "n", N_("stay"), 1 },
	{ "s", N_("save first"), 1 }
};

#define HINTS(a)	a, sizeof(a) / sizeof((a)[0])

/* draw, ask, key, hints, list, mouse */
static const struct ui_mode_row ui_mode_rows[UI_MODE_COUNT] = {
	[UI_MODE_MAIN] = { ui_main_draw, NULL, ui_main_key, NULL, 0, 1, 1 },
	[UI_MODE_SEARCH] = { ui_main_draw, ui_prompt_search_draw,
	    ui_prompt_search_key, HINTS(ui_hints_search), 1, 0 },
	[UI_MODE_SAVE] = { ui_main_draw, ui_prompt_save_draw,
	    ui_prompt_save_key, HINTS(ui_hints_line), 1, 0 },
	[UI_MODE_OVERWRITE] = { ui_main_draw, ui_prompt_overwrite_draw,
	    ui_prompt_overwrite_key, HINTS(ui_hints_yesno), 1, 0 },
	[UI_MODE_QUIT] = { ui_main_draw, ui_quit_draw, ui_quit_key,
	    HINTS(ui_hints_quit), 1, 0 },
	[UI_MODE_RESET] = { ui_main_draw, ui_undo_reset_draw,
	    ui_undo_reset_key, HINTS(ui_hints_yesno), 1, 0 },
	[UI_MODE_HELP] = { ui_help_draw, NULL, ui_help_key, NULL, 0, 0, 0 },
	[UI_MODE_MORE] = { ui_more_draw, NULL, ui_more_key, NULL, 0, 0, 0 },
	[UI_MODE_MORE_FLAG] = { ui_more_draw, NULL, ui_more_key, NULL, 0, 0,
	    0 },
	[UI_MODE_SMALL] = { ui_small_draw, NULL, ui_small_key, NULL, 0, 0, 0 },
	[UI_MODE_SMALL_QUIT] = { ui_small_draw, ui_quit_draw,
	    ui_quit_small_key, NULL, 0, 0, 0 },
};

const struct ui_mode_row *
ui_mode_row(const struct ui *u)
{
	return (&ui_mode_rows[u->mode]);
}

void
ui_mode_set(struct ui *u, enum ui_mode mode)
{
	u->mode = mode;
}

/* The keys to name at the foot of the checklist screen. */
const struct ui_hint *
ui_mode_hints(const struct ui *u, size_t *n)
{
	const struct ui_mode_row *row = ui_mode_row(u);

	if (row->hints != NULL) {
		*n = row->nhints;
		return (row->hints);
	}
	if (u->v->pane == PANE_FLAGS) {
		*n = sizeof(ui_hints_flags) / sizeof(ui_hints_flags[0]);
		return (ui_hints_flags);
	}
	*n = sizeof(ui_hints_list) / sizeof(ui_hints_list[0]);
	return (ui_hints_list);
}

/*
 * After the layout changed: the small page covers the mode while the
 * terminal is too small (a question to quit stays asked there), and
 * the mode under it comes back once it is large enough.
 */
void
ui_mode_fit(struct ui *u)
{
	int	 small = u->v->layout.too_small;

	if (small && u->mode == UI_MODE_QUIT) {
		u->back = UI_MODE_MAIN;
		ui_mode_set(u, UI_MODE_SMALL_QUIT);
	} else if (small && u->mode != UI_MODE_SMALL &&
	    u->mode != UI_MODE_SMALL_QUIT) {
		u->back = u->mode;
		ui_mode_set(u, UI_MODE_SMALL);
	} else if (!small && u->mode == UI_MODE_SMALL)
		ui_mode_set(u, u->back);
	else if (!small && u->mode == UI_MODE_SMALL_QUIT)
		ui_mode_set(u, UI_MODE_QUIT);
}

/*
 * Close the question or line open (under the small page too), as Esc
 * would; a search goes back to where it began.
 */
void
ui_mode_close(struct ui *u)
{
	int		 under = u->mode == UI_MODE_SMALL ||
	    u->mode == UI_MODE_SMALL_QUIT;
	enum ui_mode	 m = under ? u->back : u->mode;

	if (m == UI_MODE_SEARCH)
		view_search_end(u->v, 1);
	if (ui_mode_rows[m].ask != NULL)
		m = UI_MODE_MAIN;
	if (under)
		u->back = m;
	else
		ui_mode_set(u, m);
	u->quit_saved = 0;
	u->status[0] = '\0';
}
