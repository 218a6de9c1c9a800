/*
 * diags.h: problems found while loading, kept as data.  The engine only
 * records them; main.c and the interface decide how to show them.
 */
#ifndef REDFLAG_DIAGS_H
#define REDFLAG_DIAGS_H

#include <stdarg.h>
#include <stddef.h>

#include "buf.h"

#define DIAG_MAX	100	/* problems kept; the rest are only counted */

enum diag_severity {
	DIAG_ERROR,
	DIAG_WARNING
};

struct diag {
	enum diag_severity severity;
	unsigned long	 line;	/* 0 when the problem has no line */
	unsigned	 col;	/* column inside a condition, or 0 */
	char		*msg;
};

struct diags {
	char		*file;	/* name used in every message */
	struct diag	*v;
	size_t		 n;
	size_t		 cap;
	size_t		 nerrors;
	size_t		 nwarnings;
	size_t		 dropped;	/* problems over DIAG_MAX */
	int		 nomem;		/* a problem could not be recorded */
};

void	 diags_init(struct diags *);
void	 diags_free(struct diags *);
int	 diags_set_file(struct diags *, const char *);
void	 diags_add(struct diags *, enum diag_severity, unsigned long,
	    unsigned, const char *, ...) __attribute__((format(printf, 5, 6)));
void	 diags_vadd(struct diags *, enum diag_severity, unsigned long,
	    unsigned, const char *, va_list) __attribute__((format(printf, 5, 0)));
void	 diags_sort(struct diags *);
void	 diags_format(struct buf *, const struct diags *, const struct diag *);

#endif
