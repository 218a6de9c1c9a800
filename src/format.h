/*
 * format.h: the results and the rules as text, built in a buffer for
 * the caller to write (json.h has them as JSON).  Every string from the rules file is
 * passed through utf8_sanitize.
 */
#ifndef REDFLAG_FORMAT_H
#define REDFLAG_FORMAT_H

#include <stddef.h>

#include "buf.h"
#include "eval.h"
#include "tcase.h"

#define FORMAT_WIDTH	80

#define FORMAT_HEADER		0x1	/* which rules, and when */
#define FORMAT_DISCLAIMER	0x2	/* the rules' disclaimer at the end */
#define FORMAT_ANSWERS		0x4	/* list the ticked answers */

struct format_opts {
	int		 flags;
	size_t		 width;
	const char	*when;		/* date and time for the header */
	int		 ascii;		/* replace non-ASCII with '?' */
};

void	 format_check_text(struct buf *, const struct eval *,
	    const struct format_opts *);
void	 format_list_text(struct buf *, const struct rules *,
	    const struct format_opts *);
void	 format_flag_text(struct buf *, const struct eval *, size_t,
	    const struct format_opts *);
void	 format_header(struct buf *, const struct rules *,
	    const struct format_opts *);
size_t	 format_because(struct buf *, const struct eval *, size_t);
void	 format_no_flag(struct buf *, const struct eval *);
void	 format_text(struct buf *, const char *, int);

void	 format_tests_tap(struct buf *, const struct rules *,
	    const struct tcase_result *, const struct format_opts *);

#endif
