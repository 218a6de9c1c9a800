/*
 * ui-prompt.c: the status line: the line where a search or a report's
 * file name is typed, the question whether to replace a file, and
 * messages.  ui-mode.c says which is shown.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <curses.h>

#include "i18n.h"
#include "report.h"
#include "ui.h"
#include "utf8.h"

/* TRANSLATORS: the file name of the report is typed after it. */
#define UI_PROMPT_SAVE		N_("Save report to:")

/* Encode a character as UTF-8; returns its length, or 0 if not text. */
static size_t
ui_prompt_utf8(int c, char *out)
{
	if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c > 0x10ffff)
		return (0);
	if (c < 0x80) {
		out[0] = (char)c;
		return (1);
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3f));
		return (2);
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return (3);
	}
	out[0] = (char)(0xf0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return (4);
}

static int
ui_prompt_is_erase(int key, int fn)
{
	return ((fn && key == KEY_BACKSPACE) || (!fn && (key == 0x7f ||
	    key == UI_CTRL('H'))));
}

static int
ui_prompt_is_enter(int key, int fn)
{
	return ((fn && key == KEY_ENTER) || (!fn && (key == '\r' ||
	    key == '\n')));
}

/*
 * Save under the name typed.  When that fails the line stays open with
 * the name, and the reason is shown under it until Enter or Esc.
 */
static void
ui_prompt_do_save(struct ui *u, int overwrite)
{
	struct report_asked a;
	char	 path[PATH_MAX], why[256];
	int	 rc;

	ui_mode_set(u, UI_MODE_MAIN);
	ui_asked(u, &a);
	if (report_typed_path(u->input, path, sizeof(path)) != 0) {
		snprintf(why, sizeof(why), "%s", _("the name is too long"));
		rc = -1;
	} else
		rc = report_save_asked(u->v->ev, &a, path, overwrite, why,
		    sizeof(why));
	if (rc == STATUS_EXISTS) {
		ui_mode_set(u, UI_MODE_OVERWRITE);
		return;
	}
	if (rc != 0) {
		/* TRANSLATORS: %s says why; the reason is shown in the error
		   colour up to the first colon. */
		ui_status(u, 1, _("Not saved: %s. Your answers are still "
		    "here."), why);
		u->keep_name = 1;
		ui_mode_set(u, UI_MODE_SAVE);
		return;
	}
	u->keep_name = 0;
	u->v->saved = u->v->changes;
	snprintf(u->saved_path, sizeof(u->saved_path), "%s", path);
	ui_status(u, 0, _("Saved the report to %s (only you can read it)."),
	    path);
	if (u->quit_saved)
		u->quit = 1;
}

/* The length of the character that ends at byte at of line. */
static size_t
ui_prompt_back(const char *line, size_t at)
{
	size_t	 i = at;

	while (i > 0 && ((unsigned char)line[i - 1] & 0xc0) == 0x80)
		i--;
	return (i > 0 ? at - i + 1 : at);
}

/* The length of the character that starts at byte at of line. */
static size_t
ui_prompt_fwd(const char *line, size_t at)
{
	size_t	 i = at;

	if (line[i] == '\0')
		return (0);
	for (i++; ((unsigned char)line[i] & 0xc0) == 0x80; i++)
		;
	return (i - at);
}

/* Move the insertion point *at; returns 1 when the key was one that does. */
static int
ui_prompt_move(const char *line, size_t *at, int key, int fn)
{
	if ((fn && key == KEY_LEFT) || (!fn && key == UI_CTRL('B')))
		*at -= ui_prompt_back(line, *at);
	else if ((fn && key == KEY_RIGHT) || (!fn && key == UI_CTRL('F')))
		*at += ui_prompt_fwd(line, *at);
	else if ((fn && key == KEY_HOME) || (!fn && key == UI_CTRL('A')))
		*at = 0;
	else if ((fn && key == KEY_END) || (!fn && key == UI_CTRL('E')))
		*at = strlen(line);
	else
		return (0);
	return (1);
}

/* Take n bytes out of line at byte at. */
static void
ui_prompt_cut(char *line, size_t at, size_t n)
{
	memmove(line + at, line + at + n, strlen(line + at + n) + 1);
}

/*
 * Edit a line of text whose insertion point is *at; returns 1 when the
 * key was used.
 */
