/*
 * test_sandbox.c: once sandbox_restrict has run, a process can make
 * and write new files in the one directory it was given, and nothing
 * anywhere else: creating, writing, truncating, removing, renaming or
 * linking a file outside fails.  Each case runs in a child process,
 * since the restriction cannot be lifted.  Without Landlock in the
 * kernel the cases are skipped.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "report.h"
#include "sandbox.h"
#include "save.h"

#define NO_LANDLOCK	77	/* the child's status when the kernel lacks it */

static char	 allowed[64], other[64];

static int
setup(void **state)
{
	char	 path[128];
	int	 fd;

	(void)state;
	snprintf(allowed, sizeof(allowed), "/tmp/redflag-sbx-in-XXXXXX");
	snprintf(other, sizeof(other), "/tmp/redflag-sbx-out-XXXXXX");
	if (mkdtemp(allowed) == NULL || mkdtemp(other) == NULL)
		return (-1);
	snprintf(path, sizeof(path), "%s/keep", other);
	if ((fd = open(path, O_WRONLY | O_CREAT, 0644)) < 0)
		return (-1);
	if (write(fd, "old\n", 4) != 4)
		return (-1);
	return (close(fd));
}

static int
teardown(void **state)
{
	char	 cmd[192];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s' '%s'", allowed, other);
	return (system(cmd));
}

/* Every way to change the other directory; returns the first that works. */
static int
try_outside(void)
{
	char	 p[128], q[128];

	snprintf(p, sizeof(p), "%s/new", other);
	if (open(p, O_WRONLY | O_CREAT | O_EXCL, 0600) >= 0 || errno != EACCES)
		return (1);
	snprintf(p, sizeof(p), "%s/keep", other);
	if (open(p, O_WRONLY | O_APPEND) >= 0 || errno != EACCES)
		return (2);
	if (truncate(p, 0) == 0 || unlink(p) == 0)
		return (3);
	snprintf(q, sizeof(q), "%s/moved", allowed);
	if (rename(p, q) == 0 || link(p, q) == 0)
		return (4);
	snprintf(q, sizeof(q), "%s/dir", other);
	if (mkdir(q, 0700) == 0 || symlink(p, q) == 0)
		return (5);
	if (open(other, O_TMPFILE | O_WRONLY, 0600) >= 0)
		return (6);
	return (0);
}

/* In the child: restrict, then try.  The exit status says what happened. */
static int
child(int give_dir)
{
	char	 why[128], p[128];
	int	 dirfd = -1, abi, fd, rc;

	if (give_dir)
		dirfd = open(allowed, O_RDONLY | O_DIRECTORY);
	rc = sandbox_restrict(dirfd, &abi, why, sizeof(why));
	if (rc == SANDBOX_NONE)
		return (NO_LANDLOCK);
	if (rc != 0 || abi < 1)
		return (10);
	if ((rc = try_outside()) != 0)
		return (10 + rc);
	snprintf(p, sizeof(p), "%s/made", allowed);
	fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (give_dir && (fd < 0 || write(fd, "x", 1) != 1))
		return (20);
	if (!give_dir && (fd >= 0 || errno != EACCES))
		return (21);
	if (give_dir && save_at(dirfd, "report.txt", "r\n", 2, 0, why,
	    sizeof(why)) != 0)
		return (22);
	return (0);
}

static int
run_child(int give_dir)
{
	pid_t	 pid;
	int	 st;

	if ((pid = fork()) == 0)
		_exit(child(give_dir));
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	if (WEXITSTATUS(st) == NO_LANDLOCK)
		skip();
	return (WEXITSTATUS(st));
}

static void
assert_other_unchanged(void)
{
	char		 p[128], buf[16];
	struct stat	 st;
	int		 fd;
	ssize_t		 n;

	snprintf(p, sizeof(p), "%s/keep", other);
	assert_true((fd = open(p, O_RDONLY)) >= 0);
	n = read(fd, buf, sizeof(buf));
	close(fd);
	assert_int_equal(n, 4);
	assert_memory_equal(buf, "old\n", 4);
	snprintf(p, sizeof(p), "%s/new", other);
	assert_int_equal(lstat(p, &st), -1);
	snprintf(p, sizeof(p), "%s/dir", other);
	assert_int_equal(lstat(p, &st), -1);
}

static void
test_sandbox_only_the_directory(void **state)
{
	char		 p[128];
	struct stat	 st;

	(void)state;
	assert_int_equal(run_child(1), 0);
	assert_other_unchanged();
	snprintf(p, sizeof(p), "%s/report.txt", allowed);
	assert_int_equal(stat(p, &st), 0);	/* saving still works */
}

static void
test_sandbox_no_directory(void **state)
{
	(void)state;
	assert_int_equal(run_child(0), 0);
	assert_other_unchanged();
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sandbox_only_the_directory,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_sandbox_no_directory,
		    setup, teardown),
	};

	return (TESTMAIN(argc, argv, tests));
}
