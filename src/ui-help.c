/*
 * ui-help.c: the help screen: every key, and what redflag is and is
 * not.  tests/man.sh checks that each key listed here is in redflag(1).
 */
#include "config.h"

#include <string.h>

#include <curses.h>

#include "ui.h"
#include "wrap.h"

static const char *ui_help_key_names[] = {
	"Up, k, ^P", "Down, j, ^N", "PgUp, PgDn", "Home, g", "End, G",
	"Space, x, Enter", "Tab, Shift-Tab", "/", "n, N", "?, F1", "s",
	"q, Q", "^L", "Esc", "mouse"
};

static const char *ui_help_key_texts[] = {
	"move up",
	"move down",
	"move a page up or down",
	"go to the first answer (or flag)",
	"go to the last answer (or flag)",
	"tick or clear the answer; Enter never sends anything",
	"switch between the list and the red-flags panel",
	"search the answers as you type; Enter keeps, Esc cancels",
	"go to the next or previous match",
	"show this help",
	"save a report of your answers and flags to a file",
	"quit; asks first if your answers are not saved",
	"redraw the screen",
	"cancel a question or a search",
	"click an answer to tick it; the wheel scrolls"
};

#define UI_HELP_KEYS	(sizeof(ui_help_key_names) / sizeof(ui_help_key_names[0]))

/* The keys and what they do, for checks against the manual. */
size_t
ui_help_keys(const char ***names, const char ***texts)
{
	*names = ui_help_key_names;
	*texts = ui_help_key_texts;
	return (UI_HELP_KEYS);
}

static const char *ui_help_about =
    "redflag lists symptoms of back pain. When an answer, or a mix of "
    "answers, is a red flag (a sign that the pain may have a serious "
    "cause), it is shown with how urgent it is and what to do. "
    "It is not a diagnosis and does not replace a doctor or nurse. "
    "A red flag means: get checked. It does not mean you have cancer "
    "or another disease. No red flag does not rule out serious disease. "
    "In an emergency, call your local emergency number now (999 in the "
    "UK, 112 in the EU, 911 in the US). Your answers are not stored "
    "anywhere unless you save a report.";

/* The help as lines of text: keys first, then the note and disclaimer. */
static size_t
ui_help_lines(const struct ui *u, int w, int y0, size_t top, int h)
{
	size_t	 i, n = 0, starts[32], lens[32], k, m;
	int	 y = y0;
	char	 line[512];

	for (i = 0; i < UI_HELP_KEYS; i++, n++) {
		if (n >= top && y < y0 + h) {
			ui_text(y, 2, 18, ui_help_key_names[i], u->style.key,
			    u->ascii);
			ui_text(y++, 20, w - 20, ui_help_key_texts[i],
			    A_NORMAL, u->ascii);
		}
	}
	n++;
	if (n > top && y < y0 + h)
		y++;
	for (k = 0; k < 2; k++) {
		const char *text = k == 0 ? ui_help_about : u->r->disclaimer;

		m = wrap_lines(text, (size_t)(w - 4), starts, lens, 32);
		for (i = 0; i < m && i < 32; i++, n++) {
			if (n < top || y >= y0 + h)
				continue;
			snprintf(line, sizeof(line), "%.*s", (int)lens[i],
			    text + starts[i]);
			ui_text(y++, 2, w - 4, line, A_NORMAL, u->ascii);
		}
		n++;
		if (n > top && y < y0 + h)
			y++;
	}
	return (n);
}

void
ui_help_draw(const struct ui *u)
{
	const struct view_layout *l = &u->v->layout;
	size_t	 total;

	ui_text(0, 0, l->width, "redflag: keys and what this program is",
	    u->style.title, u->ascii);
	total = ui_help_lines(u, l->width, 2, u->help_top, l->height - 4);
	ui_text(l->height - 1, 0, l->width, total > u->help_top +
	    (size_t)(l->height - 4) ? "Down: more   q, Esc or ?: back to the "
	    "list" : "q, Esc or ?: back to the list", A_NORMAL, u->ascii);
	move(l->height - 1, 0);
}

void
ui_help_key(struct ui *u, int key, int fn)
{
	size_t	 total, page;

	if (fn && (key == KEY_DOWN || key == KEY_NPAGE))
		u->help_top += key == KEY_DOWN ? 1 : 10;
	else if (!fn && (key == 'j' || key == ' '))
		u->help_top += key == 'j' ? 1 : 10;
	else if ((fn && (key == KEY_UP || key == KEY_PPAGE)) ||
	    (!fn && key == 'k')) {
		if (u->help_top > 0)
			u->help_top -= key == KEY_PPAGE && u->help_top >= 10 ?
			    10 : 1;
	} else if ((fn && key == KEY_F(1)) || (!fn && (key == 'q' ||
	    key == 27 || key == '?' || key == '\r' || key == '\n')))
		u->screen = SCREEN_MAIN;
	total = ui_help_lines(u, u->v->layout.width, 0, 0, 0);
	page = (size_t)(u->v->layout.height > 4 ? u->v->layout.height - 4 : 1);
	if (u->help_top + page > total)
		u->help_top = total > page ? total - page : 0;
}