static int
ui_prompt_edit(char *line, size_t size, size_t *at, int key, int fn)
{
	size_t	 len = strlen(line), n;
	char	 enc[4];

	if (ui_prompt_move(line, at, key, fn))
		return (1);
	if (ui_prompt_is_erase(key, fn)) {
		n = ui_prompt_back(line, *at);
		*at -= n;
		ui_prompt_cut(line, *at, n);
		return (1);
	}
	if ((fn && key == KEY_DC) || (!fn && key == UI_CTRL('D'))) {
		ui_prompt_cut(line, *at, ui_prompt_fwd(line, *at));
		return (1);
	}
	if (!fn && key == UI_CTRL('U')) {
		line[0] = '\0';
		*at = 0;
		return (1);
	}
	if (fn || (n = ui_prompt_utf8(key, enc)) == 0)
		return (0);
	if (len + n < size) {
		memmove(line + *at + n, line + *at, len - *at + 1);
		memcpy(line + *at, enc, n);
		*at += n;
	}
	return (1);
}

/*
 * Where the insertion point, byte at of line, is drawn: *cur is its
 * column, *cw the width of the character there (1 at the end), *total
 * the width of the line, all as shown (see utf8_sanitize).
 */
static void
ui_prompt_measure(const struct ui *u, const char *line, size_t at,
    size_t *cur, size_t *cw, size_t *total)
{
	struct buf	 t;
	size_t		 next = at + ui_prompt_fwd(line, at);

	buf_init(&t);
	utf8_sanitize(&t, line, at, u->ascii);
	*cur = utf8_width(buf_str(&t), t.len);
	utf8_sanitize(&t, line + at, next - at, u->ascii);
	*cw = next > at ? utf8_width(buf_str(&t), t.len) - *cur : 1;
	utf8_sanitize(&t, line + next, strlen(line + next), u->ascii);
	*total = utf8_width(buf_str(&t), t.len);
	buf_free(&t);
}

/*
 * The first column of a line shown in a field w columns wide, moved
 * from left only as far as it must be for the insertion point to be in
 * sight: not under the '<' at the left edge nor the '>' at the right.
 */
static size_t
ui_prompt_left(const struct ui *u, const char *line, size_t at, int w,
    size_t left)
{
	size_t	 cur, cw, total, room = w > 2 ? (size_t)w - 1 : 1;

	ui_prompt_measure(u, line, at, &cur, &cw, &total);
	if (total < (size_t)w)
		return (0);
	if (cur + cw > left + room)
		left = cur + cw - room;
	if (left > 0 && cur < left + 1)
		left = cur > 0 ? cur - 1 : 0;
	if (left > 0 && total + 1 < left + room)	/* room left at the end */
		left = total + 1 - room;
	return (left);
}

/*
 * The characters of the shown text t that lie wholly in columns lo to
 * hi - 1: bytes b[0] to b[1] - 1, from column c[0] to c[1] - 1.
 */
static void
ui_prompt_span(const struct buf *t, size_t lo, size_t hi, size_t b[2],
    size_t c[2])
{
	size_t		 col = 0, i = 0;
	uint32_t	 cp;
	int		 n, w;

	b[0] = b[1] = c[0] = c[1] = 0;
	while (i < t->len && (n = utf8_decode(buf_str(t) + i, t->len - i,
	    &cp)) > 0) {
		w = utf8_cp_width(cp);
		if (col >= lo && col + (size_t)w <= hi && (b[1] > 0 || w > 0)) {
			if (b[1] == 0) {
				b[0] = i;
				c[0] = col;
			}
			b[1] = i + (size_t)n;
			c[1] = col + (size_t)w;
		}
		col += (size_t)w;
		i += (size_t)n;
	}
}

/*
 * Draw line in the w columns from (y, x), from its column left on, and
 * leave the cursor at the insertion point, byte at.  A '<' or '>' at an
 * edge says that the line goes on there.  Returns the column after the
 * last one drawn.
 */
