/*
 * view.c: the state of the full-screen checklist, without curses.  Row
 * numbers count headings and symptoms; the focus is always on a
 * symptom.  Scrolling offsets are kept here, not worked out while
 * drawing, so that drawing only reads.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "utf8.h"
#include "view.h"
#include "wrap.h"

/* The row of a symptom: the rules' order, with a heading per group. */
static size_t
view_row_of(const struct view *v, size_t sym)
{
	return (v->r->sym_place[sym] + v->r->symptoms[sym].group_index + 1);
}

/* The rows: each group's heading, then its symptoms. */
static int
view_build_rows(struct view *v)
{
	const struct rules *r = v->r;
	size_t		 i, sym, n = 0;

	v->nrows = r->ngroups + r->nsymptoms;
	if ((v->rows = calloc(v->nrows + 1, sizeof(*v->rows))) == NULL)
		return (-1);
	for (i = 0; i < r->nsymptoms; i++) {
		sym = r->sym_order[i];
		if (i == 0 || r->symptoms[r->sym_order[i - 1]].group_index !=
		    r->symptoms[sym].group_index) {
			v->rows[n].group = 1;
			v->rows[n++].index = r->symptoms[sym].group_index;
		}
		v->rows[n++].index = sym;
	}
	return (0);
}

struct view *
view_new(const struct rules *r, struct eval *ev)
{
	struct view	*v;

	if ((v = calloc(1, sizeof(*v))) == NULL)
		return (NULL);
	v->r = r;
	v->ev = ev;
	undo_init(&v->undo);
	v->fired = calloc(r->nrules + 1, sizeof(*v->fired));
	v->marks = calloc(r->nsymptoms + 1, sizeof(*v->marks));
	v->shown = calloc(r->nsymptoms + 1, 1);
	if (v->fired == NULL || v->marks == NULL || v->shown == NULL || view_build_rows(v) != 0 ||
	    view_update(v) != 0) {
		view_free(v);
		return (NULL);
	}
	v->focus = v->nrows > 1 ? 1 : 0;	/* row 0 is a heading */
	return (v);
}

void
view_free(struct view *v)
{
	if (v == NULL)
		return;
	free(v->rows);
	free(v->fired);
	free(v->marks);
	free(v->shown);
	undo_free(&v->undo);
	view_flags_free(v);
	free(v);
}

/* The focused symptom. */
size_t
view_symptom(const struct view *v)
{
	return (v->rows[v->focus].index);
}

/* Rows the list pane shows. */
size_t
view_list_height(const struct view *v)
{
	return (v->layout.list.h > 0 ? (size_t)v->layout.list.h : 1);
}

/* The answers in the rows before row (row may be nrows). */
static size_t
view_answers_before(const struct view *v, size_t row)
{
	if (row >= v->nrows)
		return (v->r->nsymptoms);
	if (v->rows[row].group)
		return (row - v->rows[row].index);
	return (row - v->r->symptoms[v->rows[row].index].group_index - 1);
}

/* The answers in sight in the list, counted from 1 (first > last: none). */
void
view_in_sight(const struct view *v, size_t *first, size_t *last)
{
	size_t	 end = v->top + view_list_height(v);

	*first = view_answers_before(v, v->top) + 1;
	*last = view_answers_before(v, end < v->nrows ? end : v->nrows);
}

/*
 * Note the answers now in the list on the screen, so that a report can
 * say how many questions were never shown.
 */
void
view_note_shown(struct view *v)
{
	size_t	 row, end = v->top + view_list_height(v);

	if (v->layout.too_small)
		return;
	for (row = v->top; row < end && row < v->nrows; row++) {
		if (!v->rows[row].group && !v->shown[v->rows[row].index]) {
			v->shown[v->rows[row].index] = 1;
			v->nshown++;
		}
	}
}

