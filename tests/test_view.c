/*
 * test_view.c: the checklist's state and layout without a terminal
 * (view.c, view-flags.c): where each part of the screen goes at every
 * size, the most urgent flag always in sight with many flags, marks,
 * scrolling the list and the flags, the answers noted as shown, clicks
 * and the wheel, search, undo and start again, the rows in the order
 * the rules give, and running out of memory: a change whose flags and
 * marks cannot be brought up to date must say so, and so must
 * eval_because.  The allocator is wrapped (-Wl,--wrap) to fail on
 * demand.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "buf.h"
#include "conf.h"
#include "utf8.h"
#include "view.h"

/* The allocation that fails: 1 the next one, 0 none. */
static long test_nomem_at;
static int test_nomem_all;	/* every allocation fails */

void	*__real_malloc(size_t);
void	*__real_calloc(size_t, size_t);
void	*__real_realloc(void *, size_t);
void	*__wrap_malloc(size_t);
void	*__wrap_calloc(size_t, size_t);
void	*__wrap_realloc(void *, size_t);

static int
test_nomem_now(void)
{
	return (test_nomem_all || (test_nomem_at > 0 &&
	    --test_nomem_at == 0));
}

void *
__wrap_malloc(size_t n)
{
	return (test_nomem_now() ? NULL : __real_malloc(n));
}

void *
__wrap_calloc(size_t n, size_t size)
{
	return (test_nomem_now() ? NULL : __real_calloc(n, size));
}

void *
__wrap_realloc(void *p, size_t n)
{
	return (test_nomem_now() ? NULL : __real_realloc(p, n));
}

struct fix {
	struct rules	*r;
	struct eval	*ev;
	struct view	*v;
};

static struct rules *
load_file(const char *rel)
{
	struct rules	*r = NULL;
	struct diags	 d;
	char		*path = test_srcpath(rel);

	diags_init(&d);
	assert_int_equal(conf_load_file(path, &r, &d), CONF_OK);
	diags_free(&d);
	free(path);
	return (r);
}

/*
 * Rules with many flags: n symptoms in three groups, a rule for each,
 * the least urgent first in the file; long titles, and an action of
 * three sentences for each level.
 */
static struct rules *
load_many(size_t n)
{
	static const char *const level[] = { "emergency", "urgent", "soon" };
	struct rules	*r = NULL;
	struct diags	 d;
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	buf_puts(&b, "format = 1; title = \"Many\"; version = \"1\";\n"
	    "date = \"2026-11-23\"; disclaimer = \"Test.\"; no_flag = \"None.\";\n"
	    "sources = ( { id = \"t\"; title = \"Test\"; } );\nlevels = (\n");
	for (i = 0; i < 3; i++)
		buf_printf(&b, "{ id = \"%s\"; label = \"L%zu\"; tag = \"%s%zu\";"
		    " color = \"red\"; action = \"Act at level %zu now. Do not "
		    "wait for it to pass. Say which signs you have.\"; }%s\n",
		    level[i], i, i == 0 ? "EMERGENCY" : "LEVEL", i, i,
		    i < 2 ? "," : "");
	buf_puts(&b, ");\nsymptoms = (\n");
	for (i = 0; i < n; i++)
		buf_printf(&b, "{ id = \"s%zu\"; group = \"Group %zu\"; label = "
		    "\"Symptom number %zu\"; }%s\n", i, i % 3, i,
		    i + 1 < n ? "," : "");
	buf_puts(&b, ");\nrules = (\n");
	for (i = 0; i < n; i++)
		buf_printf(&b, "{ id = \"r%zu\"; level = \"%s\"; when = \"s%zu\"; "
		    "message = \"Flag %zu, whose title is long enough to take "
		    "two lines in a narrow panel\"; advice = \"Advice for flag "
		    "%zu.\"; sources = [ \"t\" ]; }%s\n", i, level[2 - i % 3], i,
		    i, i, i + 1 < n ? "," : "");
	buf_puts(&b, ");\n");
	assert_false(b.failed);
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "many", &r, &d),
	    CONF_OK);
	diags_free(&d);
	buf_free(&b);
	return (r);
}

