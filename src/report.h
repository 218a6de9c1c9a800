/*
 * report.h: the plain-text report and the short summary, and saving a
 * report safely.
 */
#ifndef REDFLAG_REPORT_H
#define REDFLAG_REPORT_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "eval.h"
#include "format.h"
#include "status.h"

#define REPORT_NAME_MAX	255	/* bytes in a file name typed at a prompt */

/* How a check by questions ended. */
enum report_end {
	REPORT_FINISHED,	/* it went past the last question */
	REPORT_QUIT,		/* q was typed */
	REPORT_INPUT_ENDED,
	REPORT_OUTPUT_FAILED,	/* the questions could not be written */
	REPORT_SIGNAL,
	REPORT_CHECKLIST	/* the full-screen checklist: see shown */
};

/* What was asked: plain line mode knows which questions were answered. */
struct report_asked {
	size_t		 total;		/* questions */
	size_t		 answered;	/* with a yes or a no */
	size_t		 at;		/* the question it ended at, from 1 */
	enum report_end	 end;
	int		 sig;		/* for REPORT_SIGNAL */
	size_t		 shown;		/* REPORT_CHECKLIST: were on screen */
};

void	 report_text(struct buf *, const struct eval *,
	    const struct report_asked *, time_t);
void	 report_asked_text(struct buf *, const struct report_asked *);
void	 report_summary(struct buf *, const struct eval *,
	    const struct format_opts *);
size_t	 report_flags_by_level(struct buf *, const struct eval *, size_t *,
	    const struct format_opts *);
void	 report_default_name(char *, size_t, time_t);
int	 report_name_check(const char *, size_t, char *, size_t);
int	 report_typed_path(const char *, char *, size_t);
enum status report_save_asked(const struct eval *,
	    const struct report_asked *, const char *, int, char *, size_t);

/* reportdir.c */
enum status reportdir_save(const struct eval *, const struct report_asked *,
	    int, char *, size_t, char *, size_t);

#endif