static int
ui_prompt_field(const struct ui *u, int y, int x, int w, const char *line,
    size_t at, size_t left)
{
	struct buf	 t;
	size_t		 cur, cw, total, hi, b[2], c[2];

	left = ui_prompt_left(u, line, at, w, left);
	ui_prompt_measure(u, line, at, &cur, &cw, &total);
	hi = left + (size_t)w - (total > left + (size_t)w);
	buf_init(&t);
	utf8_sanitize(&t, line, strlen(line), u->ascii);
	ui_prompt_span(&t, left + (left > 0), hi, b, c);
	if (b[1] > b[0])
		mvaddnstr(y, x + (int)(c[0] - left), buf_str(&t) + b[0],
		    (int)(b[1] - b[0]));
	if (left > 0)
		mvaddch(y, x, '<' | u->style.key);
	if (hi < left + (size_t)w)
		mvaddch(y, x + w - 1, '>' | u->style.key);
	buf_free(&t);
	move(y, x + (int)(cur - left));
	return (x + (int)(c[1] > left ? c[1] - left : 0));
}

/* Keep the file name's insertion point in sight after a key. */
static void
ui_prompt_scroll(struct ui *u)
{
	u->input_left = ui_prompt_left(u, u->input, u->input_at,
	    u->v->layout.status.w - ui_width(u, _(UI_PROMPT_SAVE)) - 1,
	    u->input_left);
}

/*
 * Restricted mode: save at once in the report directory, under a name
 * the program makes; quit afterwards if that was asked.
 */
static void
ui_prompt_save_dir(struct ui *u)
{
	struct report_asked a;
	char	 name[64], why[256];

	ui_mode_set(u, UI_MODE_MAIN);
	ui_asked(u, &a);
	if (u->o->report_dir < 0 || reportdir_save(u->v->ev, &a,
	    u->o->report_dir, name, sizeof(name), why, sizeof(why)) != 0) {
		ui_status(u, 1, _("Not saved: %s. Your answers are still "
		    "here."), u->o->report_dir < 0 ? _("reports cannot be saved "
		    "here") : why);
		u->quit_saved = 0;
		return;
	}
	u->v->saved = u->v->changes;
	snprintf(u->saved_path, sizeof(u->saved_path), "%s", name);
	ui_status(u, 0, _("Saved the report as %s."), name);
	u->quit = u->quit_saved;
}

/* Ask for the report's file name, starting from a dated default. */
void
ui_prompt_save(struct ui *u)
{
	if (u->o->restricted) {
		ui_prompt_save_dir(u);
		return;
	}
	if (!u->keep_name)
		report_default_name(u->input, sizeof(u->input), time(NULL));
	u->input_at = strlen(u->input);
	ui_mode_set(u, UI_MODE_SAVE);
	u->status[0] = '\0';
	u->input_left = 0;
	ui_prompt_scroll(u);
}

/*
 * A key typed in the search: Enter or a cursor key keeps the answer
 * found, Esc goes back to where the search began.
 */
void
ui_prompt_search_key(struct ui *u, int key, int fn)
{
	char	 enc[5];
	size_t	 n;

	if (ui_prompt_is_enter(key, fn) || (!fn && key == 27) || (fn &&
	    (key == KEY_UP || key == KEY_DOWN))) {
		view_search_end(u->v, !fn && key == 27);
		ui_mode_set(u, UI_MODE_MAIN);
		if (fn)
			view_move(u->v, key == KEY_UP ? -1 : 1);
	} else if (ui_prompt_is_erase(key, fn))
		view_search_erase(u->v);
	else if (!fn && key == UI_CTRL('U')) {
		while (u->v->search[0] != '\0')
			view_search_erase(u->v);
	} else if (!fn && (n = ui_prompt_utf8(key, enc)) > 0) {
		enc[n] = '\0';
		view_search_type(u->v, enc);
	}
}

/* A key typed in the report's file name. */
void
ui_prompt_save_key(struct ui *u, int key, int fn)
{
	if (ui_prompt_is_enter(key, fn)) {
		u->status[0] = '\0';
		ui_prompt_do_save(u, 0);
	} else if (!fn && key == 27)
		ui_mode_close(u);
	else if (ui_prompt_edit(u->input, sizeof(u->input), &u->input_at,
	    key, fn))
		ui_prompt_scroll(u);
}

/* y replaces the file; n or Esc goes back to its name. */
void
ui_prompt_overwrite_key(struct ui *u, int key, int fn)
{
	if (!fn && (key == 'y' || key == 'Y'))
		ui_prompt_do_save(u, 1);
	else if (!fn && (key == 'n' || key == 'N' || key == 27))
		ui_mode_set(u, UI_MODE_SAVE);
}