/* Keep the focused row visible, with its heading when it fits. */
static void
view_scroll_list(struct view *v)
{
	size_t	 h = view_list_height(v);

	if (v->focus < v->top)
		v->top = v->focus;
	if (v->focus > 0 && v->rows[v->focus - 1].group &&
	    v->focus - 1 < v->top)
		v->top = v->focus - 1;
	if (v->focus >= v->top + h)
		v->top = v->focus - h + 1;
	if (v->nrows > h && v->top > v->nrows - h)
		v->top = v->nrows - h;
	if (v->nrows <= h)
		v->top = 0;
}

/*
 * Keep part of the focused flag shown: its first line and as much as
 * fits when it is out of view; when some of it is in view (the user may
 * be reading a long flag line by line), leave the panel where it is.
 */
static void
view_scroll_flags(struct view *v)
{
	size_t	 h, start, len;

	if (v->flag >= v->nfired)
		v->flag = v->nfired > 0 ? v->nfired - 1 : 0;
	if (v->nfired == 0 || v->layout.flags.h <= 0 || !v->panel.full) {
		v->flag_top = 0;
		return;
	}
	h = (size_t)v->layout.flags.h;
	if (v->flag_top + h > v->panel.n)
		v->flag_top = v->panel.n > h ? v->panel.n - h : 0;
	start = view_flags_start(v, v->flag);
	len = view_flags_lines(v, v->flag);
	if (start + len <= v->flag_top || start >= v->flag_top + h)
		v->flag_top = start;	/* wholly out of view */
	if (start > v->flag_top && start + (len < h ? len : h) > v->flag_top + h)
		v->flag_top = start + (len < h ? len : h) - h;
}

/*
 * In the flags panel, Down shows the next line of a flag taller than
 * the panel, and then moves to the next flag; Up likewise.
 */
static void
view_flags_step(struct view *v, int down)
{
	size_t	 h = (size_t)v->layout.flags.h, start, len;

	if (v->nfired == 0 || !v->panel.full)
		return;
	start = view_flags_start(v, v->flag);
	len = view_flags_lines(v, v->flag);
	if (down && start + len > v->flag_top + h)
		v->flag_top++;
	else if (down && v->flag + 1 < v->nfired)
		v->flag++;
	else if (!down && start < v->flag_top)
		v->flag_top--;
	else if (!down && v->flag > 0) {
		v->flag--;
		start = view_flags_start(v, v->flag);
		len = view_flags_lines(v, v->flag);
		if (start < v->flag_top)	/* show its end: read upwards */
			v->flag_top = len > h ? start + len - h : start;
	}
	view_scroll_flags(v);
}

/* Re-read the fired flags and marks after the answers changed. */
int
view_update(struct view *v)
{
	v->nfired = eval_list(v->ev, v->fired);
	if (eval_marks(v->ev, v->marks) != 0 || view_flags_layout(v) != 0)
		return (-1);
	view_scroll_flags(v);
	return (0);
}

/* Columns the list needs: its longest answer, with a mark. */
static int
view_list_width(const struct view *v)
{
	size_t	 i, w, label = 0, tag = 0;

	for (i = 0; i < v->r->nsymptoms; i++) {
		w = utf8_width(v->r->symptoms[i].label,
		    strlen(v->r->symptoms[i].label));
		label = w > label ? w : label;
	}
	for (i = 0; i < v->r->nlevels; i++) {
		w = utf8_width(v->r->levels[i].tag, strlen(v->r->levels[i].tag));
		tag = w > tag ? w : tag;
	}
	return ((int)(6 + label + 2 + tag));	/* "> [x] ", " !" */
}

/*
 * Work out where everything goes on a cols x lines terminal.  From the
 * top: title; list; flags (beside the list when wide, below it when
 * tall enough, else behind Tab); info; note; key hint.  The line that
 * heads the flags, and says the most urgent level and what to do, is
 * always there: above the panel, or under the title when the panel is
 * behind Tab.  A wide list gets what its answers need, up to half.
 */
