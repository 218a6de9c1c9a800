/*
 * ui.c: the full-screen checklist's terminal, loop and signals.  Each
 * pass of the loop draws the whole screen into curses' buffer from the
 * state and lets curses send only what changed; it then blocks for one
 * key.  What is drawn and what a key does depend on the mode
 * (ui-mode.c).  The signals that end the loop only set a flag (sig.c):
 * the loop ends, the terminal is restored, and main.c decides the exit
 * status.
 */
#include "config.h"

#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "format.h"
#include "i18n.h"
#include "report.h"
#include "sig.h"
#include "ui.h"
#include "utf8.h"
#include "wrap.h"

#define UI_MAX_ERRORS	20	/* wake-ups in a row without a key: gone */

static struct termios	 ui_saved_tty;	/* to restore after a crash */
static int		 ui_have_tty;
static char		 ui_restore[128];	/* bytes that reset the screen */
static size_t		 ui_restore_len;

static const int ui_crash_signals[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT
};

#define UI_NCRASH	(sizeof(ui_crash_signals) / sizeof(int))

/* After a crash: put the terminal back as well as can be done safely. */
static void
ui_on_crash(int sig)
{
	ssize_t	 r;

	if (ui_restore_len > 0)
		r = write(STDOUT_FILENO, ui_restore, ui_restore_len);
	(void)r;
	if (ui_have_tty)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &ui_saved_tty);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
ui_add_restore_str(const char *s)
{
	size_t	 len;

	if (s == NULL || s == (char *)-1)
		return;
	len = strlen(s);
	if (ui_restore_len + len < sizeof(ui_restore)) {
		memcpy(ui_restore + ui_restore_len, s, len);
		ui_restore_len += len;
	}
}

static void
ui_add_restore(const char *cap)
{
	ui_add_restore_str(tigetstr(cap));
}

/* Mouse reporting off, the way ncurses turned it on (XM, or X10's). */
static void
ui_add_restore_mouse(void)
{
	const char	*xm = tigetstr("XM"), *kmous = tigetstr("kmous");

	if (xm != NULL && xm != (char *)-1)
		ui_add_restore_str(tiparm(xm, 0));
	else if (kmous != NULL && kmous != (char *)-1)
		ui_add_restore_str("\033[?1000l");
}

/*
 * Set up the signals; before newterm, so that curses keeps ours.  The
 * ones that end the loop are sig.c's, and open gets the mask to wait
 * with; a crash puts the terminal back first.
 */
static void
ui_signals(sigset_t *open)
{
	struct sigaction sa;
	size_t		 i;

	sig_catch(open);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = ui_on_crash;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < UI_NCRASH; i++)
		sigaction(ui_crash_signals[i], &sa, NULL);
}

/* Give every signal caught back its default action. */
static void
ui_signals_reset(const sigset_t *open)
{
	size_t	 i;

	for (i = 0; i < UI_NCRASH; i++)
		signal(ui_crash_signals[i], SIG_DFL);
	sig_release(open);
}

/*
 * A level's colour hint is the background of its badges; the text on
 * it is black or white, whichever has a contrast of at least 4.5:1 with
 * that background in xterm's default palette (README, "Performance",
 * and tests/colors.sh give the figures).  No text colour reaches it on
 * magenta, nor on the terminal's own colours: those get reverse video.
 * Never bold: xterm shows bold black as grey, which fails on yellow.
 */
static const struct {
	short		 bg;
	short		 fg;
} ui_badges[] = {
	{ -1, -1 }, { COLOR_RED, COLOR_WHITE }, { COLOR_YELLOW, COLOR_BLACK },
	{ COLOR_GREEN, COLOR_BLACK }, { COLOR_BLUE, COLOR_WHITE },
	{ -1, -1 }, { COLOR_CYAN, COLOR_BLACK }, { -1, -1 }
};	/* in the order of conf_colors: default, red, ..., white */

