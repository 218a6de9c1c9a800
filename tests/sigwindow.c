/*
 * sigwindow.c: a test hook that tests/faults.sh preloads into redflag
 * (LD_PRELOAD); it is never linked into the program.  It watches the
 * windows in which the program holds signals off: each runs from a
 * sigprocmask(SIG_BLOCK, ...) to the sigprocmask(SIG_SETMASK, ...) that
 * ends it, innermost first.  A signal that is pending when a window
 * ends, and was not when it began, arrived inside it.  For each window
 * that some signal arrived in, a line goes to the file $SIGWINDOW_LOG:
 *
 *	landed TERM in a window blocking HUP INT QUIT PIPE TERM TSTP
 *
 * With $SIGWINDOW_HOLD naming a signal (TSTP), a window that blocks
 * that signal is held open, once it has written
 *
 *	open HUP INT QUIT PIPE TERM TSTP
 *
 * until a new signal is pending or 10 seconds pass, so that a test can
 * send a signal into it for certain.
 */
#include "config.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SIGWINDOW_DEPTH	8	/* windows open at once */
#define SIGWINDOW_LAST	31	/* the last signal named */
#define SIGWINDOW_WAIT	10000	/* milliseconds a window is held open */

typedef int	sigwindow_fn(int, const sigset_t *, sigset_t *);

struct sigwindow {
	sigset_t	 blocked;	/* what the window holds off */
	sigset_t	 pending;	/* what was pending when it began */
};

static struct sigwindow	sigwindow_open[SIGWINDOW_DEPTH];
static int		sigwindow_depth;

/* libc's sigprocmask. */
static sigwindow_fn *
sigwindow_real(void)
{
	static sigwindow_fn *real;
	union {
		void		*p;
		sigwindow_fn	*f;
	} u;

	if (real == NULL) {
		u.p = dlsym(RTLD_NEXT, "sigprocmask");
		real = u.f;
	}
	return (real);
}

/* Append the names of the signals in set to line, of length *len. */
static void
sigwindow_names(char *line, size_t size, size_t *len, const sigset_t *set)
{
	const char	*name;
	int		 s;

	for (s = 1; s <= SIGWINDOW_LAST; s++) {
		if (sigismember(set, s) != 1 || (name = sigabbrev_np(s)) == NULL ||
		    *len + 1 + strlen(name) >= size)
			continue;
		line[(*len)++] = ' ';
		memcpy(line + *len, name, strlen(name));
		*len += strlen(name);
	}
}

/*
 * Append a line to $SIGWINDOW_LOG: what, the names of the signals in a,
 * and with b, "in a window blocking" and the names of those in b.
 */
static void
sigwindow_log(const char *what, const sigset_t *a, const sigset_t *b)
{
	static const char within[] = " in a window blocking";
	const char	*path = getenv("SIGWINDOW_LOG");
	char		 line[512];
	size_t		 len = strlen(what);
	int		 fd;

	if (path == NULL || len > 64)
		return;
	memcpy(line, what, len);
	sigwindow_names(line, sizeof(line) / 2, &len, a);
	if (b != NULL) {
		memcpy(line + len, within, sizeof(within) - 1);
		len += sizeof(within) - 1;
		sigwindow_names(line, sizeof(line) - 1, &len, b);
	}
	line[len++] = '\n';
	if ((fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0600)) < 0)
		return;
	if (write(fd, line, len) != (ssize_t)len) {
		/* nothing to do: the test finds the line missing */
	}
	close(fd);
}

/* The signals w holds off that are pending now and were not at first. */
static int
sigwindow_new(const struct sigwindow *w, sigset_t *landed)
{
	sigset_t	 now;
	int		 s, n = 0;

	sigemptyset(landed);
	sigpending(&now);
	for (s = 1; s <= SIGWINDOW_LAST; s++)
		if (sigismember(&w->blocked, s) == 1 &&
		    sigismember(&now, s) == 1 &&
		    sigismember(&w->pending, s) != 1) {
			sigaddset(landed, s);
			n++;
		}
	return (n);
}

/* Hold the window open, if asked to, until a signal lands in it. */
static void
sigwindow_hold(const struct sigwindow *w)
{
	const char	*hold = getenv("SIGWINDOW_HOLD");
	struct timespec	 ms = { 0, 1000000 };
	sigset_t	 landed;
	int		 s, i;

	if (hold == NULL)
		return;
	for (s = 1; s <= SIGWINDOW_LAST; s++)
		if (sigabbrev_np(s) != NULL && strcmp(sigabbrev_np(s), hold) == 0)
			break;
	if (s > SIGWINDOW_LAST || sigismember(&w->blocked, s) != 1)
		return;
	sigwindow_log("open", &w->blocked, NULL);
	for (i = 0; i < SIGWINDOW_WAIT && sigwindow_new(w, &landed) == 0; i++)
		nanosleep(&ms, NULL);
}

int
sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	struct sigwindow *w;
	sigset_t	 landed;
	int		 rc, s;

	if (how == SIG_SETMASK && sigwindow_depth > 0) {
		w = &sigwindow_open[--sigwindow_depth];
		if (sigwindow_new(w, &landed) > 0)
			sigwindow_log("landed", &landed, &w->blocked);
	}
	if (how != SIG_BLOCK || set == NULL ||
	    sigwindow_depth == SIGWINDOW_DEPTH)
		return (sigwindow_real()(how, set, old));
	w = &sigwindow_open[sigwindow_depth++];
	sigwindow_real()(SIG_BLOCK, NULL, &w->blocked);
	sigpending(&w->pending);
	for (s = 1; s <= SIGWINDOW_LAST; s++)
		if (sigismember(set, s) == 1)
			sigaddset(&w->blocked, s);
	rc = sigwindow_real()(how, set, old);
	sigwindow_hold(w);
	return (rc);
}