static void
fix_open(struct fix *f, struct rules *r)
{
	f->r = r;
	assert_non_null(f->ev = eval_new(r));
	assert_non_null(f->v = view_new(r, f->ev));
}

static void
fix_close(struct fix *f)
{
	view_free(f->v);
	eval_free(f->ev);
	rules_free(f->r);
}

/* Answer every symptom yes, as the engine would, and let the view see. */
static void
tick_all(struct fix *f)
{
	size_t	 i;

	for (i = 0; i < f->r->nsymptoms; i++)
		eval_answer(f->ev, i, EVAL_YES);
	assert_int_equal(view_update(f->v), 0);
}

static size_t
sym_of(const struct fix *f, const char *id)
{
	size_t	 sym;

	assert_true(rules_symptom(f->r, id, &sym));
	return (sym);
}

/* Focus symptom id, on its row. */
static void
focus_on(struct fix *f, const char *id)
{
	size_t	 sym = sym_of(f, id), row;

	for (row = 0; row < f->v->nrows; row++)
		if (!f->v->rows[row].group && f->v->rows[row].index == sym)
			f->v->focus = row;
	assert_int_equal(view_symptom(f->v), sym);
}

/* Focus symptom id, and tick or clear it as Space does. */
static void
toggle(struct fix *f, const char *id)
{
	focus_on(f, id);
	assert_int_equal(view_toggle(f->v), 0);
}

/* u: how many answers came back. */
static size_t
undo(struct fix *f)
{
	size_t	 n;

	assert_int_equal(view_undo(f->v, &n), 0);
	return (n);
}

/* r: how many answers were cleared. */
static size_t
reset(struct fix *f)
{
	size_t	 n;

	assert_int_equal(view_reset(f->v, &n), 0);
	return (n);
}

/* The text of a line of the panel, in out. */
static void
line_text(const struct view *v, const struct view_line *l, char *out,
    size_t size)
{
	snprintf(out, size, "%.*s", (int)l->len, v->panel.text.s + l->off);
}

static int
rect_inside(const struct view_rect *r, int cols, int lines)
{
	return (r->y >= 0 && r->x >= 0 && r->h >= 1 && r->w >= 1 &&
	    r->y + r->h <= lines && r->x + r->w <= cols);
}

static int
rects_meet(const struct view_rect *a, const struct view_rect *b)
{
	return (a->y < b->y + b->h && b->y < a->y + a->h &&
	    a->x < b->x + b->w && b->x < a->x + a->w);
}

/* Every part inside the screen, and no two on the same cell. */
static void
check_layout(const struct view *v, int cols, int lines)
{
	const struct view_layout *l = &v->layout;
	const struct view_rect *part[] = {
		&l->title, &l->list, &l->alert, &l->flags, &l->status,
		&l->info, &l->note, &l->hint
	};
	size_t	 i, k, n = sizeof(part) / sizeof(part[0]);
	char	 where[64];

	snprintf(where, sizeof(where), "%dx%d", cols, lines);
	assert_false(l->too_small);
	for (i = 0; i < n; i++) {
		if (!rect_inside(part[i], cols, lines))
			fail_msg("%s: part %zu is off the screen", where, i);
		for (k = i + 1; k < n; k++) {
			/* behind Tab, the panel takes the list's place */
			if (l->flags_hidden && part[i] == &l->list &&
			    part[k] == &l->flags)
				continue;
			if (rects_meet(part[i], part[k]))
				fail_msg("%s: parts %zu and %zu meet", where, i,
				    k);
		}
	}
	assert_int_equal(l->alert.h, 1);
	assert_int_equal(l->title.y, 0);
	assert_int_equal(l->hint.y, lines - 1);
}

/* At every size from 40x12 up, the parts fit and do not overlap. */
static void
test_view_layout_fits(void **state)
{
	struct fix	 f;
	int		 cols, lines;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	tick_all(&f);
	for (cols = VIEW_MIN_COLS; cols <= 240; cols += 9) {
		for (lines = VIEW_MIN_LINES; lines <= 80; lines += 4) {
			view_layout(f.v, cols, lines);
			check_layout(f.v, cols, lines);
		}
	}
	fix_close(&f);
}

