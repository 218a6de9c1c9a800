/*
 * ui-flags.c: the red-flags panel, most urgent first, and the info pane
 * under it: the help of the focused symptom, or why the focused flag
 * fired and where its rule comes from.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "format.h"
#include "ui.h"
#include "wrap.h"

static void
ui_flags_heading(const struct ui *u, int y, int x, int w)
{
	const struct view *v = u->v;
	char	 text[128];
	size_t	 top = eval_highest(v->ev);
	int	 used;

	if (v->nfired == 0)
		snprintf(text, sizeof(text), "No red flag");
	else
		snprintf(text, sizeof(text), "Red flags: %zu, most urgent: ",
		    v->nfired);
	used = ui_text(y, x, w, text, u->style.heading, u->ascii);
	if (top != EVAL_NONE)
		ui_text(y, x + used, w - used, u->r->levels[top].tag,
		    u->style.level[top], u->ascii);
}

/*
 * Draw part of flag i: its lines from skip on, at most h of them,
 * from row y.  Returns the rows drawn.  The layout matches
 * view_flag_lines.
 */
static int
ui_flags_one(const struct ui *u, size_t i, int y, size_t skip, int h)
{
	const struct view *v = u->v;
	const struct view_rect *p = &v->layout.flags;
	const struct rule *rule = &u->r->rules[v->fired[i]];
	const struct level *l = &u->r->levels[rule->level];
	const char	*parts[3];
	struct buf	 b[3];
	size_t		 k, n, starts[1], lens[1];
	int		 rows = 0, w = p->w - 2;

	for (k = 0; k < 3; k++)
		buf_init(&b[k]);
	view_part(&b[0], v, l->tag, ": ", rule->message);
	view_part(&b[1], v, "Do now: ", "", l->action);
	view_part(&b[2], v, "", "", rule->advice);
	for (k = 0; k < 3; k++)
		parts[k] = buf_str(&b[k]);
	if (skip == 0 && v->pane == PANE_FLAGS && i == v->flag)
		mvaddch(y, p->x, '>');
	for (k = 0; k < 3 && rows < h; k++) {
		n = wrap_lines(parts[k], (size_t)(k == 0 ? w - 2 : w - 4),
		    starts, lens, 0);	/* as ui_wrapped fills them */
		if (skip >= n) {
			skip -= n;
			continue;
		}
		if (k == 0)
			ui_wrapped(u, y + rows, p->x + 2, w, h - rows,
			    parts[k], u->style.level[rule->level],
			    strlen(l->tag) + 1, skip, 2);
		else
			ui_wrapped(u, y + rows, p->x + 4, w - 2, h - rows,
			    parts[k], A_NORMAL, 0, skip, 2);
		rows += (int)(n - skip) < h - rows ? (int)(n - skip) : h - rows;
		skip = 0;
	}
	for (k = 0; k < 3; k++)
		buf_free(&b[k]);
	return (rows);
}

static void
ui_flags_none(const struct ui *u, const struct view_rect *p)
{
	struct buf	 b;

	buf_init(&b);
	/*
	 * One text whatever is ticked, so that a toggle that changes no
	 * flag changes nothing here either.
	 */
	buf_printf(&b, "No answer ticked so far is a red flag in these rules. "
	    "This does not rule out serious disease. %s", u->r->no_flag);
	ui_wrapped(u, p->y, p->x + 2, p->w - 2, p->h, buf_str(&b), A_NORMAL,
	    0, 0, 0);
	buf_free(&b);
}

/*
 * The compact panel: a line for each flag, "N more" if they do not all
 * fit, and what to do for the most urgent, as far as it goes.
 */
static void
ui_flags_compact(const struct ui *u, const struct view_rect *p)
{
	const struct view *v = u->v;
	const struct rule *rule;
	const struct level *top = &u->r->levels[eval_highest(v->ev)];
	size_t	 i, n = view_flags_shown(v);
	char	 more[96];
	struct buf b;
	int	 x, y;

	for (i = 0; i < n; i++) {
		rule = &u->r->rules[v->fired[i]];
		x = p->x + 2;
		x += ui_text(p->y + (int)i, x, p->x + p->w - x,
		    u->r->levels[rule->level].tag, u->style.level[rule->level],
		    u->ascii);
		x += ui_text(p->y + (int)i, x, p->x + p->w - x, ": ", A_NORMAL,
		    1);
		ui_text(p->y + (int)i, x, p->x + p->w - x, rule->message,
		    A_NORMAL, u->ascii);
	}
	y = (int)n;
	if (n < v->nfired && y < p->h) {
		snprintf(more, sizeof(more), "%zu more: Tab shows every flag "
		    "in full", v->nfired - n);
		ui_text(p->y + y++, p->x + 2, p->w - 2, more, u->style.heading,
		    1);
	}
	if (y >= p->h)
		return;
	buf_init(&b);
	view_part(&b, v, "Do now: ", "", top->action);
	ui_wrapped(u, p->y + y, p->x + 2, p->w - 2, p->h - y, buf_str(&b),
	    u->style.heading, strlen("Do now:"), 0, 2);
	buf_free(&b);
}

void
ui_flags_draw(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_rect *p = &v->layout.flags;
	size_t	 i, n, line = 0;
	int	 y = 0;

	ui_flags_heading(u, p->y - 1, p->x, p->w);
	if (v->nfired == 0) {
		ui_flags_none(u, p);
		return;
	}
	if (view_flags_compact(v)) {
		ui_flags_compact(u, p);
		return;
	}
	for (i = 0; i < v->nfired && y < p->h; i++) {
		n = view_flag_lines(v, i, p->w);
		if (line + n > v->flag_top)
			y += ui_flags_one(u, i, p->y + y, line < v->flag_top ?
			    v->flag_top - line : 0, p->h - y);
		line += n;
	}
}

/* "Because: ...  Source: ..." for the focused flag. */
static void
ui_info_flag(const struct ui *u, struct buf *b)
{
	const struct rule *rule = &u->r->rules[u->v->fired[u->v->flag]];
	size_t	 i;

	buf_puts(b, "Because you ticked: ");
	format_because(b, u->v->ev, u->v->fired[u->v->flag]);
	buf_puts(b, ". Source: ");
	for (i = 0; i < rule->nsources; i++)
		buf_printf(b, "%s%s", i ? "; " : "",
		    u->r->sources[rule->sources[i]].title);
	buf_puts(b, ".");
}

/* The text of the info pane. */
void
ui_info_text(const struct ui *u, struct buf *b)
{
	const struct view *v = u->v;
	const struct symptom *s = &u->r->symptoms[view_symptom(v)];

	if (v->pane == PANE_FLAGS && v->nfired > 0)
		ui_info_flag(u, b);
	else if (s->help != NULL)
		buf_puts(b, s->help);
	else
		buf_puts(b, "There is no more to say about this answer.");
}

/* Does the info pane's text go on past the pane (so that i shows it)? */
int
ui_info_cut(const struct ui *u)
{
	const struct view_rect *p = &u->v->layout.info;
	size_t		 n;

	n = wrap_lines(ui_hold_text(u), (size_t)(p->w > 0 ? p->w : 1), NULL,
	    NULL, 0);
	return (n > (size_t)p->h);
}

void
ui_info_draw(const struct ui *u)
{
	const struct view_rect *p = &u->v->layout.info;

	ui_wrapped(u, p->y, p->x, p->w, p->h, ui_hold_text(u), A_NORMAL, 0, 0,
	    0);
}
