/*
 * ui-main.c: the checklist screen: a title line, the list, the flags
 * panel, the status line, the info pane, a reminder that this is not a
 * diagnosis, and a line of key hints.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "safety.h"
#include "ui.h"

#define UI_MAIN_TITLE_MIN	8	/* the title's columns, at the least: else
				   which answers are in sight is not said, and
				   then the title not shown */

/*
 * How many questions are answered, first on the title line: a tick
 * then rewrites its box and a digit or two near the home position,
 * which costs fewer bytes than anywhere else on the screen.  The width
 * is fixed, so the title never moves.  Returns the columns used.
 */
static int
ui_main_count(const struct ui *u, const struct view_rect *t)
{
	char	 count[64], total[24];
	size_t	 n = u->r->nsymptoms;

	snprintf(total, sizeof(total), "%zu", n);
	/* TRANSLATORS: how many questions are answered, of all, at the
	   start of the title line, as "3/54 answered"; keep it short. */
	snprintf(count, sizeof(count), _("%*zu/%zu answered"),
	    (int)strlen(total), n - eval_not_asked(u->v->ev), n);
	return (ui_text(t->y, 0, t->w, count, A_NORMAL, u->ascii) + 2);
}

/*
 * The count of answers, the rules' title, which answers are in sight
 * when they do not all fit, and how many red flags there are.  (Not
 * which is focused: a move then rewrites only a row or two.)
 */
static void
ui_main_title(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_rect *t = &v->layout.title;
	char	 right[160], flags[96];
	size_t	 first, last;
	int	 rw, x;

	view_in_sight(v, &first, &last);
	if (v->nfired == 0)
		snprintf(flags, sizeof(flags), "%s", _("no red flag"));
	else
		snprintf(flags, sizeof(flags), ngettext("%zu red flag",
		    "%zu red flags", v->nfired), v->nfired);
	x = ui_main_count(u, t);
	snprintf(right, sizeof(right), "%s", flags);
	if (t->w >= 60 && (first > 1 || last < u->r->nsymptoms))
		/* TRANSLATORS: which answers are in sight, and "N red
		   flags", at the end of the title line; keep it short. */
		snprintf(right, sizeof(right), _("answers %zu-%zu of %zu, %s"),
		    first, last, u->r->nsymptoms, flags);
	if (x + UI_MAIN_TITLE_MIN + 2 + ui_width(u, right) > t->w)
		snprintf(right, sizeof(right), "%s", flags);
	rw = ui_width(u, right);
	if (rw > t->w - x)
		rw = t->w - x;
	if (t->w - rw - 2 - x >= UI_MAIN_TITLE_MIN)	/* else not a stub */
		ui_text(t->y, x, t->w - rw - 2 - x, u->r->title,
		    u->style.title, u->ascii);
	ui_text(t->y, t->w - rw, rw, right, A_NORMAL, u->ascii);
}

static int
ui_main_hint_width(const struct ui *u, const struct ui_hint *hint)
{
	return (ui_width(u, _(hint->key)) + ui_width(u, _(hint->what)) + 3);
}

/*
 * Draw the hints that fit; when not all do, the ones to keep win over
 * those further on the right.
 */
static void
ui_main_hints(const struct ui *u, const struct view_rect *h,
    const struct ui_hint *hints, size_t n)
{
	unsigned	 skip = 0;	/* a bit for each hint left out */
	size_t		 i;
	int		 x = 0, total = -2;

	for (i = 0; i < n; i++)
		total += ui_main_hint_width(u, &hints[i]);
	for (i = n; i-- > 0 && total > h->w; ) {
		if (!hints[i].keep) {
			skip |= 1U << i;
			total -= ui_main_hint_width(u, &hints[i]);
		}
	}
	for (i = 0; i < n; i++) {
		if ((skip & (1U << i)) ||
		    x + ui_main_hint_width(u, &hints[i]) - 2 > h->w)
			continue;
		x += ui_text(h->y, x, h->w - x, _(hints[i].key), u->style.key,
		    u->ascii);
		x += ui_text(h->y, x + 1, h->w - x - 1, _(hints[i].what),
		    A_NORMAL, u->ascii) + 3;
	}
}

static void
ui_main_hint(const struct ui *u)
{
	const struct ui_hint *hints;
	size_t	 n;

	hints = ui_mode_hints(u, &n);
	ui_main_hints(u, &u->v->layout.hint, hints, n);
}

/*
 * The status line, and where the cursor goes: where the question or
 * line asked left it, else on the focused row or flag.
 */
static void
ui_main_status(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_layout *l = &v->layout;
	const struct ui_mode_row *row = ui_mode_row(u);

	if (row->ask != NULL) {
		row->ask(u, &l->status);
		move(l->status.y, getcurx(stdscr));
		return;
	}
	ui_prompt_line(u);
	if (v->pane == PANE_FLAGS && v->nfired > 0)
		move(ui_flags_marker(u), l->flags.x);
	else
		move(l->list.y + (int)(v->focus - v->top), l->list.x + 3);
}

/* That this is not a diagnosis, and what to do in an emergency. */
static void
ui_main_note(const struct ui *u)
{
	const struct view_rect *n = &u->v->layout.note;
	char	 note[256];

	snprintf(note, sizeof(note), "%s %s",
	    safety(SAFETY_NOT_A_DIAGNOSIS_SHORT), safety(SAFETY_EMERGENCY));
	if (ui_width(u, note) > n->w)
		snprintf(note, sizeof(note), "%s %s",
		    safety(SAFETY_NOT_A_DIAGNOSIS_SHORT),
		    safety(SAFETY_EMERGENCY_SHORT));
	ui_text(n->y, 0, n->w, note, u->style.dim, u->ascii);
}