/* The colour pair of a badge on background hint name, or 0. */
static int
ui_badge_pair(short pair, const char *name)
{
	int	 i = conf_color(name);

	if (i < 0 || ui_badges[i].bg < 0 || pair >= COLOR_PAIRS)
		return (0);
	init_pair(pair, ui_badges[i].fg, ui_badges[i].bg);
	return ((int)COLOR_PAIR(pair));
}

/*
 * Choose attributes.  Each level's tag, its marks and the labels of the
 * answers it marks are badges: the level's colour behind black or white
 * text, or reverse video without colour; the most urgent level is bold
 * there too.  Without colour, marked labels are bold.
 */
static void
ui_styles(struct ui *u)
{
	struct ui_style	*s = &u->style;
	size_t		 i;
	int		 pair, color = u->o->color && has_colors();

	if (color && (start_color() != OK || use_default_colors() != OK ||
	    COLORS < 8))
		color = 0;
	s->title = A_BOLD;
	s->heading = A_BOLD;
	s->key = A_BOLD;
	s->error = A_BOLD;
	s->dim = A_NORMAL;
	s->focus = A_REVERSE;
	for (i = 0; i < u->r->nlevels; i++) {
		pair = color ? ui_badge_pair((short)(i + 1),
		    u->r->levels[i].color) : 0;
		s->level[i] = pair != 0 ? pair : (int)A_REVERSE |
		    (i == 0 ? (int)A_BOLD : (int)A_NORMAL);
		s->label[i] = pair != 0 ? pair : (int)A_BOLD;
	}
	if (color && (pair = ui_badge_pair((short)(u->r->nlevels + 1),
	    "red")) != 0)
		s->error = pair;
}

/*
 * Terminals send the cursor keys as ESC [ A or ESC O A, whichever mode
 * they are in and whatever terminfo says; take both.
 */
