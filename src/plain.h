/* plain.h: plain line mode. */
#ifndef REDFLAG_PLAIN_H
#define REDFLAG_PLAIN_H

#include <stdio.h>

#include "eval.h"

struct plain_opts {
	const char	*report;	/* save the report here at the end */
	int		 ascii;		/* show only ASCII */
	int		 restricted;	/* never ask for a file name */
	int		 report_dir;	/* restricted: reports go here, or -1 */
};

#define PLAIN_NO_REPORT	(-2)	/* plain_run: --report could not be written */

int	 plain_run(const struct rules *, struct eval *,
	    const struct plain_opts *, FILE *, FILE *);

#endif
