/*
 * test_save.c: saving a report: the file is complete or not there, with
 * mode 0600, is never replaced without being asked, and a full disk
 * (write() failing with ENOSPC, injected with --wrap=write) leaves
 * nothing behind and says why.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "report.h"
#include "save.h"

ssize_t	 __real_write(int, const void *, size_t);
ssize_t	 __wrap_write(int, const void *, size_t);

static long	 write_budget = -1;	/* bytes before ENOSPC; -1: no limit */

ssize_t
__wrap_write(int fd, const void *p, size_t n)
{
	if (write_budget < 0)
		return (__real_write(fd, p, n));
	if (write_budget == 0) {
		errno = ENOSPC;
		return (-1);
	}
	if ((long)n > write_budget)
		n = (size_t)write_budget;
	write_budget -= (long)n;
	return (__real_write(fd, p, n));
}

static char	 dir[64];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/redflag-save-XXXXXX");
	return (mkdtemp(dir) == NULL ? -1 : 0);
}

static int
teardown(void **state)
{
	char		 cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return (system(cmd));
}

/* Files in the test directory, one name per line. */
static void
listing(char *out, size_t size)
{
	struct dirent	*e;
	DIR		*d = opendir(dir);
	size_t		 len = 0;

	out[0] = '\0';
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' && (e->d_name[1] == '\0' ||
		    strcmp(e->d_name, "..") == 0))
			continue;
		len += (size_t)snprintf(out + len, size - len, "%s\n", e->d_name);
	}
	if (d != NULL)
		closedir(d);
}

static char *
slurp(const char *path)
{
	static char	 buf[4096];
	FILE		*fp = fopen(path, "r");
	size_t		 n;

	if (fp == NULL)
		return (NULL);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return (buf);
}

static void
test_save_new(void **state)
{
	char		 path[128], why[128], ls[512];
	struct stat	 st;

	(void)state;
	snprintf(path, sizeof(path), "%s/report.txt", dir);
	assert_int_equal(save_file(path, "hello\n", 6, 0, why, sizeof(why)), 0);
	assert_string_equal(slurp(path), "hello\n");
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	listing(ls, sizeof(ls));
	assert_string_equal(ls, "report.txt\n");	/* no temporary left */
}

static void
test_save_no_overwrite(void **state)
{
	char		 path[128], why[128], ls[512];

	(void)state;
	snprintf(path, sizeof(path), "%s/report.txt", dir);
	assert_int_equal(save_file(path, "old\n", 4, 0, why, sizeof(why)), 0);
	assert_int_equal(save_file(path, "new\n", 4, 0, why, sizeof(why)),
	    STATUS_EXISTS);
	assert_string_equal(slurp(path), "old\n");
	assert_int_equal(save_file(path, "new\n", 4, 1, why, sizeof(why)), 0);
	assert_string_equal(slurp(path), "new\n");
	listing(ls, sizeof(ls));
	assert_string_equal(ls, "report.txt\n");
}

static void
test_save_disk_full(void **state)
{
	char		 path[128], why[128], ls[512], big[20000];

	(void)state;
	memset(big, 'x', sizeof(big));
	snprintf(path, sizeof(path), "%s/full.txt", dir);
	write_budget = 1000;
	assert_int_equal(save_file(path, big, sizeof(big), 0, why,
	    sizeof(why)), -1);
	write_budget = -1;
	assert_string_equal(why, "No space left on device");
	listing(ls, sizeof(ls));
	assert_string_equal(ls, "");	/* no partial file, no temporary */
	/* The same when replacing: the old file stays as it was. */
	assert_int_equal(save_file(path, "old\n", 4, 0, why, sizeof(why)), 0);
	write_budget = 0;
	assert_int_equal(save_file(path, big, sizeof(big), 1, why,
	    sizeof(why)), -1);
	write_budget = -1;
	assert_string_equal(slurp(path), "old\n");
	listing(ls, sizeof(ls));
	assert_string_equal(ls, "full.txt\n");
}

static void
test_save_bad_place(void **state)
{
	char	 path[128], why[128];

	(void)state;
	snprintf(path, sizeof(path), "%s/no/such/dir/r.txt", dir);
	assert_int_equal(save_file(path, "x", 1, 0, why, sizeof(why)), -1);
	assert_string_equal(why, "No such file or directory");
	assert_int_equal(save_file("", "x", 1, 0, why, sizeof(why)), -1);
	assert_string_equal(why, "no file name given");
}

/*
 * A symbolic link at the name is never followed: without overwrite it
 * counts as taken, even when it points nowhere; with overwrite the link
 * itself is replaced, and what it pointed at is not touched.
 */
static void
test_save_no_follow(void **state)
{
	char		 path[128], target[128], why[128];
	struct stat	 st;
	int		 dirfd;

	(void)state;
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	snprintf(target, sizeof(target), "%s/target", dir);
	assert_int_equal(symlink(target, path), 0);
	assert_true((dirfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0);
	assert_int_equal(save_at(dirfd, "r.txt", "x\n", 2, 0, why,
	    sizeof(why)), STATUS_EXISTS);
	assert_int_equal(lstat(target, &st), -1);	/* not created */
	assert_int_equal(save_file(target, "old\n", 4, 0, why, sizeof(why)),
	    0);
	assert_int_equal(save_at(dirfd, "r.txt", "x\n", 2, 0, why,
	    sizeof(why)), STATUS_EXISTS);
	assert_int_equal(save_at(dirfd, "r.txt", "new\n", 4, 1, why,
	    sizeof(why)), 0);
	close(dirfd);
	assert_string_equal(slurp(target), "old\n");
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_string_equal(slurp(path), "new\n");
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_save_new, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_no_overwrite, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_save_disk_full, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_save_bad_place, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_save_no_follow, setup,
		    teardown),
	};

	return (TESTMAIN(argc, argv, tests));
}