/* Below 40x12 nothing is laid out, and no answer counts as shown. */
static void
test_view_layout_too_small(void **state)
{
	static const int sizes[][2] = { { 39, 24 }, { 80, 11 }, { 1, 1 },
	    { 0, 0 }, { 39, 11 } };
	struct fix	 f;
	size_t		 i;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	tick_all(&f);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		view_layout(f.v, sizes[i][0], sizes[i][1]);
		assert_true(f.v->layout.too_small);
		assert_int_equal(f.v->panel.n, 0);
		view_note_shown(f.v);
		assert_int_equal(f.v->nshown, 0);
	}
	view_layout(f.v, 40, 12);
	assert_false(f.v->layout.too_small);
	fix_close(&f);
}

/* Beside the list when wide, below it when tall, else behind Tab. */
static void
test_view_layout_kinds(void **state)
{
	struct fix	 f;
	const struct view_layout *l;

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	l = &f.v->layout;
	view_layout(f.v, 40, 12);
	assert_true(l->flags_hidden);
	assert_int_equal(l->alert.y, 1);	/* under the title */
	view_layout(f.v, 80, 24);
	assert_false(l->flags_hidden);
	assert_int_equal(l->flags.x, 0);
	assert_true(l->flags.y > l->list.y + l->list.h - 1);
	view_layout(f.v, VIEW_WIDE_COLS, 24);
	assert_false(l->flags_hidden);
	assert_int_equal(l->flags.y, l->list.y + 1);
	assert_true(l->flags.x > l->list.x + l->list.w - 1);
	view_layout(f.v, VIEW_WIDE_COLS - 1, VIEW_TALL_LINES - 1);
	assert_true(l->flags_hidden);
	fix_close(&f);
}

/*
 * The most urgent flag is in sight: first in the fired list, on the
 * panel's first row whenever the panel is shown, with the first words
 * of what to do for its level in sight too.
 */
static void
check_urgent(const struct fix *f, int cols, int lines)
{
	const struct view *v = f->v;
	const struct view_rect *p = &v->layout.flags;
	const struct view_line *l;
	size_t		 top = eval_highest(f->ev);
	char		 text[512], want[512];
	int		 y, said = 0;

	assert_true(v->nfired > 1);
	assert_int_equal(f->r->rules[v->fired[0]].level, top);
	assert_true(rect_inside(&v->layout.alert, cols, lines));
	if (v->layout.flags_hidden && v->pane == PANE_LIST)
		return;		/* the alert line says it, under the title */
	assert_non_null(l = view_flags_line_at(v, p->y));
	assert_int_equal(l->flag, 0);
	assert_int_equal(l->look, LOOK_BADGE);
	assert_int_equal(l->level, top);
	line_text(v, l, text, sizeof(text));
	snprintf(want, sizeof(want), "%s: ", f->r->levels[top].tag);
	if (strncmp(text, want, strlen(want)) != 0)
		fail_msg("%dx%d: first line '%s'", cols, lines, text);
	for (y = p->y; y < p->y + p->h; y++) {
		if ((l = view_flags_line_at(v, y)) == NULL)
			break;
		line_text(v, l, text, sizeof(text));
		if (strncmp(text, "Do now:", 7) == 0 &&
		    (l->flag == 0 || l->flag == v->nfired))
			said = 1;
	}
	if (!said)
		fail_msg("%dx%d: what to do is not in sight", cols, lines);
}

static void
check_urgent_sizes(struct fix *f)
{
	static const int sizes[][2] = { { 80, 24 }, { 40, 12 }, { 40, 20 },
	    { 60, 15 }, { 80, 20 }, { 110, 24 }, { 110, 12 }, { 200, 60 },
	    { 132, 43 } };
	size_t	 i;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		view_pane(f->v, PANE_LIST);
		view_layout(f->v, sizes[i][0], sizes[i][1]);
		check_urgent(f, sizes[i][0], sizes[i][1]);
		view_end(f->v);		/* scrolling the list changes nothing */
		check_urgent(f, sizes[i][0], sizes[i][1]);
		view_home(f->v);
		view_pane(f->v, PANE_FLAGS);	/* Tab: in full, from the top */
		check_urgent(f, sizes[i][0], sizes[i][1]);
	}
}

static void
test_view_urgent_shipped(void **state)
{
	struct fix	 f;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	tick_all(&f);
	check_urgent_sizes(&f);
	fix_close(&f);
}

