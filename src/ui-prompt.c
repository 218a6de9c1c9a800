/*
 * ui-prompt.c: the status line: questions (quit? overwrite?), the line
 * where a file name or a search is typed, and messages.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <curses.h>

#include "report.h"
#include "ui.h"

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
 * Restricted mode: save at once in the report directory, under a name
 * the program makes; quit afterwards if that was asked.
 */
static void
ui_prompt_save_dir(struct ui *u)
{
	char	 name[64], why[256];

	u->prompt = PROMPT_NONE;
	if (u->o->report_dir < 0 || reportdir_save(u->v->ev, NULL,
	    u->o->report_dir, name, sizeof(name), why, sizeof(why)) != 0) {
		ui_status(u, 1, "Not saved: %s. Your answers are still here.",
		    u->o->report_dir < 0 ? "reports cannot be saved here" :
		    why);
		u->quit_saved = 0;
		return;
	}
	u->v->saved = u->v->changes;
	snprintf(u->saved_path, sizeof(u->saved_path), "%s", name);
	ui_status(u, 0, "Saved the report as %s.", name);
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
	u->prompt = PROMPT_SAVE;
	u->status[0] = '\0';
}

/*
 * Quit, asking first if there are answers that were not saved (with
 * --report they will be, on the way out).
 */
void
ui_prompt_quit(struct ui *u)
{
	if (view_unsaved(u->v) && u->o->report == NULL)
		u->prompt = PROMPT_QUIT;
	else
		u->quit = 1;
}

static void
ui_prompt_do_save(struct ui *u, int overwrite)
{
	char	 path[PATH_MAX], why[256];
	int	 rc;

	u->prompt = PROMPT_NONE;
	if (report_typed_path(u->input, path, sizeof(path)) != 0) {
		snprintf(why, sizeof(why), "the name is too long");
		rc = -1;
	} else
		rc = report_save(u->v->ev, path, overwrite, why, sizeof(why));
	if (rc == REPORT_EXISTS) {
		u->prompt = PROMPT_OVERWRITE;
		return;
	}
	if (rc != 0) {
		ui_status(u, 1, "Not saved: %s. Your answers are still here. "
		    "(%s)", why, u->input);
		u->keep_name = 1;
		u->quit_saved = 0;
		return;
	}
	u->keep_name = 0;
	u->v->saved = u->v->changes;
	snprintf(u->saved_path, sizeof(u->saved_path), "%s", path);
	ui_status(u, 0, "Saved the report to %s (only you can read it).",
	    path);
	if (u->quit_saved)
		u->quit = 1;
}

/* Edit a line of text; returns 1 when the key was used. */
static int
ui_prompt_edit(char *line, size_t size, int key, int fn)
{
	size_t	 len = strlen(line), n;
	char	 enc[4];

	if (ui_prompt_is_erase(key, fn)) {
		while (len > 0 && ((unsigned char)line[len - 1] & 0xc0) == 0x80)
			len--;
		if (len > 0)
			len--;
		line[len] = '\0';
		return (1);
	}
	if (!fn && key == UI_CTRL('U')) {
		line[0] = '\0';
		return (1);
	}
	if (fn || (n = ui_prompt_utf8(key, enc)) == 0)
		return (0);
	if (len + n < size) {
		memcpy(line + len, enc, n);
		line[len + n] = '\0';
	}
	return (1);
}

static void
ui_prompt_search_key(struct ui *u, int key, int fn)
{
	char	 enc[5];
	size_t	 n;

	if (ui_prompt_is_enter(key, fn) || (!fn && key == 27) || (fn &&
	    (key == KEY_UP || key == KEY_DOWN))) {
		view_search_end(u->v, !fn && key == 27);
		u->prompt = PROMPT_NONE;
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

void
ui_prompt_key(struct ui *u, int key, int fn)
{
	int	 yes = !fn && (key == 'y' || key == 'Y');
	int	 no = !fn && (key == 'n' || key == 'N' || key == 27);

	switch (u->prompt) {
	case PROMPT_SEARCH:
		ui_prompt_search_key(u, key, fn);
		break;
	case PROMPT_SAVE:
		u->status[0] = '\0';
		u->status_error = 0;
		if (ui_prompt_is_enter(key, fn))
			ui_prompt_do_save(u, 0);
		else if (!fn && key == 27) {
			u->prompt = PROMPT_NONE;
			u->quit_saved = 0;
		}
		else
			ui_prompt_edit(u->input, sizeof(u->input), key, fn);
		break;
	case PROMPT_OVERWRITE:
		if (yes)
			ui_prompt_do_save(u, 1);
		else if (no)
			u->prompt = PROMPT_SAVE;
		break;
	case PROMPT_QUIT:
		if (yes)
			u->quit = 1;
		else if (no)
			u->prompt = PROMPT_NONE;
		else if (!fn && key == 's' && !u->v->layout.too_small) {
			u->quit_saved = 1;	/* "save first", then quit */
			ui_prompt_save(u);
		}
		break;
	case PROMPT_RESET:
		ui_undo_reset_key(u, key, fn);
		break;
	case PROMPT_NONE:
		break;
	}
}

/* The status line: a question, a line being typed, or a message. */
void
ui_prompt_draw(const struct ui *u)
{
	const struct view *v = u->v;
	const struct view_rect *s = &v->layout.status;
	char	 q[PATH_MAX + 64];
	int	 x;

	switch (u->prompt) {
	case PROMPT_SEARCH:
		x = ui_text(s->y, 0, s->w, "Search: ", u->style.key, 1);
		x += ui_text(s->y, x, s->w - x, v->search, A_NORMAL, u->ascii);
		if (v->search_miss) {
			ui_text(s->y, x, s->w - x, "  (no match)", u->style.error,
			    1);
			move(s->y, x);	/* the cursor stays where one types */
		}
		return;
	case PROMPT_SAVE:
		x = ui_text(s->y, 0, s->w, "Save report to: ", u->style.key, 1);
		ui_text(s->y, x, s->w - x, u->input, A_NORMAL, u->ascii);
		return;
	case PROMPT_OVERWRITE:
		snprintf(q, sizeof(q), "%s exists. Replace it? (y/n) ",
		    u->input);
		ui_text(s->y, 0, s->w, q, u->style.key, u->ascii);
		return;
	case PROMPT_QUIT:
		ui_text(s->y, 0, s->w, "Your answers are not saved. Quit "
		    "anyway? (y/n, s to save) ", u->style.key, 1);
		return;
	case PROMPT_RESET:
		ui_undo_reset_draw(u);
		return;
	case PROMPT_NONE:
		break;
	}
	if (u->status[0] != '\0')
		ui_text(s->y, 0, s->w, u->status, u->status_error ?
		    u->style.error : (int)A_NORMAL, u->ascii);
	else
		ui_text(s->y, 0, s->w, v->pane == PANE_FLAGS && v->nfired ?
		    (ui_info_cut(u) ? "Why this flag, and its source (i: all "
		    "of it):" : "Why this flag, and its source:") :
		    (ui_info_cut(u) ? "About this answer (i: all of it):" :
		    "About this answer:"), u->style.heading, 1);
}
