/*
 * plain.h: plain line mode.  struct plain is shared by plain.c (the
 * questions), plain-io.c (lines in and out) and plain-end.c (the summary
 * and the report); sig.c holds off the signals that end it.
 */
#ifndef REDFLAG_PLAIN_H
#define REDFLAG_PLAIN_H

#include <signal.h>
#include <stdio.h>

#include "buf.h"
#include "eval.h"
#include "reply.h"
#include "report.h"
#include "status.h"

struct plain_opts {
	const char	*report;	/* save the report here at the end */
	int		 ascii;		/* show only ASCII */
	int		 restricted;	/* never ask for a file name */
	int		 report_dir;	/* restricted: reports go here, or -1 */
	const char	*answers_to;	/* --save-answers: main.c writes it */
};

#define PLAIN_WIDTH	80
#define PLAIN_LINE	1024	/* longest line read, with its NUL */

struct plain {
	const struct rules *r;
	struct eval	*ev;
	const struct plain_opts *o;
	int		 in;
	FILE		*out;
	const size_t	*order;		/* symptoms in the order asked */
	const size_t	*pos;		/* and the reverse: symptom to place */
	unsigned char	*was;		/* rules fired before an answer */
	unsigned char	*said;		/* per level: its action was said */
	size_t		 group;		/* the group of the last question */
	struct report_asked asked;	/* answered, and how it ended */
	size_t		 col;		/* where a reply starts on its line */
	int		 echo;		/* input is not a terminal: echo it */
	int		 nomem;		/* some text could not be built */
	int		 outfail;	/* a write failed: stop asking */
	int		 outerr;	/* and its errno */
	int		 eof;
	const char	*why;		/* why the last line was refused */
	size_t		 linelen;	/* its length as read, NULs and all */
	sigset_t	 open;		/* the signal mask to wait with */
	char		 inbuf[4096];
	size_t		 inlen;
	size_t		 inpos;
};

enum plain_line {
	PLAIN_LINE_OK,
	PLAIN_LINE_END,		/* end of input, or a signal */
	PLAIN_LINE_BAD		/* too long, or a NUL byte: see why */
};

int	 plain_run(const struct rules *, struct eval *,
	    const struct plain_opts *, int, FILE *);

/* plain.c */
void	 plain_answer(struct plain *, size_t, int);
enum reply plain_reply_parse(const char *, unsigned long *);

/* plain-io.c */
void	 plain_io_put(struct plain *, struct buf *);
void	 plain_io_para(struct plain *, const char *, size_t);
void	 plain_io_para_buf(struct plain *, const struct buf *, size_t);
enum plain_line plain_io_read(struct plain *, char *, size_t);

/* plain-end.c */
void	 plain_end_summary(struct plain *);
int	 plain_end_report(struct plain *);

#endif