static void
ui_more_keys(void)
{
	static const struct {
		const char	*seq;
		int		 key;
	} keys[] = {
		{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN },
		{ "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
		{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN },
		{ "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
		{ "\033[H", KEY_HOME }, { "\033[F", KEY_END },
		{ "\033OH", KEY_HOME }, { "\033OF", KEY_END },
		{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END },
		{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
	};
	size_t	 i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (key_defined(keys[i].seq) == 0)
			define_key(keys[i].seq, keys[i].key);
	}
}

static int
ui_start(struct ui *u, sigset_t *open)
{
	const char	*codeset = nl_langinfo(CODESET);

	u->ascii = u->o->ascii || codeset == NULL ||
	    strcmp(codeset, "UTF-8") != 0;
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(50);
	ui_have_tty = tcgetattr(STDIN_FILENO, &ui_saved_tty) == 0;
	ui_signals(open);
	if ((u->screen_ptr = newterm(NULL, stdout, stdin)) == NULL)
		return (-1);
	set_term(u->screen_ptr);
	ui_add_restore("sgr0");
	ui_add_restore("cnorm");
	ui_add_restore("rmkx");
	if (u->o->mouse)
		ui_add_restore_mouse();
	ui_add_restore("rmcup");
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	ui_more_keys();
	idlok(stdscr, TRUE);
	if (u->o->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED,
		    NULL);
		mouseinterval(0);
	}
	ui_styles(u);
	curs_set(1);
	return (0);
}

/*
 * Draw s at (y, x) in at most w columns with attribute a, cut with "~"
 * when it does not fit.  Returns the columns used.
 */
int
ui_text(int y, int x, int w, const char *s, int a, int ascii)
{
	struct buf	 b;
	size_t		 len, used, n;

	if (w <= 0)
		return (0);
	buf_init(&b);
	utf8_sanitize(&b, s, strlen(s), ascii);
	len = b.len;
	n = utf8_fit(buf_str(&b), len, (size_t)w, &used);
	if (n < len && w > 1)
		n = utf8_fit(buf_str(&b), len, (size_t)w - 1, &used);
	attrset(a);
	mvaddnstr(y, x, buf_str(&b), (int)n);
	if (n < len && w > 1) {
		addch('~');
		used++;
	}
	attrset(A_NORMAL);
	buf_free(&b);
	return ((int)used);
}

int
ui_width(const struct ui *u, const char *s)
{
	struct buf	 b;
	size_t		 w;

	buf_init(&b);
	utf8_sanitize(&b, s, strlen(s), u->ascii);
	w = utf8_width(buf_str(&b), b.len);
	buf_free(&b);
	return ((int)w);
}

/*
 * Draw text filled to w columns, from its line skip on, in rows y to
 * y + h - 1 from column x; lines after the first are indented by hang.
 * The first emph bytes are drawn with attribute ea.  The text is
 * filled to w - hang columns, so that every line fits.
 */
void
ui_wrapped(const struct ui *u, int y, int x, int w, int h, const char *text,
    int ea, size_t emph, size_t skip, int hang)
{
	size_t	 width = (size_t)(w > hang + 1 ? w - hang : 1), n, i, e;
	size_t	*starts, *lens;
	int	 row = 0, indent;
	char	*line;
	struct buf safe;

	buf_init(&safe);	/* wrap what will be drawn */
	utf8_sanitize(&safe, text, strlen(text), u->ascii);
	text = buf_str(&safe);
	n = wrap_lines(text, width, NULL, NULL, 0);
	starts = calloc(n + 1, sizeof(*starts));
	lens = calloc(n + 1, sizeof(*lens));
	line = malloc(strlen(text) + 1);
	if (starts == NULL || lens == NULL || line == NULL)
		goto out_free;
	wrap_lines(text, width, starts, lens, n);
	for (i = skip; i < n && row < h; i++, row++) {
		indent = i == 0 ? 0 : hang;
		memcpy(line, text + starts[i], lens[i]);
		line[lens[i]] = '\0';
		e = i == 0 && emph > 0 ? (emph < lens[i] ? emph : lens[i]) : 0;
		if (e > 0) {
			line[e] = '\0';
			indent += ui_text(y + row, x, w, line, ea, u->ascii);
			memcpy(line, text + starts[i] + e, lens[i] - e);
			line[lens[i] - e] = '\0';
		}
		ui_text(y + row, x + indent, w - indent, line, A_NORMAL,
		    u->ascii);
	}
out_free:
	free(starts);
	free(lens);
	free(line);
	buf_free(&safe);
}

/*
 * The keys that scroll a page of total lines, shown lines at a time,
 * whose first line shown is *top.  Returns 1 if the key was one of them.
 */
int
ui_scroll_key(size_t *top, size_t total, size_t shown, int key, int fn)
{
	size_t	 page = shown > 1 ? shown - 1 : 1;
	size_t	 last = total > shown ? total - shown : 0;
	int	 used = 1;

	if ((fn && key == KEY_DOWN) || (!fn && key == 'j'))
		(*top)++;
	else if ((fn && key == KEY_NPAGE) || (!fn && key == ' '))
		*top += page;
	else if ((fn && key == KEY_UP) || (!fn && key == 'k'))
		*top -= *top > 0;
	else if (fn && key == KEY_PPAGE)
		*top = *top > page ? *top - page : 0;
	else if ((fn && key == KEY_HOME) || (!fn && key == 'g'))
		*top = 0;
	else if ((fn && key == KEY_END) || (!fn && key == 'G'))
		*top = last;
	else
		used = 0;
	if (*top > last)
		*top = last;
	return (used);
}

/* Show a message on the status line until the next key. */
void
ui_status(struct ui *u, int error, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(u->status, sizeof(u->status), fmt, ap);
	va_end(ap);
	u->status_error = error;
}

static void
ui_draw(const struct ui *u)
{
	erase();
	ui_mode_row(u)->draw(u);
	refresh();
}

/* The terminal's size is known or changed: lay the screen out again. */
static void
ui_layout(struct ui *u)
{
	view_layout(u->v, COLS, LINES);
	ui_mode_fit(u);
}

static void
ui_mouse(struct ui *u)
{
	MEVENT	 m;

	if (getmouse(&m) != OK || !ui_mode_row(u)->mouse)
		return;
	if (m.bstate & BUTTON1_PRESSED) {
		if (view_click(u->v, m.y, m.x) < 0)
			ui_nomem(u);
	} else if (m.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED))
		view_wheel(u->v, m.y, m.x, (m.bstate & BUTTON5_PRESSED) != 0);
}