void
view_layout(struct view *v, int cols, int lines)
{
	struct view_layout *l = &v->layout;
	int		 body, lw, info = lines >= VIEW_TALL_LINES ? 3 : 1;

	memset(l, 0, sizeof(*l));
	l->width = cols;
	l->height = lines;
	if (cols < VIEW_MIN_COLS || lines < VIEW_MIN_LINES) {
		l->too_small = 1;
		view_flags_layout(v);
		return;
	}
	l->title = (struct view_rect){ 0, 0, 1, cols };
	l->hint = (struct view_rect){ lines - 1, 0, 1, cols };
	l->note = (struct view_rect){ lines - 2, 0, 1, cols };
	l->info = (struct view_rect){ lines - 2 - info, 0, info, cols };
	l->status = (struct view_rect){ lines - 3 - info, 0, 1, cols };
	body = lines - 4 - info;
	if (cols >= VIEW_WIDE_COLS) {
		lw = view_list_width(v);
		lw = lw < cols / 2 ? lw : cols / 2;
		l->list = (struct view_rect){ 1, 0, body, lw };
		l->alert = (struct view_rect){ 1, lw + 1, 1, cols - lw - 1 };
		l->flags = (struct view_rect){ 2, lw + 1, body - 1,
		    cols - lw - 1 };
	} else if (lines >= VIEW_TALL_LINES) {
		l->list = (struct view_rect){ 1, 0, body - body * 2 / 5 - 1,
		    cols };
		l->alert = (struct view_rect){ 1 + l->list.h, 0, 1, cols };
		l->flags = (struct view_rect){ 2 + l->list.h, 0,
		    body * 2 / 5, cols };
	} else {
		l->flags_hidden = 1;
		l->alert = (struct view_rect){ 1, 0, 1, cols };
		l->list = (struct view_rect){ 2, 0, body - 1, cols };
		l->flags = (struct view_rect){ 2, 0, body - 1, cols };
	}
	view_flags_layout(v);
	view_scroll_list(v);
	view_scroll_flags(v);
}

/*
 * The answers changed: count it and take the flags and marks afresh.
 * Returns -1 when out of memory: they are then out of date.
 */
static int
view_changed(struct view *v)
{
	v->changes++;
	return (view_update(v));
}

/*
 * Give the focused symptom answer a (or, toggling, tick it or clear
 * it).  Without the memory to remember it, the history is forgotten:
 * u must never undo a change other than the last.  Returns 0, or -1
 * when out of memory (see view_changed).
 */
static int
view_set(struct view *v, int toggle, enum eval_answer a)
{
	struct undo_step step;

	step.sym = view_symptom(v);
	step.was = (int)eval_state(v->ev, step.sym);
	if (toggle)
		a = step.was == EVAL_YES ? EVAL_NOT_ASKED : EVAL_YES;
	if (a == (enum eval_answer)step.was)
		return (0);
	if (undo_push(&v->undo, &step, 1) != 0)
		undo_free(&v->undo);
	eval_answer(v->ev, step.sym, a);
	return (view_changed(v));
}

/* Tick the focused symptom, or clear it if it is ticked.  See view_set. */
int
view_toggle(struct view *v)
{
	return (view_set(v, 1, EVAL_YES));
}

/* Answer the focused symptom yes or no.  See view_set. */
int
view_answer(struct view *v, enum eval_answer a)
{
	return (view_set(v, 0, a));
}

static int
view_is_symptom(const struct view *v, size_t row)
{
	return (row < v->nrows && !v->rows[row].group);
}

/* Move the focus by delta symptoms (rows when scrolling the panel). */
void
view_move(struct view *v, long delta)
{
	size_t	 row = v->focus;

	if (v->pane == PANE_FLAGS) {
		for (; delta > 0; delta--)
			view_flags_step(v, 1);
		for (; delta < 0; delta++)
			view_flags_step(v, 0);
		return;
	}
	for (; delta > 0 && row + 1 < v->nrows; delta--) {
		do
			row++;
		while (row + 1 < v->nrows && !view_is_symptom(v, row));
	}
	for (; delta < 0 && row > 1; delta++) {
		do
			row--;
		while (row > 0 && !view_is_symptom(v, row));
	}
	if (view_is_symptom(v, row))
		v->focus = row;
	view_scroll_list(v);
}

