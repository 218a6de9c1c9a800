/*
 * view-flags.c: the lines of the red-flags panel, laid out once each
 * time the answers, the size or the pane change; ui-flags.c only paints
 * them.  In full, each flag is its title ("TAG: message"), "Do now:"
 * and its advice, and the panel scrolls.  When that does not fit while
 * the list has the focus, the panel sums up instead: the titles, and
 * what to do for the most urgent level, in whole sentences.  Room goes
 * first to the first sentence of what to do, then to a line for each
 * flag, then to the rest of each title, then to more sentences.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "safety.h"
#include "utf8.h"
#include "view.h"
#include "wrap.h"

/* TRANSLATORS: the label of what to do now, before a level's action. */
#define VIEW_FLAGS_DO_NOW	N_("Do now:")

/* a, b and c joined, as they will be shown, in out. */
static void
view_flags_join(struct buf *out, const struct view *v, const char *a,
    const char *b, const char *c)
{
	struct buf	 t;

	buf_reset(out);
	buf_init(&t);
	buf_printf(&t, "%s%s%s", a, b, c);
	utf8_sanitize(out, buf_str(&t), t.len, v->ascii);
	buf_free(&t);
}

/* Lines a + b + c takes filled to width columns. */
static size_t
view_flags_count(const struct view *v, const char *a, const char *b,
    const char *c, int width)
{
	struct buf	 t;
	size_t		 n;

	buf_init(&t);
	view_flags_join(&t, v, a, b, c);
	n = wrap_lines(buf_str(&t), width > 0 ? (size_t)width : 1, NULL, NULL,
	    0);
	buf_free(&t);
	return (n);
}

static int
view_flags_push(struct view_panel *p, const struct view_line *l)
{
	struct view_line *n;
	size_t		 cap;

	if (p->n == p->cap) {
		cap = p->cap > 0 ? p->cap * 2 : 64;
		if ((n = realloc(p->line, cap * sizeof(*n))) == NULL)
			return (-1);
		p->line = n;
		p->cap = cap;
	}
	p->line[p->n++] = *l;
	return (0);
}

/*
 * Add a paragraph, a + b + c, filled to the panel's width less xcont:
 * its first line x columns in, the others xcont.  The first lead bytes
 * are drawn in look.  At most max lines; when that cuts it, the last
 * line runs on to the paragraph's end (to be cut with "~" there).
 */
static int
view_flags_para(struct view *v, const char *a, const char *b, const char *c,
    const struct view_line *proto, int xcont, size_t max)
{
	struct view_panel *p = &v->panel;
	struct view_line l = *proto;
	struct buf	 t;
	size_t		*starts = NULL, *lens = NULL, n, i, base;
	int		 rc = -1, width = v->layout.flags.w - xcont;

	buf_init(&t);
	view_flags_join(&t, v, a, b, c);
	n = wrap_lines(buf_str(&t), width > 0 ? (size_t)width : 1, NULL, NULL,
	    0);
	starts = calloc(n + 1, sizeof(*starts));
	lens = calloc(n + 1, sizeof(*lens));
	if (starts == NULL || lens == NULL)
		goto out_free;
	wrap_lines(buf_str(&t), width > 0 ? (size_t)width : 1, starts, lens, n);
	base = p->text.len;
	buf_add(&p->text, buf_str(&t), t.len);
	for (i = 0; i < n && i < max; i++) {
		l.off = base + starts[i];
		l.len = i + 1 == max && n > max ? t.len - starts[i] : lens[i];
		if (i > 0) {
			l.x = xcont;
			l.lead = 0;
		}
		if (view_flags_push(p, &l) != 0)
			goto out_free;
	}
	rc = 0;
out_free:
	free(starts);
	free(lens);
	buf_free(&t);
	return (rc);
}

static const struct level *
view_flags_level(const struct view *v, size_t i)
{
	return (&v->r->levels[v->r->rules[v->fired[i]].level]);
}