static void
test_view_urgent_many(void **state)
{
	struct fix	 f;

	(void)state;
	fix_open(&f, load_many(60));
	tick_all(&f);
	assert_int_equal(f.v->nfired, 60);
	check_urgent_sizes(&f);
	fix_close(&f);
}

/*
 * When the flags do not fit, the panel sums them up in its rows: a
 * line for each flag that fits and "N more" for the rest; in full
 * (Tab) it holds every flag, and scrolls.
 */
static void
test_view_summary(void **state)
{
	struct fix	 f;
	const struct view_line *l;
	char		 text[512], more[64];
	size_t		 i;
	int		 found = 0;

	(void)state;
	fix_open(&f, load_many(60));
	tick_all(&f);
	view_layout(f.v, 80, 24);
	assert_false(f.v->panel.full);
	assert_true(f.v->panel.n <= (size_t)f.v->layout.flags.h);
	for (i = 0; i < f.v->panel.n; i++) {
		l = &f.v->panel.line[i];
		line_text(f.v, l, text, sizeof(text));
		snprintf(more, sizeof(more), "%zu more: Tab shows every flag",
		    f.v->nfired - i);
		if (strncmp(text, more, strlen(more)) == 0)
			found = 1;
	}
	assert_true(found);
	view_pane(f.v, PANE_FLAGS);
	assert_true(f.v->panel.full);
	assert_true(f.v->panel.n > 3 * f.v->nfired - 1);
	assert_int_equal(view_flags_start(f.v, 0), 0);
	for (i = 1; i < f.v->nfired; i++)
		assert_int_equal(view_flags_start(f.v, i),
		    view_flags_start(f.v, i - 1) + view_flags_lines(f.v, i - 1));
	fix_close(&f);
}

/* Each panel line fits in the panel, after its indent. */
static void
test_view_panel_widths(void **state)
{
	struct fix	 f;
	const struct view_line *l;
	size_t		 i, w;
	int		 cols;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	tick_all(&f);
	for (cols = 40; cols <= 160; cols += 7) {
		view_pane(f.v, PANE_FLAGS);
		view_layout(f.v, cols, 30);
		for (i = 0; i < f.v->panel.n; i++) {
			l = &f.v->panel.line[i];
			w = utf8_width(f.v->panel.text.s + l->off, l->len);
			if (l->x + (int)w > f.v->layout.flags.w)
				fail_msg("%d columns: line %zu is %zu wide at %d",
				    cols, i, w, l->x);
		}
	}
	fix_close(&f);
}

/* An answer that sets off a flag is marked with the most urgent one. */
static void
test_view_marks(void **state)
{
	struct fix	 f;
	size_t		 saddle, age, weight, legs;

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	saddle = sym_of(&f, "saddle_numbness");
	age = sym_of(&f, "age_50");
	weight = sym_of(&f, "weight_loss");
	legs = sym_of(&f, "both_legs");
	toggle(&f, "age_50");
	assert_int_equal(f.v->marks[age], EVAL_NONE);	/* no flag yet */
	assert_int_equal(f.v->nfired, 0);
	toggle(&f, "weight_loss");
	assert_int_equal(f.v->nfired, 1);
	assert_int_equal(f.v->marks[age], 1);
	assert_int_equal(f.v->marks[weight], 1);
	toggle(&f, "saddle_numbness");
	assert_int_equal(f.v->nfired, 2);
	assert_int_equal(f.v->marks[saddle], 0);
	assert_int_equal(f.v->marks[legs], EVAL_NONE);	/* not ticked */
	assert_int_equal(f.r->rules[f.v->fired[0]].level, 0);
	toggle(&f, "weight_loss");			/* cleared */
	assert_int_equal(f.v->marks[age], EVAL_NONE);
	assert_int_equal(f.v->marks[weight], EVAL_NONE);
	assert_int_equal(f.v->nfired, 1);
	focus_on(&f, "both_legs");
	view_answer(f.v, EVAL_NO);			/* a no sets off nothing */
	assert_int_equal(f.v->marks[legs], EVAL_NONE);
	assert_int_equal(f.v->nfired, 1);
	fix_close(&f);
}

