/* readfile.h: read a whole file with a size limit, refusing directories. */
#ifndef REDFLAG_READFILE_H
#define REDFLAG_READFILE_H

#include <stddef.h>

#include "diags.h"

int	 readfile_path(const char *, size_t, char **, size_t *,
	    struct diags *);
int	 readfile_fd(int, size_t, char **, size_t *, struct diags *);

#endif