/* Add the title of flag i, in at most max lines. */
static int
view_flags_title(struct view *v, size_t i, size_t max)
{
	const struct rule *rule = &v->r->rules[v->fired[i]];
	struct view_line l = { i, 0, 0, 0, LOOK_BADGE, rule->level, 2 };
	struct buf	 tag;

	buf_init(&tag);
	view_flags_join(&tag, v, view_flags_level(v, i)->tag, "", "");
	l.lead = tag.len;
	buf_free(&tag);
	return (view_flags_para(v, view_flags_level(v, i)->tag, ": ",
	    rule->message, &l, 4, max));
}

static int
view_flags_full(struct view *v)
{
	const struct rule *rule;
	struct view_line l = { 0, 0, 0, 0, LOOK_HEADING, 0, 4 };
	size_t	 i;

	for (i = 0; i < v->nfired; i++) {
		rule = &v->r->rules[v->fired[i]];
		v->panel.first[i] = v->panel.n;
		l.flag = i;
		l.lead = strlen(_(VIEW_FLAGS_DO_NOW));
		l.look = LOOK_HEADING;
		if (view_flags_title(v, i, SIZE_MAX) != 0 ||
		    view_flags_para(v, _(VIEW_FLAGS_DO_NOW), " ",
		    view_flags_level(v, i)->action, &l, 6, SIZE_MAX) != 0)
			return (-1);
		l.lead = 0;
		l.look = LOOK_PLAIN;
		if (view_flags_para(v, rule->advice, "", "", &l, 6,
		    SIZE_MAX) != 0)
			return (-1);
	}
	v->panel.first[v->nfired] = v->panel.n;
	return (0);
}

/* Lines the whole of every flag takes. */
static size_t
view_flags_full_lines(const struct view *v)
{
	const struct rule *rule;
	size_t	 i, n = 0;
	int	 w = v->layout.flags.w;

	for (i = 0; i < v->nfired; i++) {
		rule = &v->r->rules[v->fired[i]];
		n += view_flags_count(v, view_flags_level(v, i)->tag, ": ",
		    rule->message, w - 4);
		n += view_flags_count(v, _(VIEW_FLAGS_DO_NOW), " ",
		    view_flags_level(v, i)->action, w - 6);
		n += view_flags_count(v, rule->advice, "", "", w - 6);
	}
	return (n);
}

/*
 * The bytes of text that make its first k sentences (a sentence ends
 * with '.', '!' or '?' and a space); all of it when it has fewer.
 */
static size_t
view_flags_sentences(const char *text, size_t k)
{
	size_t	 i;

	for (i = 0; text[i] != '\0'; i++) {
		if (strchr(".!?", text[i]) != NULL && text[i + 1] == ' ' &&
		    --k == 0)
			return (i + 1);
	}
	return (i);
}

/* Lines "Do now: " and the first k sentences of action take. */
static size_t
view_flags_action_lines(const struct view *v, const char *action, size_t k,
    char *tmp)
{
	size_t	 len = view_flags_sentences(action, k);

	memcpy(tmp, action, len);
	tmp[len] = '\0';
	return (view_flags_count(v, _(VIEW_FLAGS_DO_NOW), " ", tmp,
	    v->layout.flags.w - 4));
}

/*
 * Add what to do for the most urgent level: as many whole sentences as
 * fit in rows (the first one even if it does not).
 */
static int
view_flags_action(struct view *v, size_t rows)
{
	const char	*action = view_flags_level(v, 0)->action;
	struct view_line l = { 0, 0, 0, 0, LOOK_HEADING, 0, 2 };
	size_t		 k = 1, len;
	char		*tmp;
	int		 rc;

	l.flag = v->nfired;
	l.lead = strlen(_(VIEW_FLAGS_DO_NOW));
	if ((tmp = malloc(strlen(action) + 1)) == NULL)
		return (-1);
	while (view_flags_sentences(action, k) < strlen(action) &&
	    view_flags_action_lines(v, action, k + 1, tmp) <= rows)
		k++;
	len = view_flags_sentences(action, k);
	memcpy(tmp, action, len);
	tmp[len] = '\0';
	rc = view_flags_para(v, _(VIEW_FLAGS_DO_NOW), " ", tmp, &l, 4, rows);
	free(tmp);
	return (rc);
}