/* The focus stays in sight, on an answer, never on a heading. */
static void
test_view_scroll_list(void **state)
{
	struct fix	 f;
	size_t		 h, i, last;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	view_layout(f.v, 80, 24);
	h = view_list_height(f.v);
	assert_true(h > 3 && h < f.v->nrows);
	assert_int_equal(f.v->focus, 1);	/* row 0 is a heading */
	for (i = 0; i < f.r->nsymptoms + 3; i++) {
		view_move(f.v, 1);
		assert_false(f.v->rows[f.v->focus].group);
		assert_true(f.v->focus >= f.v->top);
		assert_true(f.v->focus < f.v->top + h);
	}
	last = f.v->nrows - 1;
	assert_int_equal(f.v->focus, last);
	assert_int_equal(f.v->top, f.v->nrows - h);
	view_move(f.v, -(long)(h - 1));		/* a page up */
	assert_true(f.v->focus < last);
	assert_true(f.v->focus >= f.v->top);
	view_home(f.v);
	assert_int_equal(f.v->focus, 1);
	assert_int_equal(f.v->top, 0);
	view_end(f.v);
	assert_int_equal(f.v->focus, last);
	assert_int_equal(f.v->top, f.v->nrows - h);
	view_layout(f.v, 80, 40);		/* taller: the focus stays */
	assert_int_equal(f.v->focus, last);
	assert_true(f.v->top + view_list_height(f.v) > last);
	fix_close(&f);
}

/* Moving up onto a group's first answer brings its heading into sight. */
static void
test_view_heading_shown(void **state)
{
	struct fix	 f;
	size_t		 n = 0;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	view_layout(f.v, 80, 24);
	view_end(f.v);
	while (f.v->focus > 1) {
		view_move(f.v, -1);
		if (f.v->rows[f.v->focus - 1].group) {
			assert_true(f.v->top <= f.v->focus - 1);
			n++;
		}
	}
	assert_int_equal(n, f.r->ngroups);
	assert_int_equal(f.v->top, 0);
	fix_close(&f);
}

/* Which answers are in sight, counted from 1, as the title says. */
static void
test_view_in_sight(void **state)
{
	struct fix	 f;
	size_t		 first, last;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	view_layout(f.v, 80, 24);
	view_in_sight(f.v, &first, &last);
	assert_int_equal(first, 1);
	assert_true(last > 1 && last < view_list_height(f.v));
	view_end(f.v);
	view_in_sight(f.v, &first, &last);
	assert_int_equal(last, f.r->nsymptoms);
	assert_true(first > 1);
	view_layout(f.v, 80, 200);		/* all of them */
	view_in_sight(f.v, &first, &last);
	assert_int_equal(first, 1);
	assert_int_equal(last, f.r->nsymptoms);
	fix_close(&f);
}

/*
 * The answers on the screen are noted once each, so that a report can
 * say how many were never shown; reading every page shows them all.
 */
static void
test_view_note_shown(void **state)
{
	struct fix	 f;
	size_t		 first, last, before, i;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	assert_int_equal(f.v->nshown, 0);
	view_layout(f.v, 80, 24);
	view_note_shown(f.v);
	view_in_sight(f.v, &first, &last);
	assert_int_equal(f.v->nshown, last - first + 1);
	view_note_shown(f.v);			/* not twice */
	assert_int_equal(f.v->nshown, last - first + 1);
	before = f.v->nshown;
	view_move(f.v, (long)view_list_height(f.v));
	view_note_shown(f.v);
	assert_true(f.v->nshown > before);
	for (i = 0; i < f.r->nsymptoms; i++) {
		view_move(f.v, 1);
		view_note_shown(f.v);
	}
	assert_int_equal(f.v->nshown, f.r->nsymptoms);
	for (i = 0; i < f.r->nsymptoms; i++)
		assert_true(f.v->shown[i]);
	fix_close(&f);
}

/*
 * In the panel, Down reads on through a flag taller than the panel a
 * line at a time, then goes to the next flag; Up goes back the same way.
 */
