/*
 * view.h: the state of the full-screen checklist, without curses: the
 * rows of the list, the focus, scrolling, search, the fired flags and
 * the layout for a terminal size.  The interface changes it only
 * through these functions and draws from it without changing it.
 */
#ifndef REDFLAG_VIEW_H
#define REDFLAG_VIEW_H

#include <stddef.h>

#include "buf.h"
#include "eval.h"
#include "undo.h"

#define VIEW_MIN_COLS	40
#define VIEW_MIN_LINES	12
#define VIEW_WIDE_COLS	110	/* the flags panel goes beside the list */
#define VIEW_TALL_LINES	20	/* the flags panel fits below the list */
#define VIEW_SEARCH_MAX	64

enum view_pane {
	PANE_LIST,
	PANE_FLAGS
};

struct view_rect {
	int		 y, x, h, w;
};

struct view_layout {
	int		 width, height;	/* of the terminal */
	int		 too_small;
	int		 flags_hidden;	/* flags only behind Tab */
	struct view_rect title, list, alert, flags, status, info, note, hint;
};

struct view_row {
	int		 group;		/* a heading, not a symptom */
	size_t		 index;		/* group or symptom */
};

/* How the first lead bytes of a panel line are drawn. */
enum view_look {
	LOOK_PLAIN,
	LOOK_BADGE,		/* the level's badge */
	LOOK_HEADING
};

/* A line of the red-flags panel: bytes of panel.text, x columns in. */
struct view_line {
	size_t		 flag;		/* whose line it is, or nfired */
	size_t		 off, len;
	size_t		 lead;
	enum view_look	 look;
	size_t		 level;		/* for LOOK_BADGE */
	int		 x;
};

struct view_panel {
	struct buf	 text;
	struct view_line *line;	/* (not "lines": term.h has that) */
	size_t		 n, cap;
	size_t		*first;		/* each flag's first line, in full */
	int		 full;		/* flags in full: it scrolls */
};

struct view {
	const struct rules *r;
	struct eval	*ev;
	struct view_row	*rows;
	size_t		 nrows;
	size_t		 focus;		/* a symptom's row */
	size_t		 top;		/* first row shown */
	enum view_pane	 pane;
	size_t		*fired;		/* fired rules, most urgent first */
	size_t		 nfired;
	size_t		*marks;		/* per symptom: a level, or EVAL_NONE */
	unsigned char	*shown;		/* per symptom: was on the screen */
	size_t		 nshown;
	size_t		 flag;		/* the focused flag */
	size_t		 flag_top;	/* first line of the panel shown */
	char		 search[VIEW_SEARCH_MAX + 1];
	size_t		 search_from;	/* focus when the search began */
	int		 search_miss;	/* nothing matches the search */
	unsigned long	 changes;	/* answers changed this many times */
	unsigned long	 saved;		/* value of changes at the last save */
	struct undo	 undo;		/* the changes, for u */
	int		 ascii;		/* text is shown as ASCII (for wrapping) */
	struct view_layout layout;
	struct view_panel panel;	/* view-flags.c lays it out */
};

struct view	*view_new(const struct rules *, struct eval *);
void		 view_free(struct view *);
int		 view_update(struct view *);
void		 view_layout(struct view *, int, int);
size_t		 view_list_height(const struct view *);
void		 view_in_sight(const struct view *, size_t *, size_t *);
void		 view_note_shown(struct view *);
int		 view_toggle(struct view *);
int		 view_answer(struct view *, enum eval_answer);
void		 view_move(struct view *, long);
void		 view_home(struct view *);
void		 view_end(struct view *);
int		 view_click(struct view *, int, int);
void		 view_wheel(struct view *, int, int, int);
void		 view_pane(struct view *, enum view_pane);
void		 view_search_begin(struct view *);
void		 view_search_type(struct view *, const char *);
void		 view_search_erase(struct view *);
void		 view_search_end(struct view *, int);
int		 view_search_next(struct view *, int);
int		 view_unsaved(const struct view *);
size_t		 view_symptom(const struct view *);
int		 view_reset(struct view *, size_t *);
int		 view_undo(struct view *, size_t *);

/* view-flags.c */
int		 view_flags_layout(struct view *);
void		 view_flags_free(struct view *);
size_t		 view_flags_lines(const struct view *, size_t);
size_t		 view_flags_start(const struct view *, size_t);
const struct view_line *view_flags_line_at(const struct view *, int);

#endif
