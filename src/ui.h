/*
 * ui.h: the full-screen checklist.  ui.c owns the terminal, the loop and
 * the signals; each screen or pane has a file with a draw function that
 * only reads struct ui, and a key function where it takes keys.
 */
#ifndef REDFLAG_UI_H
#define REDFLAG_UI_H

#include <limits.h>
#include <stddef.h>

#include "conf.h"
#include "eval.h"
#include "status.h"
#include "view.h"

struct ui_opts {
	int		 color;		/* 0: never use colour */
	int		 ascii;		/* 1: only ASCII on the screen */
	int		 mouse;
	int		 summary;	/* print a summary on exit */
	const char	*report;	/* write a report here on exit */
	const char	*save_answers;	/* main.c writes the answers here */
	int		 restricted;	/* never ask for a file name */
	int		 report_dir;	/* restricted: reports go here, or -1 */
	int		 slow;		/* 1: a slow line, whatever it says */
};

#define UI_CTRL(c)	((c) & 0x1f)	/* the key typed with Control */

/*
 * What the checklist is doing: one value, which decides what is drawn
 * and where keys go; ui-mode.c has a row for each.  The first six are
 * the checklist screen, with a question or a line on its status line
 * after the first.
 */
enum ui_mode {
	UI_MODE_MAIN,		/* the list or the flags panel */
	UI_MODE_SEARCH,		/* a search being typed */
	UI_MODE_SAVE,		/* the report's file name being typed */
	UI_MODE_OVERWRITE,	/* the file exists: replace it? */
	UI_MODE_QUIT,		/* answers not saved: quit anyway? */
	UI_MODE_RESET,		/* clear every answer? */
	UI_MODE_HELP,		/* the help screen */
	UI_MODE_MORE,		/* all about the focused answer */
	UI_MODE_MORE_FLAG,	/* all of the focused flag, or of no flag */
	UI_MODE_SMALL,		/* the terminal is too small */
	UI_MODE_SMALL_QUIT,	/* too small, and quit anyway? */
	UI_MODE_COUNT
};

/* What a key of the checklist screen does; keys.def binds them. */
enum ui_action {
	ACT_NONE, ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_HOME,
	ACT_END, ACT_TOGGLE, ACT_YES, ACT_NO, ACT_ENTER, ACT_UNDO, ACT_RESET, ACT_PANE,
	ACT_MORE, ACT_SEARCH, ACT_NEXT, ACT_PREV, ACT_HELP, ACT_SAVE,
	ACT_QUIT, ACT_REDRAW, ACT_ESCAPE, ACT_MOUSE
};

/* Attributes of the things on screen, chosen once at start. */
struct ui_style {
	int		 level[CONF_MAX_LEVELS];	/* badges: tags, marks */
	int		 label[CONF_MAX_LEVELS];	/* marked answers */
	int		 focus;		/* the focused row's marker */
	int		 title;
	int		 heading;
	int		 key;
	int		 error;
	int		 dim;
};

struct screen;

struct ui {
	struct screen	*screen_ptr;	/* curses' */
	struct view	*v;
	const struct rules *r;
	const struct ui_opts *o;
	int		 ascii;		/* what the screen is able to show */
	struct ui_style	 style;
	enum ui_mode	 mode;		/* only ui_mode_set changes it */
	enum ui_mode	 back;		/* under the small page */
	size_t		 help_top;
	size_t		 more_top;
	char		 input[PATH_MAX];	/* the line being edited */
	size_t		 input_at;	/* its insertion point, in bytes */
	size_t		 input_left;	/* its first column in sight */
	char		 status[512];		/* a message for the user */
	int		 status_error;
	char		 saved_path[PATH_MAX];	/* the last report saved */
	int		 keep_name;	/* offer the name that failed again */
	int		 quit_saved;	/* quit once this save is done */
	int		 slow;		/* the line is slow (ui-hold.c) */
	int		 hold;		/* keys came: the info pane waits */
	struct buf	 info;		/* the info pane's text shown */
	int		 info_flag;	/* it is about a flag, not an answer */
	int		 quit;
	int		 nomem;		/* the view could not follow a change */
};

/* A key named at the foot of the checklist screen. */
struct ui_hint {
	const char	*key;
	const char	*what;
	int		 keep;	/* shown even when the line is short */
};

