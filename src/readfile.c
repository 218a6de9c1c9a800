/*
 * readfile.c: read a whole file into memory.  Directories, devices and
 * (unless asked for) FIFOs are refused without blocking, and so is
 * anything larger than the limit.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "readfile.h"

static const char *
readfile_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return ("is a directory");
	if (S_ISFIFO(mode))
		return ("is a FIFO, not a regular file");
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return ("is a device, not a regular file");
	if (S_ISSOCK(mode))
		return ("is a socket, not a regular file");
	return ("is not a regular file");
}

/*
 * Read everything from fd, at most max bytes.  On success returns 0 and
 * a NUL-terminated buffer in *out; on error returns -1 with a reason in
 * why.
 */
int
readfile_fd(int fd, size_t max, char **out, size_t *len, char *why,
    size_t whysize)
{
	char	*p, *s = NULL;
	size_t	 n = 0, cap = 0;
	ssize_t	 r;

	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8192;
			if (cap > max + 1)
				cap = max + 1;
			if ((p = realloc(s, cap + 1)) == NULL) {
				snprintf(why, whysize, "out of memory");
				goto out_free;
			}
			s = p;
		}
		r = read(fd, s + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(why, whysize, "%s", strerror(errno));
			goto out_free;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			snprintf(why, whysize, "is too large (the limit is %zu "
			    "bytes)", max);
			goto out_free;
		}
	}
	if (s == NULL && (s = malloc(1)) == NULL) {
		snprintf(why, whysize, "out of memory");
		return (-1);
	}
	s[n] = '\0';
	*out = s;
	*len = n;
	return (0);
out_free:
	free(s);
	return (-1);
}

/* Open and read path; flags may allow pipes.  See readfile_fd. */
int
readfile_path(const char *path, size_t max, int flags, char **out,
    size_t *len, char *why, size_t whysize)
{
	struct stat	 st;
	int		 fd, rc = -1;

	/*
	 * Open without blocking, so that a FIFO or a device can be refused;
	 * but a FIFO that is allowed must wait for its writer, or it would
	 * read as empty.
	 */
	fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | ((flags &
	    READFILE_PIPES) && stat(path, &st) == 0 && S_ISFIFO(st.st_mode) ?
	    0 : O_NONBLOCK));
	if (fd < 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		return (-1);
	}
	if (fstat(fd, &st) != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		goto out_close;
	}
	if (!S_ISREG(st.st_mode) &&
	    !((flags & READFILE_PIPES) && S_ISFIFO(st.st_mode))) {
		snprintf(why, whysize, "%s", readfile_kind(st.st_mode));
		goto out_close;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		snprintf(why, whysize, "is too large (%lld bytes; the limit "
		    "is %zu)", (long long)st.st_size, max);
		goto out_close;
	}
	if (fcntl(fd, F_SETFL, 0) != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		goto out_close;
	}
	rc = readfile_fd(fd, max, out, len, why, whysize);
out_close:
	close(fd);
	return (rc);
}