/*
 * A new size, ^L and the mouse are taken here in every mode; every
 * other key goes to the mode's row (ui-mode.c).
 */
static void
ui_key(struct ui *u, int key, int fn)
{
	enum ui_action	 act = ui_keys_action(key, fn);

	if (fn && key == KEY_RESIZE)
		ui_layout(u);
	else if (act == ACT_MOUSE)
		ui_mouse(u);
	else if (act == ACT_REDRAW)
		clearok(curscr, TRUE);
	else
		ui_mode_row(u)->key(u, key, fn);
}

/*
 * Take every key that is waiting, without blocking.  Returns the number
 * taken, or -1 when the loop must end.
 */
static int
ui_take_keys(struct ui *u)
{
	wint_t	 ch;
	int	 r, n = 0;

	while (!u->quit && sig_caught() == 0 && (r = get_wch(&ch)) != ERR) {
		ui_key(u, (int)ch, r == KEY_CODE_YES);
		n++;
	}
	return (sig_caught() != 0 ? -1 : n);
}

/*
 * Draw, take the keys waiting, and sleep until there are more (or a
 * signal comes: sig.c): a burst of keys costs one redraw.  On a slow line the sleep after keys ends
 * when they stop for a moment, to rewrite the info pane (ui-hold.c).
 * Input that is ready but gives no key, time after time, means the
 * terminal is gone (EOF or EIO): never spin.
 */
static void
ui_loop(struct ui *u, const sigset_t *open)
{
	int	 n, empty = 0;

	ui_layout(u);
	nodelay(stdscr, TRUE);
	while (!u->quit) {
		ui_hold_update(u);
		if (ui_mode_row(u)->list)
			view_note_shown(u->v);
		ui_draw(u);
		if ((n = ui_take_keys(u)) < 0)
			break;
		if (n > 0) {
			empty = 0;
			ui_hold_keys(u);
			continue;
		}
		if (++empty > UI_MAX_ERRORS ||
		    (n = sig_wait(STDIN_FILENO, open, ui_hold_wait(u))) < 0)
			break;
		if (n == 1) {
			empty = 0;
			ui_hold_release(u);
		}
	}
}

/* A line of the summary, with a file name. */
static void
ui_summary_line(struct buf *b, const char *fmt, const char *name)
    __attribute__((format(printf, 2, 0)));

static void
ui_summary_line(struct buf *b, const char *fmt, const char *name)
{
	buf_printf(b, fmt, name);
	buf_putc(b, '\n');
}

/* The short summary printed on the normal screen after the checklist. */
static void
ui_summary(const struct ui *u, int reported)
{
	struct format_opts fo = { FORMAT_ANSWERS, FORMAT_WIDTH, NULL, 0 };
	struct buf	 b, safe;

	fo.ascii = u->ascii;
	buf_init(&b);
	buf_init(&safe);
	report_summary(&b, u->v->ev, &fo);
	if (u->o->report != NULL && reported)
		ui_summary_line(&b, _("The report was written to %s."),
		    u->o->report);
	else if (u->saved_path[0] != '\0')
		ui_summary_line(&b, _("The report was saved to %s."),
		    u->saved_path);
	if (u->o->save_answers != NULL)
		ui_summary_line(&b, _("Your answers go to %s."),
		    u->o->save_answers);
	else if ((u->o->report == NULL || !reported) &&
	    u->saved_path[0] == '\0')
		ui_summary_line(&b, "%s", _("Your answers were not saved "
		    "anywhere."));
	utf8_sanitize(&safe, buf_str(&b), b.len, u->ascii);	/* the name */
	fwrite(buf_str(&safe), 1, safe.len, stdout);
	buf_free(&b);
	buf_free(&safe);
}

/*
 * Out of memory after the answers changed: the marks and the flags on
 * the screen may be out of date, so the checklist ends (ui_run then
 * returns STATUS_NOMEM); the answers themselves are right.
 */
