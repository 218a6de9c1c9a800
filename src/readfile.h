/* readfile.h: read a whole file with a size limit, refusing odd files. */
#ifndef REDFLAG_READFILE_H
#define REDFLAG_READFILE_H

#include <stddef.h>

#define READFILE_PIPES	0x1	/* accept FIFOs and pipes too */

int	 readfile_path(const char *, size_t, int, char **, size_t *, char *,
	    size_t);
int	 readfile_fd(int, size_t, char **, size_t *, char *, size_t);

#endif