static void
test_view_flags_step(void **state)
{
	struct fix	 f;
	size_t		 len, h, i, steps = 0;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	tick_all(&f);
	view_layout(f.v, 40, 12);
	view_pane(f.v, PANE_FLAGS);
	h = (size_t)f.v->layout.flags.h;
	len = view_flags_lines(f.v, 0);
	assert_true(len > h);			/* taller than the panel */
	assert_int_equal(f.v->flag, 0);
	while (f.v->flag == 0) {
		view_move(f.v, 1);
		steps++;
		assert_true(steps <= len);
	}
	assert_int_equal(steps, len - h + 1);
	assert_int_equal(f.v->flag, 1);
	/* the new flag's first line is in sight */
	assert_true(view_flags_start(f.v, 1) >= f.v->flag_top);
	assert_true(view_flags_start(f.v, 1) < f.v->flag_top + h);
	view_move(f.v, -1);
	assert_int_equal(f.v->flag, 0);		/* its end, read upwards */
	assert_int_equal(f.v->flag_top + h, view_flags_start(f.v, 0) + len);
	for (i = 0; i < len; i++)
		view_move(f.v, -1);
	assert_int_equal(f.v->flag, 0);
	assert_int_equal(f.v->flag_top, 0);
	view_end(f.v);
	assert_int_equal(f.v->flag, f.v->nfired - 1);
	view_home(f.v);
	assert_int_equal(f.v->flag, 0);
	assert_int_equal(f.v->flag_top, 0);
	fix_close(&f);
}

/* A click ticks an answer, focuses a flag, or opens the panel. */
static void
test_view_click(void **state)
{
	struct fix	 f;
	const struct view_layout *l;
	size_t		 row;

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	l = &f.v->layout;
	view_layout(f.v, 80, 24);
	assert_int_equal(view_click(f.v, l->list.y, 10), 0);	/* a heading */
	row = f.v->top + 1;
	assert_int_equal(view_click(f.v, l->list.y + 1, 10), 1);
	assert_int_equal(f.v->focus, row);
	assert_int_equal(eval_state(f.ev, view_symptom(f.v)), EVAL_YES);
	assert_int_equal(f.v->nfired, 1);
	assert_int_equal(view_click(f.v, l->alert.y, l->alert.x), 0);
	assert_int_equal(f.v->pane, PANE_FLAGS);
	assert_int_equal(view_click(f.v, l->list.y + 1, 10), 1);	/* clear */
	assert_int_equal(f.v->pane, PANE_LIST);
	assert_int_equal(eval_state(f.ev, view_symptom(f.v)), EVAL_NOT_ASKED);
	assert_int_equal(view_click(f.v, l->title.y, 0), 0);
	assert_int_equal(view_click(f.v, l->hint.y, 0), 0);
	assert_int_equal(f.v->changes, 2);
	fix_close(&f);
}

/* The wheel moves the focus of the pane under it, three at a time. */
static void
test_view_wheel(void **state)
{
	struct fix	 f;
	const struct view_layout *l;
	size_t		 focus;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	l = &f.v->layout;
	view_layout(f.v, 80, 24);
	focus = f.v->focus;
	view_wheel(f.v, l->list.y, 5, 1);
	assert_true(f.v->focus >= focus + 3);
	assert_int_equal(f.v->pane, PANE_LIST);
	view_wheel(f.v, l->list.y, 5, 0);
	assert_int_equal(f.v->focus, focus);
	tick_all(&f);
	view_wheel(f.v, l->flags.y, 5, 1);	/* the panel; focus stays */
	assert_int_equal(f.v->focus, focus);
	assert_int_equal(f.v->pane, PANE_LIST);
	fix_close(&f);
}

/*
 * Search as it is typed: a label or id first, then keywords, then help;
 * no match goes back to where it began, and so does Esc.
 */
