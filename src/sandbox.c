/*
 * sandbox.c: after start-up, the process gives up the right to create,
 * write, truncate, remove, link, rename or execute any file, except to
 * make and write new files in one directory.  Reading is still allowed
 * (the terminal's description is read after start-up).  Landlock does
 * this on Linux 5.13 and later; elsewhere the program relies on its own
 * checks alone.
 */
#include "config.h"

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sandbox.h"

#if defined(HAVE_LINUX_LANDLOCK_H) && defined(SYS_landlock_create_ruleset)
#include <linux/landlock.h>

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER	(1ULL << 13)	/* ABI 2 */
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE	(1ULL << 14)	/* ABI 3 */
#endif

/* Every right that changes the file system, as far as abi knows them. */
static uint64_t
sandbox_handled(long abi)
{
	uint64_t	 fs = LANDLOCK_ACCESS_FS_EXECUTE |
	    LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
	    LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |
	    LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
	    LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO |
	    LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;

	if (abi >= 2)
		fs |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		fs |= LANDLOCK_ACCESS_FS_TRUNCATE;
	return (fs);
}

/* Allow new files, written and removed, in the directory dirfd. */
static int
sandbox_allow_dir(int ruleset, int dirfd)
{
	struct landlock_path_beneath_attr pb;

	memset(&pb, 0, sizeof(pb));
	pb.allowed_access = LANDLOCK_ACCESS_FS_WRITE_FILE |
	    LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_REMOVE_FILE;
	pb.parent_fd = dirfd;
	return ((int)syscall(SYS_landlock_add_rule, ruleset,
	    LANDLOCK_RULE_PATH_BENEATH, &pb, 0));
}

/*
 * Restrict the process; dirfd is the one directory where files may be
 * made, or -1 for none.  Returns 0 with the Landlock ABI version in
 * *abi, SANDBOX_NONE when the kernel has no Landlock, or -1 with a
 * reason in why.
 */
int
sandbox_restrict(int dirfd, int *abi, char *why, size_t whysize)
{
	struct landlock_ruleset_attr attr;
	long	 v;
	int	 ruleset, rc = -1;

	*abi = 0;
	v = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	if (v < 0 && (errno == ENOSYS || errno == EOPNOTSUPP))
		return (SANDBOX_NONE);
	if (v < 0) {
		snprintf(why, whysize, "landlock: %s", strerror(errno));
		return (-1);
	}
	memset(&attr, 0, sizeof(attr));
	attr.handled_access_fs = sandbox_handled(v);
	ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr,
	    sizeof(attr), 0);
	if (ruleset < 0) {
		snprintf(why, whysize, "landlock: %s", strerror(errno));
		return (-1);
	}
	if ((dirfd >= 0 && sandbox_allow_dir(ruleset, dirfd) != 0) ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
	    syscall(SYS_landlock_restrict_self, ruleset, 0) != 0) {
		snprintf(why, whysize, "landlock: %s", strerror(errno));
		goto out_close;
	}
	*abi = (int)v;
	rc = 0;
out_close:
	close(ruleset);
	return (rc);
}

#else /* no Landlock */

int
sandbox_restrict(int dirfd, int *abi, char *why, size_t whysize)
{
	(void)dirfd;
	(void)why;
	(void)whysize;
	*abi = 0;
	return (SANDBOX_NONE);
}

#endif