void
view_home(struct view *v)
{
	if (v->pane == PANE_FLAGS)
		v->flag = 0;
	else
		v->focus = v->nrows > 1 ? 1 : 0;
	view_scroll_list(v);
	view_scroll_flags(v);
}

void
view_end(struct view *v)
{
	if (v->pane == PANE_FLAGS)
		v->flag = v->nfired > 0 ? v->nfired - 1 : 0;
	else
		v->focus = v->nrows - 1;
	view_scroll_list(v);
	view_scroll_flags(v);
}

void
view_pane(struct view *v, enum view_pane pane)
{
	v->pane = pane;
	view_flags_layout(v);
	view_scroll_flags(v);
}

static int
view_in(const struct view_rect *r, int y, int x)
{
	return (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w);
}

/*
 * A click at (y, x): on a symptom, focus it and tick or clear it; on a
 * flag, focus the flag; on the line of the most urgent flag, show the
 * flags.  Returns 1 if the answers changed, 0 if not, -1 when out of
 * memory (see view_changed).
 */
int
view_click(struct view *v, int y, int x)
{
	const struct view_layout *l = &v->layout;
	const struct view_line *line;
	size_t	 row;

	if (view_in(&l->alert, y, x) && v->nfired > 0) {
		v->flag = 0;
		view_pane(v, PANE_FLAGS);
		return (0);
	}
	if ((!l->flags_hidden || v->pane == PANE_FLAGS) &&
	    view_in(&l->flags, y, x)) {
		line = view_flags_line_at(v, y);
		if (line != NULL && line->flag < v->nfired) {
			v->flag = line->flag;
			view_pane(v, PANE_FLAGS);
		}
		return (0);
	}
	if ((l->flags_hidden && v->pane == PANE_FLAGS) ||
	    !view_in(&l->list, y, x))
		return (0);
	row = v->top + (size_t)(y - l->list.y);
	if (!view_is_symptom(v, row))
		return (0);
	v->pane = PANE_LIST;
	v->focus = row;
	if (view_toggle(v) != 0)
		return (-1);
	view_scroll_list(v);
	return (1);
}

/* The mouse wheel scrolls the pane under it by moving its focus. */
void
view_wheel(struct view *v, int y, int x, int down)
{
	enum view_pane	 keep = v->pane;
	int		 on_flags;

	on_flags = view_in(&v->layout.flags, y, x) &&
	    (!v->layout.flags_hidden || v->pane == PANE_FLAGS);
	v->pane = on_flags ? PANE_FLAGS : PANE_LIST;
	view_move(v, down ? 3 : -3);
	v->pane = keep;
}

/* How well the symptom on row matches s (a heading never does). */
static enum match
view_matches(const struct view *v, size_t row, const char *s)
{
	if (!view_is_symptom(v, row))
		return (MATCH_NONE);
	return (match_symptom(&v->r->symptoms[v->rows[row].index], s));
}

/*
 * Focus the next (dir 1) or previous (-1) row from row from, wrapping,
 * that matches at least as well as least.
 */
static int
view_find(struct view *v, size_t from, int dir, enum match least)
{
	size_t	 i, row;

	for (i = 0; i < v->nrows; i++) {
		row = dir > 0 ? (from + i) % v->nrows :
		    (from + v->nrows - i) % v->nrows;
		if (view_matches(v, row, v->search) >= least) {
			v->focus = row;
			view_scroll_list(v);
			return (1);
		}
	}
	return (0);
}

/*
 * The first match as the search is typed is the first of the best
 * kind: a label or an id that holds the text, else a keyword, else a
 * help text.  ("urine" is thus the question about peeing, whose id is
 * urine_trouble, before one about a urine infection further on.)
 */
