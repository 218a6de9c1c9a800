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

#define REPORT_EXISTS	1	/* report_save: the file is there already */

void	 report_text(struct buf *, const struct eval *, time_t);
void	 report_summary(struct buf *, const struct eval *,
	    const struct format_opts *);
void	 report_default_name(char *, size_t, time_t);
int	 report_typed_path(const char *, char *, size_t);
int	 report_save(const struct eval *, const char *, int, char *, size_t);

/* save.c */
int	 save_at(int, const char *, const char *, size_t, int, char *,
	    size_t);
int	 save_file(const char *, const char *, size_t, int, char *, size_t);
void	 save_random(char *, size_t);

/* reportdir.c */
int	 reportdir_save(const struct eval *, int, char *, size_t, char *,
	    size_t);

#endif
