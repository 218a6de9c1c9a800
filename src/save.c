/*
 * save.c: write a file so that it is either complete or not there, and
 * never leave a copy of it behind.  All names are relative to an open
 * directory.  Where the file system has O_TMPFILE, the data goes to an
 * unnamed file in that directory, is flushed to disk, and only then is
 * given its name, so a kill at any moment leaves nothing.  Elsewhere it
 * goes to a hidden temporary file (mode 0600), which is renamed or
 * linked into place; a SIGKILL during the write can leave that one.
 * The final name is never followed if it is a symbolic link.
 */
#include "config.h"

#include <sys/random.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "report.h"
#include "save.h"

#define SAVE_TRIES	100	/* hidden names tried before giving up */

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

static int
save_fill(int fd, const char *data, size_t len)
{
	if (save_write_all(fd, data, len) != 0 || fsync(fd) != 0)
		return (-1);
	return (0);
}

/* n random letters and digits, and a NUL, in out. */
void
save_random(char *out, size_t n)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	unsigned char	 r[16];
	size_t		 i;

	if (n > sizeof(r))
		n = sizeof(r);
	if (getrandom(r, n, 0) != (ssize_t)n) {
		for (i = 0; i < n; i++)
			r[i] = (unsigned char)rand();
	}
	for (i = 0; i < n; i++)
		out[i] = set[r[i] % (sizeof(set) - 1)];
	out[n] = '\0';
}

/* A fresh hidden name: ".redflag-" and six random letters or digits. */
static void
save_hidden_name(char *out, size_t size)
{
	char	 r[7];

	save_random(r, 6);
	snprintf(out, size, ".redflag-%s", r);
}

/* Create a hidden file in dirfd that nobody else has; its name in tmp. */
static int
save_hidden(int dirfd, char *tmp, size_t size)
{
	int	 fd, i;

	for (i = 0; i < SAVE_TRIES; i++) {
		save_hidden_name(tmp, size);
		fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL |
		    O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			return (fd);
	}
	return (-1);
}

/*
 * Give the unnamed file fd the name name in dirfd; fails with EEXIST if
 * the name is taken.  Linking through /proc needs no privilege, unlike
 * AT_EMPTY_PATH, which is tried when /proc is not there.
 */
static int
save_link_unnamed(int fd, int dirfd, const char *name)
{
	char	 proc[64];

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if (linkat(AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW) == 0)
		return (0);
	if (errno != ENOENT)
		return (-1);
	return (linkat(fd, "", dirfd, name, AT_EMPTY_PATH));
}

/*
 * Replace name with the unnamed file: link it in under a hidden name,
 * then rename that over name.  A copy is left only if the process dies
 * between these two calls.
 */
static int
save_replace_unnamed(int fd, int dirfd, const char *name)
{
	char	 tmp[32];
	int	 i, rc = -1;

	for (i = 0; i < SAVE_TRIES; i++) {
		save_hidden_name(tmp, sizeof(tmp));
		if ((rc = save_link_unnamed(fd, dirfd, tmp)) == 0 ||
		    errno != EEXIST)
			break;
	}
	if (rc != 0)
		return (-1);
	if (renameat(dirfd, tmp, dirfd, name) != 0) {
		rc = errno;
		unlinkat(dirfd, tmp, 0);
		errno = rc;
		return (-1);
	}
	return (0);
}

/* Move the hidden file tmp to name without replacing anything. */
static int
save_move_noreplace(int dirfd, const char *tmp, const char *name)
{
#ifdef HAVE_RENAMEAT2
	if (renameat2(dirfd, tmp, dirfd, name, RENAME_NOREPLACE) == 0)
		return (0);
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
		return (-1);
#endif
	if (linkat(dirfd, tmp, dirfd, name, 0) != 0)
		return (-1);
	unlinkat(dirfd, tmp, 0);
	return (0);
}

/*
 * Write through an unnamed file.  Returns 0, or -1 with errno set;
 * EOPNOTSUPP (or another open error) means: use a named file instead.
 */
static int
save_unnamed(int dirfd, const char *name, const char *data, size_t len,
    int overwrite, int *opened)
{
	int	 fd, rc = -1, saved;

	*opened = 0;
	fd = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	if (fd < 0)
		return (-1);
	*opened = 1;
	if (fchmod(fd, 0600) != 0 || save_fill(fd, data, len) != 0)
		goto out_close;
	rc = save_link_unnamed(fd, dirfd, name);
	if (rc != 0 && errno == EEXIST && overwrite)
		rc = save_replace_unnamed(fd, dirfd, name);
out_close:
	saved = errno;
	close(fd);
	errno = saved;
	return (rc);
}