void
ui_nomem(struct ui *u)
{
	u->nomem = 1;
	u->quit = 1;
}

/* What a report from the checklist says was asked: what was shown. */
void
ui_asked(const struct ui *u, struct report_asked *a)
{
	memset(a, 0, sizeof(*a));
	a->total = u->r->nsymptoms;
	a->end = REPORT_CHECKLIST;
	a->shown = u->v->nshown;
}

static int
ui_write_report(const struct ui *u)
{
	struct report_asked a;
	char		 why[256];
	struct buf	 b, safe;

	ui_asked(u, &a);
	if (report_save_asked(u->v->ev, &a, u->o->report, 1, why,
	    sizeof(why)) == 0)
		return (0);
	buf_init(&b);
	buf_init(&safe);
	/* TRANSLATORS: the file name, and why it could not be written. */
	buf_printf(&b, _("cannot write the report to %s: %s"), u->o->report,
	    why);
	utf8_sanitize(&safe, buf_str(&b), b.len, u->ascii);
	fprintf(stderr, "redflag: %s\n", buf_str(&safe));
	buf_free(&b);
	buf_free(&safe);
	return (-1);
}

/*
 * Can the full-screen checklist run here?  It needs a terminal on both
 * standard input and output whose type is known and can move the
 * cursor.  Returns 1, or 0 with the reason in why.
 */
int
ui_usable(char *why, size_t size)
{
	const char	*term = getenv("TERM"), *cup;
	int		 err;

	/* TRANSLATORS: why the full-screen checklist cannot run, before
	   "; plain line mode". */
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		snprintf(why, size, "%s", _("standard input or output is not a "
		    "terminal"));
		return (0);
	}
	if (term == NULL || *term == '\0' || strcmp(term, "dumb") == 0) {
		snprintf(why, size, "%s", term == NULL || *term == '\0' ?
		    _("TERM is not set") : _("TERM is dumb"));
		return (0);
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		snprintf(why, size, _("TERM=%s is not known"), term);
		return (0);
	}
	cup = tigetstr("cup");
	del_curterm(cur_term);
	if (cup == NULL || cup == (char *)-1) {
		snprintf(why, size, _("TERM=%s cannot move the cursor"), term);
		return (0);
	}
	return (1);
}

/*
 * Run the checklist until the user quits or a signal arrives.  Returns
 * STATUS_OK, the number of the signal that ended it (128 + it is the
 * exit status), STATUS_NO_TERMINAL when the terminal could not be set
 * up, STATUS_NO_REPORT when --report could not be written, or
 * STATUS_NOMEM.
 */
int
ui_run(const struct rules *r, struct eval *ev, const struct ui_opts *o)
{
	struct ui	 u;
	sigset_t	 open;
	int		 rc = 0, reported = 1;

	memset(&u, 0, sizeof(u));
	buf_init(&u.info);
	u.r = r;
	u.o = o;
	if ((u.v = view_new(r, ev)) == NULL)
		return (STATUS_NOMEM);
	if (ui_start(&u, &open) != 0) {
		ui_signals_reset(&open);
		view_free(u.v);
		return (STATUS_NO_TERMINAL);
	}
	u.v->ascii = u.ascii;
	ui_hold_start(&u);
	ui_loop(&u, &open);
	endwin();
	delscreen(u.screen_ptr);
	rc = sig_caught();
	/*
	 * The ending signals stay blocked until the report is written: a
	 * terminal that vanishes sends SIGHUP, which would otherwise kill
	 * us here, before the report.
	 */
	if (o->report != NULL && ui_write_report(&u) != 0) {
		reported = 0;
		if (rc == 0)
			rc = STATUS_NO_REPORT;
	}
	if (rc == 0 && u.nomem)
		rc = STATUS_NOMEM;
	if (o->summary && (rc == 0 || rc == SIGINT || rc == STATUS_NO_REPORT))
		ui_summary(&u, reported);
	ui_signals_reset(&open);
	view_free(u.v);
	buf_free(&u.info);
	return (rc);
}
