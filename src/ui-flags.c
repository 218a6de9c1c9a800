/*
 * ui-flags.c: paints the red-flags panel as view-flags.c laid it out,
 * and the line of the most urgent flag above it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"

/*
 * The line of the most urgent flag: its level's badge, the start of
 * what to do, and the key that shows the flags in full (unless they
 * are shown).  "No red flag" when there is none.
 */
void
ui_flags_alert(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_rect *a = &v->layout.alert;
	size_t		 top = eval_highest(v->ev);
	char		 key[64] = "";
	int		 x, kw = 0, gap = a->w >= 60 ? 2 : 1;

	if (top == EVAL_NONE) {
		ui_text(a->y, a->x, a->w, _("No red flag"), u->style.heading,
		    u->ascii);
		return;
	}
	if (v->pane == PANE_LIST)
		/* TRANSLATORS: %s is the name of the key (Tab) that shows
		   the flags in full; keep it short. */
		snprintf(key, sizeof(key), a->w >= 60 ? _("%s: details") :
		    "[%s]", ui_keys_name(ACT_PANE));
	if (*key != '\0')
		kw = ui_width(u, key) + gap;
	x = ui_text(a->y, a->x, a->w, u->r->levels[top].tag,
	    u->style.level[top], u->ascii) + gap;
	ui_text(a->y, a->x + x, a->w - x - kw, u->r->levels[top].action,
	    A_NORMAL, u->ascii);
	if (kw > 0 && a->w - x - kw > 0)
		ui_text(a->y, a->x + a->w - kw + gap, kw - gap, key,
		    u->style.key, u->ascii);
}

static int
ui_flags_look(const struct ui *u, const struct view_line *l)
{
	if (l->look == LOOK_BADGE)
		return (u->style.level[l->level]);
	return (l->look == LOOK_HEADING ? u->style.heading : (int)A_NORMAL);
}

/* Paint line l of the panel in row y: its lead in its look, then text. */
static void
ui_flags_line(const struct ui *u, int y, const struct view_line *l)
{
	const struct view_rect *p = &u->v->layout.flags;
	const char	*s = u->v->panel.text.s + l->off;
	char		*t;
	int		 x = l->x;

	if ((t = malloc(l->len + 1)) == NULL)
		return;
	memcpy(t, s, l->lead);
	t[l->lead] = '\0';
	if (l->lead > 0)
		x += ui_text(y, p->x + x, p->w - x, t, ui_flags_look(u, l),
		    u->ascii);
	memcpy(t, s + l->lead, l->len - l->lead);
	t[l->len - l->lead] = '\0';
	ui_text(y, p->x + x, p->w - x, t, A_NORMAL, u->ascii);
	free(t);
}

/*
 * The panel's rows, painted if paint; returns the row of the focused
 * flag's marker: its first line in sight.
 */
static int
ui_flags_rows(const struct ui *u, int paint)
{
	const struct view *v = u->v;
	const struct view_rect *p = &v->layout.flags;
	const struct view_line *l;
	int	 y, marker = -1;

	for (y = p->y; y < p->y + p->h; y++) {
		if ((l = view_flags_line_at(v, y)) == NULL)
			break;
		if (marker < 0 && l->flag == v->flag)
			marker = y;
		if (paint)
			ui_flags_line(u, y, l);
		else if (marker >= 0)
			break;
	}
	return (marker >= 0 ? marker : p->y);
}

int
ui_flags_marker(const struct ui *u)
{
	return (ui_flags_rows(u, 0));
}

void
ui_flags_draw(const struct ui *u)
{
	const struct view *v = u->v;
	int	 marker = ui_flags_rows(u, 1);

	if (v->pane == PANE_FLAGS && v->nfired > 0)
		mvaddch(marker, v->layout.flags.x, '>' | u->style.focus);
}
