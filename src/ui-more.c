/*
 * ui-more.c: the page that shows all of what the info pane can only
 * begin: the whole help of an answer, or the whole of a red flag (what
 * to do, advice, the answers that set it off and its sources with their
 * web addresses), or the whole no-flag advice.  It scrolls.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "format.h"
#include "i18n.h"
#include "ui.h"
#include "wrap.h"

static void
ui_more_flag(const struct ui *u, struct buf *b, size_t rule)
{
	const struct rule *ru = &u->r->rules[rule];
	const struct level *l = &u->r->levels[ru->level];
	const struct source *s;
	size_t		 i;

	buf_printf(b, "%s: %s\n", l->tag, ru->message);
	buf_printf(b, "%s %s\n", _("Do now:"), l->action);
	buf_printf(b, "%s\n", ru->advice);
	buf_printf(b, "%s ", _("Because you ticked:"));
	format_because(b, u->v->ev, rule);
	buf_printf(b, ".\n%s ", _("Sources:"));
	for (i = 0; i < ru->nsources; i++) {
		s = &u->r->sources[ru->sources[i]];
		buf_printf(b, "%s%s%s%s%s", i ? "; " : "", s->title,
		    s->url ? " <" : "", s->url ? s->url : "", s->url ? ">" : "");
	}
	buf_puts(b, ".\n");
}

/* The text of the page: paragraphs, one a line. */
static void
ui_more_text(const struct ui *u, struct buf *b)
{
	const struct view *v = u->v;
	const struct symptom *s;

	if (u->mode == UI_MODE_MORE_FLAG && v->nfired > 0) {
		ui_more_flag(u, b, v->fired[v->flag]);
		return;
	}
	if (u->mode == UI_MODE_MORE_FLAG) {
		buf_printf(b, "%s\n", _("No red flag"));
		format_no_flag(b, v->ev);
		buf_printf(b, "\n%s\n", u->r->no_flag);
		return;
	}
	s = &u->r->symptoms[view_symptom(v)];
	buf_printf(b, "%s\n%s\n", s->label, s->help != NULL ? s->help :
	    _("There is no more to say about this answer."));
	/* TRANSLATORS: the answer's group, and its id (never translated),
	   which --check and --answers take. */
	buf_printf(b, _("Group: %s. Id, for --check and --answers: %s."),
	    s->group, s->id);
	buf_putc(b, '\n');
}

/*
 * Draw the page's lines from skip on into rows y to y + h - 1; returns
 * the number of lines the page has.
 */
static size_t
ui_more_lines(const struct ui *u, int y, int w, int h, size_t skip)
{
	struct buf	 b;
	char		*para, *next;
	size_t		 n = 0, k, lines;

	buf_init(&b);
	ui_more_text(u, &b);
	for (para = b.s; para != NULL && *para != '\0'; para = next) {
		if ((next = strchr(para, '\n')) != NULL)
			*next++ = '\0';
		lines = wrap_lines(para, (size_t)(w > 1 ? w : 1), NULL, NULL, 0);
		for (k = 0; k < lines; k++, n++) {
			if (n >= skip && (int)(n - skip) < h)
				ui_wrapped(u, y + (int)(n - skip), 0, w, 1, para,
				    n == 0 ? u->style.title : (int)A_NORMAL, n == 0 ?
				    strlen(para) : 0, k, 0);
		}
		n++;	/* a blank line between paragraphs */
	}
	buf_free(&b);
	return (n);
}

void
ui_more_draw(const struct ui *u)
{
	const struct view_layout *l = &u->v->layout;
	size_t	 total, shown = (size_t)(l->height - 2);

	total = ui_more_lines(u, 0, l->width - 1, l->height - 2, u->more_top);
	/* TRANSLATORS: the keys of a page that scrolls; Down and Space are
	   keys' names, as the help screen gives them. */
	ui_text(l->height - 1, 0, l->width, total > u->more_top + shown ?
	    _("Down, Space: more   q, Esc, i: back") : _("q, Esc, i: back"),
	    A_NORMAL, u->ascii);
	move(0, 0);
}

void
ui_more_key(struct ui *u, int key, int fn)
{
	const struct view_layout *l = &u->v->layout;
	size_t	 shown = (size_t)(l->height > 2 ? l->height - 2 : 1);

	if (ui_scroll_key(&u->more_top, ui_more_lines(u, 0, l->width - 1, 0,
	    0), shown, key, fn))
		return;
	if (!fn && (key == 'q' || key == 'i' || key == 27 || key == '\r' ||
	    key == '\n'))
		ui_mode_set(u, UI_MODE_MAIN);
}

/* Open the page for the focused answer, or flag in the flags panel. */
void
ui_more_open(struct ui *u)
{
	u->more_top = 0;
	ui_mode_set(u, u->v->pane == PANE_FLAGS ? UI_MODE_MORE_FLAG :
	    UI_MODE_MORE);
}
