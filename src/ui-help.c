/*
 * ui-help.c: the help screen: every key, and what redflag is and is
 * not.  The keys and their help come from keys.def, as the KEYS list of
 * redflag(1) does; tests/man.sh checks that the two agree.
 */
#include "config.h"

#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "safety.h"
#include "ui.h"
#include "wrap.h"

/* What redflag is and is not, in one paragraph. */
static void
ui_help_about(struct buf *b)
{
	static const enum safety said[] = {
		SAFETY_NOT_A_DOCTOR, SAFETY_GET_CHECKED, SAFETY_NOT_DISEASE,
		SAFETY_NO_FLAG, SAFETY_EMERGENCY_NUMBERS
	};
	size_t	 i;

	buf_puts(b, _("redflag lists symptoms of back pain. When an answer, or "
	    "a mix of answers, is a red flag (a sign that the pain may have a "
	    "serious cause), it is shown with how urgent it is and what to "
	    "do."));
	for (i = 0; i < sizeof(said) / sizeof(said[0]); i++)
		buf_printf(b, " %s", safety(said[i]));
	buf_printf(b, " %s", _("Your answers are stored only in a report you "
	    "save, or in the file named with --save-answers."));
}

/*
 * The help as lines: the keys, then what redflag is, then the rules'
 * disclaimer.  Lines from top on are drawn in rows y0 to y0 + h - 1;
 * returns the number of lines there are.
 */
static size_t
ui_help_lines(const struct ui *u, int w, int y0, size_t top, int h)
{
	const char	*text;
	char		 names[128];
	struct buf	 about;
	size_t		 i, n = 0, k, m;
	int		 y = y0;

	for (i = 0; (text = ui_keys_help(i, names, sizeof(names))) != NULL;
	    i++) {
		m = wrap_lines(text, (size_t)(w > 21 ? w - 20 : 1), NULL, NULL,
		    0);
		for (k = 0; k < m; k++, n++) {
			if (n < top || y >= y0 + h)
				continue;
			if (k == 0)
				ui_text(y, 2, 18, names, u->style.key,
				    u->ascii);
			ui_wrapped(u, y++, 20, w - 20, 1, text, A_NORMAL, 0, k,
			    0);
		}
	}
	buf_init(&about);
	ui_help_about(&about);
	for (k = 0; k < 2; k++) {
		if (n++ >= top && y < y0 + h)
			y++;	/* a blank line */
		text = k == 0 ? buf_str(&about) : u->r->disclaimer;
		m = wrap_lines(text, (size_t)(w > 5 ? w - 4 : 1), NULL, NULL, 0);
		for (i = 0; i < m; i++, n++) {
			if (n >= top && y < y0 + h)
				ui_wrapped(u, y++, 2, w - 4, 1, text, A_NORMAL,
				    0, i, 0);
		}
	}
	buf_free(&about);
	return (n);
}

void
ui_help_draw(const struct ui *u)
{
	const struct view_layout *l = &u->v->layout;
	size_t	 total;

	ui_text(0, 0, l->width, _("redflag: keys and what this program is"),
	    u->style.title, u->ascii);
	total = ui_help_lines(u, l->width, 2, u->help_top, l->height - 4);
	/* TRANSLATORS: Down is the key's name, as in the list above. */
	ui_text(l->height - 1, 0, l->width, total > u->help_top +
	    (size_t)(l->height - 4) ? _("Down: more   q, Esc or ?: back to "
	    "the list") : _("q, Esc or ?: back to the list"), A_NORMAL,
	    u->ascii);
	move(l->height - 1, 0);
}

void
ui_help_key(struct ui *u, int key, int fn)
{
	const struct view_layout *l = &u->v->layout;
	size_t	 shown = (size_t)(l->height > 4 ? l->height - 4 : 1);

	if (ui_scroll_key(&u->help_top, ui_help_lines(u, l->width, 0, 0, 0),
	    shown, key, fn))
		return;
	if ((fn && key == KEY_F(1)) || (!fn && (key == 'q' || key == 27 ||
	    key == '?' || key == '\r' || key == '\n')))
		ui_mode_set(u, UI_MODE_MAIN);
}