/* Write through a hidden named file.  Returns 0, or -1 with errno set. */
static int
save_named(int dirfd, const char *name, const char *data, size_t len,
    int overwrite)
{
	char	 tmp[32];
	int	 fd, rc, saved;

	if ((fd = save_hidden(dirfd, tmp, sizeof(tmp))) < 0)
		return (-1);
	rc = save_fill(fd, data, len);
	if (close(fd) != 0)
		rc = -1;
	if (rc == 0 && overwrite)
		rc = renameat(dirfd, tmp, dirfd, name);
	else if (rc == 0)
		rc = save_move_noreplace(dirfd, tmp, name);
	if (rc != 0) {
		saved = errno;
		unlinkat(dirfd, tmp, 0);
		errno = saved;
	}
	return (rc);
}

/* What is at name now: 0 nothing, 1 a file to keep or replace, -1 bad. */
static int
save_check_target(int dirfd, const char *name, char *why, size_t whysize)
{
	struct stat	 st;

	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return (0);
	if (S_ISLNK(st.st_mode) && fstatat(dirfd, name, &st, 0) != 0)
		return (1);	/* a dangling link: taken, never followed */
	if (S_ISREG(st.st_mode))
		return (1);
	/* never put a file in place of a directory or a device */
	/* TRANSLATORS: why a report cannot be saved under a name. */
	snprintf(why, whysize, "%s", S_ISDIR(st.st_mode) ?
	    _("it is a directory") : _("it is not a regular file"));
	return (-1);
}

/* The body of save_at, with the ending signals held off. */
static enum status
save_at_now(int dirfd, const char *name, const char *data, size_t len,
    int overwrite, char *why, size_t whysize)
{
	int	 rc, opened;

	if ((rc = save_check_target(dirfd, name, why, whysize)) < 0)
		return (STATUS_FAILED);
	if (rc > 0 && !overwrite)
		return (STATUS_EXISTS);
	rc = save_unnamed(dirfd, name, data, len, overwrite, &opened);
	if (rc != 0 && !opened)
		rc = save_named(dirfd, name, data, len, overwrite);
	if (rc != 0 && errno == EEXIST && !overwrite)
		return (STATUS_EXISTS);
	if (rc != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		return (STATUS_FAILED);
	}
	fsync(dirfd);	/* so that the new name survives a crash too */
	return (STATUS_OK);
}

/*
 * Save data as name in the directory dirfd.  Returns STATUS_OK,
 * STATUS_EXISTS if something is there and overwrite is 0, or
 * STATUS_FAILED with a reason in why.
 * Nothing is left behind on failure, and a hang-up or kill signal that
 * comes meanwhile waits until the file is complete or gone.
 */
enum status
save_at(int dirfd, const char *name, const char *data, size_t len,
    int overwrite, char *why, size_t whysize)
{
	static const int signals[] = {
		SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGTSTP
	};
	sigset_t	 block, old;
	size_t		 i;
	enum status	 rc;

	sigemptyset(&block);
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaddset(&block, signals[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	rc = save_at_now(dirfd, name, data, len, overwrite, why, whysize);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return (rc);
}

/* Save data at path; see save_at. */
enum status
save_file(const char *path, const char *data, size_t len, int overwrite,
    char *why, size_t whysize)
{
	char		 dir[PATH_MAX];
	const char	*slash = strrchr(path, '/'), *name = path;
	enum status	 rc;
	int		 dirfd;

	if (*path == '\0' || strlen(path) >= sizeof(dir)) {
		snprintf(why, whysize, "%s", *path ? strerror(ENAMETOOLONG) :
		    _("no file name given"));
		return (STATUS_FAILED);
	}
	snprintf(dir, sizeof(dir), ".");
	if (slash != NULL) {
		snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 :
		    (int)(slash - path), path);
		name = slash + 1;
	}
	if (*name == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
		snprintf(why, whysize, "%s", _("it is a directory"));
		return (STATUS_FAILED);
	}
	if ((dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		return (STATUS_FAILED);
	}
	rc = save_at(dirfd, name, data, len, overwrite, why, whysize);
	close(dirfd);
	return (rc);
}