void
ui_main_draw(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_layout *l = &v->layout;

	ui_main_title(u);
	ui_flags_alert(u);
	if (!l->flags_hidden || v->pane == PANE_LIST)
		ui_list_draw(u);
	if (!l->flags_hidden || v->pane == PANE_FLAGS)
		ui_flags_draw(u);
	ui_info_draw(u);
	ui_main_note(u);
	ui_main_hint(u);
	ui_main_status(u);	/* last: it places the cursor */
}

static void
ui_main_pane(struct ui *u)
{
	if (u->v->pane == PANE_LIST && u->v->nfired == 0 &&
	    u->v->layout.flags_hidden)
		ui_status(u, 0, "%s", _("No red flag to show."));
	view_pane(u->v, u->v->pane == PANE_LIST ? PANE_FLAGS : PANE_LIST);
}

/* Space and x tick or clear in the list; in the flags panel, show all. */
static void
ui_main_toggle(struct ui *u)
{
	if (u->v->pane == PANE_FLAGS)
		ui_more_open(u);
	else if (view_toggle(u->v) != 0)
		ui_nomem(u);
}

/* Enter ticks, and never clears: to a dialog user it means "OK". */
static void
ui_main_enter(struct ui *u)
{
	if (u->v->pane == PANE_FLAGS)
		ui_more_open(u);
	else if (u->v->ev->checked[view_symptom(u->v)])
		ui_status(u, 0, "%s", _("Ticked already: Enter never clears an "
		    "answer (Space and x do)."));
	else if (view_toggle(u->v) != 0)
		ui_nomem(u);
}

/* y and n answer the focused question, in the list. */
static void
ui_main_answer(struct ui *u, enum eval_answer a)
{
	if (u->v->pane == PANE_FLAGS)
		ui_status(u, 0, "%s", _("y and n answer in the list: Tab goes "
		    "back to it."));
	else if (view_answer(u->v, a) != 0)
		ui_nomem(u);
}

static void
ui_main_next(struct ui *u, int dir)
{
	if (u->v->search[0] == '\0')
		ui_status(u, 0, "%s", _("Nothing to find yet: press / to "
		    "search."));
	else if (!view_search_next(u->v, dir))
		ui_status(u, 0, _("No match for '%s'."), u->v->search);
}

/* The keys that move the focus.  Returns 0 if a is not one of them. */
static int
ui_main_move(struct ui *u, enum ui_action a)
{
	long	 page = (long)view_list_height(u->v) - 1;

	if (page < 1)
		page = 1;
	switch (a) {
	case ACT_UP:
		view_move(u->v, -1);
		return (1);
	case ACT_DOWN:
		view_move(u->v, 1);
		return (1);
	case ACT_PAGE_UP:
		view_move(u->v, -page);
		return (1);
	case ACT_PAGE_DOWN:
		view_move(u->v, page);
		return (1);
	case ACT_HOME:
		view_home(u->v);
		return (1);
	case ACT_END:
		view_end(u->v);
		return (1);
	default:
		return (0);
	}
}

/* The keys that change the answers.  Returns 0 if a is not one. */
static int
ui_main_change(struct ui *u, enum ui_action a)
{
	switch (a) {
	case ACT_TOGGLE:
		ui_main_toggle(u);
		return (1);
	case ACT_YES:
	case ACT_NO:
		ui_main_answer(u, a == ACT_YES ? EVAL_YES : EVAL_NO);
		return (1);
	case ACT_ENTER:
		ui_main_enter(u);
		return (1);
	case ACT_UNDO:
		ui_undo_last(u);
		return (1);
	case ACT_RESET:
		ui_undo_ask_reset(u);
		return (1);
	default:
		return (0);
	}
}

/*
 * The keys that go to another pane, mode or screen, or search.
 * Returns 0 if a is not one of them.
 */
static int
ui_main_go(struct ui *u, enum ui_action a)
{
	switch (a) {
	case ACT_PANE:
		ui_main_pane(u);
		return (1);
	case ACT_SEARCH:
		view_search_begin(u->v);
		ui_mode_set(u, UI_MODE_SEARCH);
		return (1);
	case ACT_NEXT:
	case ACT_PREV:
		ui_main_next(u, a == ACT_NEXT ? 1 : -1);
		return (1);
	case ACT_HELP:
		u->help_top = 0;
		ui_mode_set(u, UI_MODE_HELP);
		return (1);
	case ACT_SAVE:
		ui_prompt_save(u);
		return (1);
	case ACT_QUIT:
		ui_quit_ask(u);
		return (1);
	case ACT_MORE:
		ui_more_open(u);
		return (1);
	default:
		return (0);
	}
}

/*
 * A key on the checklist screen.  Esc has nothing to cancel here, and
 * ui.c takes ^L and the mouse in every mode.
 */
void
ui_main_key(struct ui *u, int key, int fn)
{
	enum ui_action	 a = ui_keys_action(key, fn);

	u->status[0] = '\0';
	if (ui_main_move(u, a) || ui_main_change(u, a) || ui_main_go(u, a))
		return;
	if (a == ACT_NONE)
		ui_status(u, 0, "%s", _("That key does nothing here: press ? for "
		    "the list of keys."));
}
