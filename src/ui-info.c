/*
 * ui-info.c: the info pane under the list: the help of the focused
 * symptom, or why the focused flag fired and where its rule comes from.
 * On a slow line ui-hold.c decides when its text is taken afresh.
 */
#include "config.h"

#include <curses.h>

#include "format.h"
#include "i18n.h"
#include "ui.h"
#include "wrap.h"

/* "Because: ...  Source: ..." for the focused flag. */
static void
ui_info_flag(const struct ui *u, struct buf *b)
{
	const struct rule *rule = &u->r->rules[u->v->fired[u->v->flag]];
	size_t	 i;

	buf_printf(b, "%s ", _("Because you ticked:"));
	format_because(b, u->v->ev, u->v->fired[u->v->flag]);
	buf_printf(b, ". %s ", _("Source:"));
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
		buf_puts(b, _("There is no more to say about this answer."));
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
