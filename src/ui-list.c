/*
 * ui-list.c: the list of symptoms under their group headings.  Each
 * row is "> [x] label" ([x] yes, [n] no, [ ] not asked), the ">" in
 * reverse video on the focused row, and a ticked answer that sets off a flag ends with "!TAG" in its most
 * urgent level's badge, so the text says what the colour says.
 */
#include "config.h"

#include <string.h>

#include <curses.h>

#include "ui.h"

static void
ui_list_heading(const struct ui *u, int y, const struct view_rect *p,
    size_t g)
{
	int	 x;

	x = ui_text(y, p->x, p->w, u->r->groups[g].name, u->style.heading,
	    u->ascii);
	if (x + 2 < p->w)
		mvaddch(y, p->x + x, ':');
}

static void
ui_list_symptom(const struct ui *u, int y, const struct view_rect *p,
    size_t row)
{
	const struct view *v = u->v;
	size_t		 sym = v->rows[row].index, mark = v->marks[sym];
	const char	*tag = NULL;
	char		 box[8];
	int		 tagw = 0;

	/* " xn" is indexed by enum eval_answer: not asked, yes, no */
	snprintf(box, sizeof(box), "  [%c]", " xn"[eval_state(v->ev, sym)]);
	ui_text(y, p->x, p->w, box, A_NORMAL, 1);
	if (row == v->focus && v->pane == PANE_LIST)
		mvaddch(y, p->x, '>' | u->style.focus);
	if (mark != EVAL_NONE) {
		tag = u->r->levels[mark].tag;
		tagw = ui_width(u, tag) + 2;
	}
	ui_text(y, p->x + 6, p->w - 6 - tagw, u->r->symptoms[sym].label,
	    tag != NULL ? u->style.label[mark] : (int)A_NORMAL, u->ascii);
	if (tag != NULL && p->w - tagw > 6) {
		mvaddch(y, p->x + p->w - tagw + 1, '!' | u->style.level[mark]);
		ui_text(y, p->x + p->w - tagw + 2, tagw - 2, tag,
		    u->style.level[mark], u->ascii);
	}
}

void
ui_list_draw(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_rect *p = &v->layout.list;
	size_t	 row;
	int	 y;

	for (y = 0; y < p->h; y++) {
		row = v->top + (size_t)y;
		if (row >= v->nrows)
			break;
		if (v->rows[row].group)
			ui_list_heading(u, p->y + y, p, v->rows[row].index);
		else
			ui_list_symptom(u, p->y + y, p, row);
	}
}
