/*
 * save.c: write a file so that it is either complete or not there.  The
 * data goes to a temporary file (mode 0600) in the same directory, is
 * flushed to disk, and is then linked into place (which fails if the
 * name is taken) or renamed over the old file.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report.h"

static int
save_write_all(int fd, const char *data, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return (-1);
		data += n;
		len -= (size_t)n;
	}
	return (0);
}

/* Flush the directory, so that the new name survives a crash too. */
static void
save_sync_dir(const char *dir)
{
	int	 fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return;
	fsync(fd);
	close(fd);
}

/*
 * Move tmp to path unless path exists, atomically: with renameat2 where
 * the file system has it, else with link.  Returns 0, REPORT_EXISTS, or
 * -1 with errno set.
 */
static int
save_noreplace(const char *tmp, const char *path)
{
#ifdef HAVE_RENAMEAT2
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
		return (0);
	if (errno == EEXIST)
		return (REPORT_EXISTS);
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
		return (-1);
#endif
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return (0);
	}
	return (errno == EEXIST ? REPORT_EXISTS : -1);
}

static int
save_temp(const char *dir, char *tmp, size_t size, const char *data,
    size_t len)
{
	int	 fd, saved;

	if ((size_t)snprintf(tmp, size, "%s/.redflag-XXXXXX", dir) >= size) {
		errno = ENAMETOOLONG;
		return (-1);
	}
	if ((fd = mkstemp(tmp)) < 0)
		return (-1);
	if (fchmod(fd, 0600) != 0 || save_write_all(fd, data, len) != 0 ||
	    fsync(fd) != 0)
		goto out_fail;
	if (close(fd) != 0) {
		fd = -1;
		goto out_fail;
	}
	return (0);
out_fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	errno = saved;
	return (-1);
}

/* The body of save_file, with the ending signals held off. */
static int
save_file_now(const char *path, const char *data, size_t len, int overwrite,
    char *why, size_t whysize)
{
	char	 copy[PATH_MAX], dir[PATH_MAX], tmp[PATH_MAX];
	struct stat st;
	int	 rc;

	if (*path == '\0' || strlen(path) >= sizeof(copy)) {
		snprintf(why, whysize, "%s", *path ? strerror(ENAMETOOLONG) :
		    "no file name given");
		return (-1);
	}
	strcpy(copy, path);
	snprintf(dir, sizeof(dir), "%s", dirname(copy));
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* never put a file in place of a directory or a device */
		snprintf(why, whysize, "%s", S_ISDIR(st.st_mode) ?
		    "it is a directory" : "it is not a regular file");
		return (-1);
	}
	if (!overwrite && access(path, F_OK) == 0)
		return (REPORT_EXISTS);
	if (save_temp(dir, tmp, sizeof(tmp), data, len) != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		return (-1);
	}
	if (overwrite)
		rc = rename(tmp, path);
	else if ((rc = save_noreplace(tmp, path)) == REPORT_EXISTS) {
		unlink(tmp);
		return (REPORT_EXISTS);
	}
	if (rc != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		unlink(tmp);
		return (-1);
	}
	save_sync_dir(dir);
	return (0);
}

/*
 * Save data at path.  Returns 0, REPORT_EXISTS if the file exists and
 * overwrite is 0, or -1 with a reason in why.  Nothing is left behind
 * on failure, and a hang-up or kill signal that comes meanwhile waits
 * until the file is complete or gone.
 */
int
save_file(const char *path, const char *data, size_t len, int overwrite,
    char *why, size_t whysize)
{
	static const int signals[] = {
		SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGTSTP
	};
	sigset_t	 block, old;
	size_t		 i;
	int		 rc;

	sigemptyset(&block);
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaddset(&block, signals[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	rc = save_file_now(path, data, len, overwrite, why, whysize);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return (rc);
}