static void
test_view_search(void **state)
{
	struct fix	 f;
	size_t		 from;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	view_layout(f.v, 80, 24);
	from = f.v->focus;			/* the first answer */
	view_search_begin(f.v);
	view_search_type(f.v, "u");
	view_search_type(f.v, "rine");
	assert_false(f.v->search_miss);
	assert_int_equal(view_symptom(f.v), sym_of(&f, "urine_trouble"));
	view_search_type(f.v, "zzz");
	assert_true(f.v->search_miss);
	assert_int_equal(f.v->focus, from);
	view_search_erase(f.v);
	view_search_erase(f.v);
	view_search_erase(f.v);
	assert_false(f.v->search_miss);
	assert_string_equal(f.v->search, "urine");
	assert_true(view_search_next(f.v, 1));
	assert_int_not_equal(view_symptom(f.v), sym_of(&f, "urine_trouble"));
	assert_true(view_search_next(f.v, -1));
	assert_int_equal(view_symptom(f.v), sym_of(&f, "urine_trouble"));
	view_search_end(f.v, 1);		/* Esc */
	assert_int_equal(f.v->focus, from);
	assert_string_equal(f.v->search, "");
	assert_false(view_search_next(f.v, 1));
	view_search_begin(f.v);
	view_search_type(f.v, "fever");
	view_search_end(f.v, 0);		/* Enter keeps it */
	assert_int_not_equal(f.v->focus, from);
	assert_string_equal(f.v->search, "fever");
	fix_close(&f);
}

/* u undoes the last change first; r clears all, as one change. */
static void
test_view_undo_reset(void **state)
{
	struct fix	 f;

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	view_layout(f.v, 80, 24);
	assert_int_equal(undo(&f), 0);
	assert_false(view_unsaved(f.v));
	toggle(&f, "age_50");
	toggle(&f, "weight_loss");
	focus_on(&f, "both_legs");
	view_answer(f.v, EVAL_NO);
	assert_true(view_unsaved(f.v));
	assert_int_equal(f.v->nfired, 1);
	assert_int_equal(reset(&f), 3);
	assert_int_equal(f.ev->nchecked + f.ev->nno, 0);
	assert_int_equal(f.v->nfired, 0);
	assert_int_equal(f.v->focus, 1);
	assert_int_equal(undo(&f), 3);	/* all back at once */
	assert_int_equal(f.ev->nchecked, 2);
	assert_int_equal(f.ev->nno, 1);
	assert_int_equal(f.v->nfired, 1);
	assert_int_equal(undo(&f), 1);	/* the no */
	assert_int_equal(eval_state(f.ev, sym_of(&f, "both_legs")),
	    EVAL_NOT_ASKED);
	assert_int_equal(view_symptom(f.v), sym_of(&f, "both_legs"));
	assert_int_equal(undo(&f), 1);
	assert_int_equal(f.v->nfired, 0);
	f.v->saved = f.v->changes;		/* as a save does */
	assert_false(view_unsaved(f.v));
	toggle(&f, "saddle_numbness");
	assert_true(view_unsaved(f.v));
	assert_int_equal(reset(&f), 2);
	assert_false(view_unsaved(f.v));	/* nothing left to lose */
	fix_close(&f);
}

/*
 * Out of memory at each allocation view_new makes: it fails cleanly
 * (the sanitizers of CI find a leak), or gives a view that works.
 */
static void
test_view_new_nomem(void **state)
{
	struct rules	*r = load_file("etc/redflag.conf");
	struct eval	*ev;
	struct view	*v;
	long		 n;

	(void)state;
	assert_non_null(ev = eval_new(r));
	for (n = 1; n < 100000; n++) {
		test_nomem_at = n;
		v = view_new(r, ev);
		if (test_nomem_at > 0) {	/* every allocation was made */
			assert_non_null(v);
			view_free(v);
			break;
		}
		if (n == 1)
			assert_null(v);
		if (v != NULL) {
			view_layout(v, 80, 24);
			view_free(v);
		}
	}
	test_nomem_at = 0;
	assert_true(n > 4);
	eval_free(ev);
	rules_free(r);
}

/*
 * Out of memory in start again: nothing is cleared and -1 says so; and
 * in laying out the panel, view_update says so.
 */
static void
test_view_nomem_paths(void **state)
{
	struct fix	 f;
	size_t		 n;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	view_layout(f.v, 80, 24);
	toggle(&f, "saddle_numbness");
	test_nomem_at = 1;
	assert_int_equal(view_reset(f.v, &n), -1);
	test_nomem_at = 0;
	assert_int_equal(n, 0);
	assert_int_equal(f.ev->nchecked, 1);
	assert_int_equal(reset(&f), 1);
	assert_int_equal(f.ev->nchecked, 0);
	eval_answer(f.ev, sym_of(&f, "saddle_numbness"), EVAL_YES);
	test_nomem_at = 1;
	assert_int_equal(view_update(f.v), -1);
	test_nomem_at = 0;
	assert_int_equal(view_update(f.v), 0);
	assert_int_equal(f.v->nfired, 1);
	fix_close(&f);
}