/*
 * Why the last save failed, in the info pane's place under the file
 * name (the pane's heading is where the name is typed).
 */
static void
ui_prompt_reason(const struct ui *u)
{
	const struct view_rect *p = &u->v->layout.info;
	int	 y;

	for (y = p->y; y < p->y + p->h; y++) {
		move(y, p->x);
		clrtoeol();
	}
	ui_wrapped(u, p->y, p->x, p->w, p->h, u->status, u->style.error,
	    strcspn(u->status, ":") + 1, 0, 0);
}

/* "NAME exists. Replace it?", with the end of NAME when it is long. */
void
ui_prompt_overwrite_draw(const struct ui *u, const struct view_rect *r)
{
	struct buf	 t, ask;
	size_t		 room, i = 0;
	uint32_t	 cp;
	int		 x = 0, n, aw, y = r->y, w = r->w;

	buf_init(&ask);
	/* TRANSLATORS: after the name of a file that is there already;
	   y and n stay y and n. */
	buf_printf(&ask, " %s ", _("exists. Replace it? (y/n)"));
	aw = ui_width(u, buf_str(&ask));
	room = w > aw ? (size_t)(w - aw) : 0;
	buf_init(&t);
	utf8_sanitize(&t, u->input, strlen(u->input), u->ascii);
	if (w > aw + 2 && utf8_width(buf_str(&t), t.len) > room) {
		x = ui_text(y, r->x, 1, "<", u->style.key, 1);
		while (utf8_width(buf_str(&t) + i, t.len - i) > room - 1 &&
		    (n = utf8_decode(buf_str(&t) + i, t.len - i, &cp)) > 0)
			i += (size_t)n;
	}
	x += ui_text(y, r->x + x, w - x, buf_str(&t) + i, u->style.key,
	    u->ascii);
	x += ui_text(y, r->x + x, w - x, buf_str(&ask), u->style.key, u->ascii);
	buf_free(&t);
	buf_free(&ask);
	move(y, r->x + (x < w ? x : w - 1));
}

/* The search as it is typed, and "(no match)" after it. */
void
ui_prompt_search_draw(const struct ui *u, const struct view_rect *r)
{
	const struct view *v = u->v;
	char	 label[128], nomatch[128];
	int	 x, miss;

	snprintf(nomatch, sizeof(nomatch), "  %s", _("(no match)"));
	miss = v->search_miss ? ui_width(u, nomatch) : 0;
	snprintf(label, sizeof(label), "%s ", _("Search:"));
	x = r->x + ui_text(r->y, r->x, r->w, label, u->style.key, u->ascii);
	x = ui_prompt_field(u, r->y, x, r->x + r->w - x - miss, v->search,
	    strlen(v->search), 0);
	if (miss) {
		ui_text(r->y, x, r->x + r->w - x, nomatch, u->style.error,
		    u->ascii);
		move(r->y, x);	/* the cursor stays where one types */
	}
}

/* The report's file name as it is typed, and why a save failed. */
void
ui_prompt_save_draw(const struct ui *u, const struct view_rect *r)
{
	char	 label[128];
	int	 x;

	snprintf(label, sizeof(label), "%s ", _(UI_PROMPT_SAVE));
	x = r->x + ui_text(r->y, r->x, r->w, label, u->style.key, u->ascii);
	if (u->status[0] != '\0')
		ui_prompt_reason(u);
	ui_prompt_field(u, r->y, x, r->x + r->w - x, u->input, u->input_at,
	    u->input_left);
}

/*
 * The status line when nothing is asked: a message, else the heading
 * of the info pane under it.
 */
void
ui_prompt_line(const struct ui *u)
{
	const struct view_rect *s = &u->v->layout.status;

	if (u->status[0] != '\0')
		ui_text(s->y, 0, s->w, u->status, u->status_error ?
		    u->style.error : (int)A_NORMAL, u->ascii);
	else
		ui_text(s->y, 0, s->w, u->info_flag ?
		    (ui_info_cut(u) ? _("Why this flag, and its source (i: all "
		    "of it):") : _("Why this flag, and its source:")) :
		    (ui_info_cut(u) ? _("About this answer (i: all of it):") :
		    _("About this answer:")), u->style.heading, u->ascii);
}
