/*
 * readfile.c: read a whole file into memory, at most a given size.
 * Regular files, FIFOs and pipes (-f <(...)) and character devices
 * (/dev/null, /dev/stdin) are read; directories, block devices and
 * sockets are refused.  A FIFO waits for its writer, as cat(1) would,
 * and anything that does not end (/dev/zero) stops at the limit.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "readfile.h"

/*
 * Why a file of this type is not read, or NULL if it is read.  The
 * messages follow the file's name: "FILE: is a directory".
 */
static const char *
readfile_refusal(mode_t mode)
{
	if (S_ISREG(mode) || S_ISFIFO(mode) || S_ISCHR(mode))
		return (NULL);
	if (S_ISDIR(mode))
		return (_("is a directory"));
	if (S_ISBLK(mode))
		return (_("is a block device, not a file to read"));
	if (S_ISSOCK(mode))
		return (_("is a socket, not a file to read"));
	return (_("is not a file to read"));
}

/*
 * Read everything from fd, at most max bytes.  On success returns 0 and
 * a NUL-terminated buffer in *out; on error returns -1 with the reason
 * in d, as a problem with no line, or d->nomem.
 */
int
readfile_fd(int fd, size_t max, char **out, size_t *len, struct diags *d)
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
				d->nomem = 1;
				goto out_free;
			}
			s = p;
		}
		r = read(fd, s + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diags_add(d, DIAG_ERROR, 0, 0, "%s", strerror(errno));
			goto out_free;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			/* TRANSLATORS: after the file's name, as in
			   "FILE: is too large ...". */
			diags_add(d, DIAG_ERROR, 0, 0, ngettext("is too large "
			    "(the limit is %zu byte)", "is too large (the "
			    "limit is %zu bytes)", max), max);
			goto out_free;
		}
	}
	if (s == NULL && (s = malloc(1)) == NULL) {
		d->nomem = 1;
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

/*
 * Open path as readfile_refusal allows, and refuse a regular file larger
 * than max at once.  A FIFO is opened so as to wait for its writer
 * (without one it would read as empty); anything else without waiting,
 * so that a device cannot hold the open up.
 */
static int
readfile_open(const char *path, size_t max, struct diags *d)
{
	struct stat	 st;
	const char	*no;
	int		 fd, fifo;

	fifo = stat(path, &st) == 0 && S_ISFIFO(st.st_mode);
	fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | (fifo ? 0 :
	    O_NONBLOCK));
	if (fd < 0) {
		diags_add(d, DIAG_ERROR, 0, 0, "%s", strerror(errno));
		return (-1);
	}
	if (fstat(fd, &st) != 0 || fcntl(fd, F_SETFL, 0) != 0) {
		diags_add(d, DIAG_ERROR, 0, 0, "%s", strerror(errno));
		goto out_close;
	}
	if ((no = readfile_refusal(st.st_mode)) != NULL) {
		diags_add(d, DIAG_ERROR, 0, 0, "%s", no);
		goto out_close;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		/* TRANSLATORS: after the file's name: its size in bytes, and
		   the largest size read. */
		diags_add(d, DIAG_ERROR, 0, 0, ngettext("is too large (%lld "
		    "byte; the limit is %zu)", "is too large (%lld bytes; the "
		    "limit is %zu)", (unsigned long)st.st_size),
		    (long long)st.st_size, max);
		goto out_close;
	}
	return (fd);
out_close:
	close(fd);
	return (-1);
}

/* Open and read path.  See readfile_fd. */
int
readfile_path(const char *path, size_t max, char **out, size_t *len,
    struct diags *d)
{
	int	 fd, rc;

	if ((fd = readfile_open(path, max, d)) < 0)
		return (-1);
	rc = readfile_fd(fd, max, out, len, d);
	close(fd);
	return (rc);
}