/* The rows are the rules' order of symptoms, a heading for each group. */
static void
test_view_rows(void **state)
{
	struct fix	 f;
	size_t		 row, k = 0, g = 0;

	(void)state;
	fix_open(&f, load_file("etc/redflag.conf"));
	assert_int_equal(f.v->nrows, f.r->ngroups + f.r->nsymptoms);
	for (row = 0; row < f.v->nrows; row++) {
		if (f.v->rows[row].group) {
			assert_int_equal(f.v->rows[row].index, g++);
			continue;
		}
		assert_int_equal(f.v->rows[row].index, f.r->sym_order[k]);
		assert_int_equal(f.r->sym_place[f.r->sym_order[k]], k);
		k++;
	}
	assert_int_equal(k, f.r->nsymptoms);
	assert_int_equal(g, f.r->ngroups);
	fix_close(&f);
}

/*
 * Out of memory after an answer changed: the change is made, and
 * view_toggle, view_undo and view_reset say -1, for the checklist to
 * end rather than show stale flags and marks.
 */
static void
test_view_change_nomem(void **state)
{
	struct fix	 f;
	size_t		 sym, n;

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	view_layout(f.v, 80, 24);
	focus_on(&f, "saddle_numbness");
	sym = sym_of(&f, "saddle_numbness");
	test_nomem_all = 1;
	assert_int_equal(view_toggle(f.v), -1);
	test_nomem_all = 0;
	assert_int_equal(eval_state(f.ev, sym), EVAL_YES);
	assert_int_equal(view_update(f.v), 0);
	assert_int_equal(f.v->nfired, 1);
	assert_int_equal(f.v->marks[sym], 0);
	toggle(&f, "age_50");
	test_nomem_all = 1;
	assert_int_equal(view_undo(f.v, &n), -1);
	test_nomem_all = 0;
	assert_int_equal(n, 1);
	assert_int_equal(eval_state(f.ev, sym_of(&f, "age_50")),
	    EVAL_NOT_ASKED);
	assert_int_equal(view_update(f.v), 0);
	fix_close(&f);
}

/* eval_because and eval_marks say when they have no memory. */
static void
test_view_because_nomem(void **state)
{
	struct fix	 f;
	size_t		 out[4], n = 99, marks[4];

	(void)state;
	fix_open(&f, load_file("tests/data/small.conf"));
	toggle(&f, "both_legs");
	test_nomem_all = 1;
	assert_int_equal(eval_because(f.ev, f.v->fired[0], out, 4, &n), -1);
	assert_int_equal(eval_marks(f.ev, marks), -1);
	test_nomem_all = 0;
	assert_int_equal(eval_because(f.ev, f.v->fired[0], out, 4, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], sym_of(&f, "both_legs"));
	fix_close(&f);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_view_layout_fits),
		cmocka_unit_test(test_view_layout_too_small),
		cmocka_unit_test(test_view_layout_kinds),
		cmocka_unit_test(test_view_urgent_shipped),
		cmocka_unit_test(test_view_urgent_many),
		cmocka_unit_test(test_view_summary),
		cmocka_unit_test(test_view_panel_widths),
		cmocka_unit_test(test_view_marks),
		cmocka_unit_test(test_view_scroll_list),
		cmocka_unit_test(test_view_heading_shown),
		cmocka_unit_test(test_view_in_sight),
		cmocka_unit_test(test_view_note_shown),
		cmocka_unit_test(test_view_flags_step),
		cmocka_unit_test(test_view_click),
		cmocka_unit_test(test_view_wheel),
		cmocka_unit_test(test_view_search),
		cmocka_unit_test(test_view_undo_reset),
		cmocka_unit_test(test_view_new_nomem),
		cmocka_unit_test(test_view_nomem_paths),
		cmocka_unit_test(test_view_rows),
		cmocka_unit_test(test_view_change_nomem),
		cmocka_unit_test(test_view_because_nomem),
	};

	return (TESTMAIN(argc, argv, tests));
}