/* A mode's row of the table in ui-mode.c. */
struct ui_mode_row {
	void	(*draw)(const struct ui *);	/* the whole screen */
	/* the question or line it asks, drawn in a part of the screen and
	   leaving the cursor there; NULL: it asks nothing */
	void	(*ask)(const struct ui *, const struct view_rect *);
	void	(*key)(struct ui *, int, int);	/* takes every key but ^L */
	const struct ui_hint *hints;	/* named at the foot; NULL: the pane's */
	size_t	 nhints;
	int	 list;		/* the list is on the screen: note what it shows */
	int	 mouse;		/* clicks and the wheel act */
};

/* ui.c: ui_run returns a status (status.h) or the signal that ended it. */
struct report_asked;
int	 ui_run(const struct rules *, struct eval *, const struct ui_opts *);
void	 ui_asked(const struct ui *, struct report_asked *);
void	 ui_nomem(struct ui *);
int	 ui_usable(char *, size_t);
int	 ui_text(int, int, int, const char *, int, int);
int	 ui_width(const struct ui *, const char *);
void	 ui_wrapped(const struct ui *, int, int, int, int, const char *, int,
	    size_t, size_t, int);
int	 ui_scroll_key(size_t *, size_t, size_t, int, int);
void	 ui_status(struct ui *, int, const char *, ...)
	    __attribute__((format(printf, 3, 4)));

/* ui-mode.c: the table of modes */
const struct ui_mode_row *ui_mode_row(const struct ui *);
void	 ui_mode_set(struct ui *, enum ui_mode);
const struct ui_hint *ui_mode_hints(const struct ui *, size_t *);
void	 ui_mode_fit(struct ui *);
void	 ui_mode_close(struct ui *);

/* ui-keys.c: the key table */
enum ui_action	 ui_keys_action(int, int);
const char	*ui_keys_help(size_t, char *, size_t);
const char	*ui_keys_name(enum ui_action);

/* ui-undo.c: u, and r with its question */
void	 ui_undo_last(struct ui *);
void	 ui_undo_ask_reset(struct ui *);
void	 ui_undo_reset_key(struct ui *, int, int);
void	 ui_undo_reset_draw(const struct ui *, const struct view_rect *);

/* ui-main.c: the checklist screen */
void	 ui_main_draw(const struct ui *);
void	 ui_main_key(struct ui *, int, int);

/* ui-list.c: the list of symptoms */
void	 ui_list_draw(const struct ui *);

/* ui-flags.c: the red-flags panel and the line above it */
void	 ui_flags_alert(const struct ui *);
void	 ui_flags_draw(const struct ui *);
int	 ui_flags_marker(const struct ui *);

/* ui-info.c: the info pane under the list */
void	 ui_info_draw(const struct ui *);
void	 ui_info_text(const struct ui *, struct buf *);
int	 ui_info_cut(const struct ui *);

/* ui-help.c: the help screen */
void	 ui_help_draw(const struct ui *);
void	 ui_help_key(struct ui *, int, int);

/* ui-more.c: all about the focused answer or flag */
void	 ui_more_draw(const struct ui *);
void	 ui_more_key(struct ui *, int, int);
void	 ui_more_open(struct ui *);

/* ui-hold.c: on a slow line, the info pane waits for keys to stop */
void	 ui_hold_start(struct ui *);
void	 ui_hold_keys(struct ui *);
int	 ui_hold_wait(const struct ui *);
void	 ui_hold_release(struct ui *);
void	 ui_hold_update(struct ui *);
const char *ui_hold_text(const struct ui *);

/* ui-small.c: the page shown when the terminal is too small */
void	 ui_small_draw(const struct ui *);
void	 ui_small_key(struct ui *, int, int);

/* ui-quit.c: q, and the question asked when answers are not saved */
void	 ui_quit_ask(struct ui *);
void	 ui_quit_draw(const struct ui *, const struct view_rect *);
void	 ui_quit_key(struct ui *, int, int);
void	 ui_quit_small_key(struct ui *, int, int);

/* ui-prompt.c: the status line: a message, or a line being typed */
void	 ui_prompt_line(const struct ui *);
void	 ui_prompt_search_draw(const struct ui *, const struct view_rect *);
void	 ui_prompt_search_key(struct ui *, int, int);
void	 ui_prompt_save(struct ui *);
void	 ui_prompt_save_draw(const struct ui *, const struct view_rect *);
void	 ui_prompt_save_key(struct ui *, int, int);
void	 ui_prompt_overwrite_draw(const struct ui *, const struct view_rect *);
void	 ui_prompt_overwrite_key(struct ui *, int, int);

#endif