/* "N more" when only shown of the flags have a line. */
static int
view_flags_more(struct view *v, size_t shown)
{
	struct view_line l = { 0, 0, 0, 0, LOOK_HEADING, 0, 2 };
	char	 more[96];

	l.flag = v->nfired;
	/* TRANSLATORS: how many flags have no line of their own; keep it
	   short. */
	snprintf(more, sizeof(more), _("%zu more: Tab shows every flag in "
	    "full"), v->nfired - shown);
	l.lead = strlen(more);
	return (view_flags_para(v, more, "", "", &l, 4, 1));
}

/*
 * The summary, in h rows: the first sentence of what to do is kept; a
 * line for each flag that fits (with "N more" for the others), then the
 * rest of the titles in order, then more of what to do.
 */
static int
view_flags_summary(struct view *v, size_t h)
{
	const char	*action = view_flags_level(v, 0)->action;
	size_t		 i, act, rows, shown, more, extra, n;
	char		*tmp;

	if ((tmp = malloc(strlen(action) + 1)) == NULL)
		return (-1);
	act = view_flags_action_lines(v, action, 1, tmp);
	free(tmp);
	if (act > h - 1)
		act = h > 1 ? h - 1 : 0;
	rows = h - act;
	shown = v->nfired <= rows ? v->nfired : (rows > 1 ? rows - 1 : rows);
	more = shown < v->nfired;
	extra = rows - shown - more;
	for (i = 0; i < shown; i++) {
		n = view_flags_count(v, view_flags_level(v, i)->tag, ": ",
		    v->r->rules[v->fired[i]].message, v->layout.flags.w - 4);
		n = n - 1 < extra ? n : extra + 1;
		extra -= n - 1;
		if (view_flags_title(v, i, n) != 0)
			return (-1);
	}
	if (more && view_flags_more(v, shown) != 0)
		return (-1);
	return (view_flags_action(v, h - v->panel.n));
}

static int
view_flags_none(struct view *v)
{
	struct view_line l = { 0, 0, 0, 0, LOOK_PLAIN, 0, 2 };
	char		 none[512];

	l.flag = v->nfired;
	snprintf(none, sizeof(none), "%s %s ", _("No answer ticked so far is a "
	    "red flag in these rules."), safety(SAFETY_NOT_RULED_OUT));
	return (view_flags_para(v, none, v->r->no_flag, "", &l, 2, SIZE_MAX));
}

/* Lay the panel out again.  Returns -1 when memory ran out. */
int
view_flags_layout(struct view *v)
{
	struct view_panel *p = &v->panel;
	size_t		 h;
	size_t		*first;

	buf_reset(&p->text);
	p->n = 0;
	p->full = 0;
	if ((first = realloc(p->first, (v->nfired + 1) * sizeof(*first))) ==
	    NULL)
		return (-1);
	p->first = first;
	memset(first, 0, (v->nfired + 1) * sizeof(*first));
	if (v->layout.too_small || v->layout.flags.w <= 6 ||
	    v->layout.flags.h <= 0)
		return (0);
	h = (size_t)v->layout.flags.h;
	if (v->nfired == 0)
		return (view_flags_none(v));
	if (v->pane == PANE_FLAGS || view_flags_full_lines(v) <= h) {
		p->full = 1;
		return (view_flags_full(v));
	}
	return (view_flags_summary(v, h));
}

void
view_flags_free(struct view *v)
{
	buf_free(&v->panel.text);
	free(v->panel.line);
	free(v->panel.first);
}

/* Lines flag i takes in full (0 when the panel sums up). */
size_t
view_flags_lines(const struct view *v, size_t i)
{
	if (!v->panel.full || i >= v->nfired)
		return (0);
	return (v->panel.first[i + 1] - v->panel.first[i]);
}

/* The line where flag i begins in full. */
size_t
view_flags_start(const struct view *v, size_t i)
{
	return (v->panel.full && i < v->nfired ? v->panel.first[i] : 0);
}

/* The panel line shown in row y of the screen, or NULL. */
const struct view_line *
view_flags_line_at(const struct view *v, int y)
{
	size_t	 line;

	if (y < v->layout.flags.y)
		return (NULL);
	line = (size_t)(y - v->layout.flags.y) + (v->panel.full ?
	    v->flag_top : 0);
	return (line < v->panel.n ? &v->panel.line[line] : NULL);
}