static int
view_find_first(struct view *v)
{
	return (view_find(v, v->search_from, 1, MATCH_NAME) ||
	    view_find(v, v->search_from, 1, MATCH_KEYWORD) ||
	    view_find(v, v->search_from, 1, MATCH_HELP));
}

void
view_search_begin(struct view *v)
{
	v->search[0] = '\0';
	v->search_miss = 0;
	v->search_from = v->focus;
	view_pane(v, PANE_LIST);
}

/* Add typed text to the search and focus the first match. */
void
view_search_type(struct view *v, const char *s)
{
	size_t	 len = strlen(v->search), add = strlen(s);

	if (len + add > VIEW_SEARCH_MAX)
		return;
	memcpy(v->search + len, s, add + 1);
	if ((v->search_miss = !view_find_first(v)))
		v->focus = v->search_from;
	view_scroll_list(v);
}

/* Remove the last character (not byte) of the search. */
void
view_search_erase(struct view *v)
{
	size_t	 len = strlen(v->search);

	while (len > 0 && ((unsigned char)v->search[len - 1] & 0xc0) == 0x80)
		len--;
	if (len > 0)
		len--;
	v->search[len] = '\0';
	v->search_miss = len > 0 && !view_find_first(v);
	if (len == 0 || v->search_miss)
		v->focus = v->search_from;
	view_scroll_list(v);
}

/* Finish the search: keep the match, or go back if cancelled. */
void
view_search_end(struct view *v, int cancel)
{
	if (cancel) {
		v->focus = v->search_from;
		v->search[0] = '\0';
	}
	view_scroll_list(v);
}

/* > and <: the next or previous match.  Returns 0 if there is none. */
int
view_search_next(struct view *v, int dir)
{
	if (v->search[0] == '\0')
		return (0);
	view_pane(v, PANE_LIST);
	return (view_find(v, dir > 0 ? v->focus + 1 : v->focus + v->nrows -
	    1, dir, MATCH_HELP));
}

/* Have the answers changed since they were last saved? */
int
view_unsaved(const struct view *v)
{
	return (v->changes != v->saved && v->ev->nchecked + v->ev->nno > 0);
}

/*
 * Start again: clear every answer, yes and no, as one change that u
 * undoes, and go back to the first answer.  Returns 0 with how many
 * were cleared in *n; or -1 when out of memory: without the memory to
 * remember them nothing is cleared (*n is 0), else see view_changed.
 */
int
view_reset(struct view *v, size_t *n)
{
	struct undo_step *steps;
	size_t		 i;

	*n = 0;
	steps = calloc(v->ev->nchecked + v->ev->nno + 1, sizeof(*steps));
	if (steps == NULL)
		return (-1);
	for (i = 0; i < v->r->nsymptoms; i++) {
		if (eval_state(v->ev, i) != EVAL_NOT_ASKED) {
			steps[*n].sym = i;
			steps[(*n)++].was = (int)eval_state(v->ev, i);
		}
	}
	if (undo_push(&v->undo, steps, *n) != 0) {
		free(steps);
		*n = 0;
		return (-1);
	}
	free(steps);
	eval_clear(v->ev);
	v->pane = PANE_LIST;
	view_home(v);
	return (*n > 0 ? view_changed(v) : 0);
}

/*
 * Undo the last change to the answers, and focus its first answer.
 * *n gets how many answers it changed back, 0 when there was none.
 * Returns 0, or -1 when out of memory (see view_changed).
 */
int
view_undo(struct view *v, size_t *n)
{
	const struct undo_step *ids;
	size_t		 i;

	if ((*n = undo_pop(&v->undo, &ids)) == 0)
		return (0);
	for (i = 0; i < *n; i++)
		eval_answer(v->ev, ids[i].sym, (enum eval_answer)ids[i].was);
	v->pane = PANE_LIST;
	v->focus = view_row_of(v, ids[0].sym);
	view_scroll_list(v);
	return (view_changed(v));
}
