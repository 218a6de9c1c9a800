/*
 * sig.c: the signals that end the full-screen checklist and plain mode:
 * hang-up, terminate, interrupt, quit and a broken pipe.  A handler
 * only notes which came.  They are blocked everywhere but in sig_wait,
 * while the program waits for input, so that one is seen between two
 * keys or two answers, never in the middle of a change, and none is
 * missed between a check and the wait.  The caller then ends its loop
 * and main.c exits with 128 + the signal's number.
 */
#include "config.h"

#include <sys/select.h>

#include <errno.h>
#include <signal.h>
#include <string.h>

#include "sig.h"

static volatile sig_atomic_t sig_came;	/* the ending signal that came */

static const int sig_ending[] = {
	SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGPIPE
};

#define SIG_NENDING	(sizeof(sig_ending) / sizeof(sig_ending[0]))

static void
sig_on(int sig)
{
	sig_came = sig;
}

/*
 * Catch the ending signals, with no restart, and block them; open gets
 * the mask as it was, to wait with.
 */
void
sig_catch(sigset_t *open)
{
	struct sigaction sa;
	sigset_t	 block;
	size_t		 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = sig_on;
	sigemptyset(&sa.sa_mask);
	sigemptyset(&block);
	for (i = 0; i < SIG_NENDING; i++) {
		sigaction(sig_ending[i], &sa, NULL);
		sigaddset(&block, sig_ending[i]);
	}
	sigprocmask(SIG_BLOCK, &block, open);
}

/*
 * Give the ending signals back their default action, and the mask
 * open.  Not after one came: they stay held off until redflag exits
 * with 128 + its number.  A SIGPIPE held off since a write failed is
 * dropped (by ignoring it): the failure was seen and is reported as an
 * output error.
 */
void
sig_release(const sigset_t *open)
{
	size_t	 i;

	if (sig_came != 0)
		return;
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < SIG_NENDING; i++)
		signal(sig_ending[i], SIG_DFL);
	sigprocmask(SIG_SETMASK, open, NULL);
}

/* The ending signal that came, or 0. */
int
sig_caught(void)
{
	return (sig_came);
}

/*
 * Sleep until fd has input or an ending signal comes, or for at most
 * ms milliseconds if ms >= 0, with the mask open.  Returns 0, 1 when
 * the time ran out, or -1 after a signal or an error.
 */
int
sig_wait(int fd, const sigset_t *open, int ms)
{
	struct timespec	 ts;
	fd_set		 fds;
	int		 n;

	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (long)(ms % 1000) * 1000000;
	FD_ZERO(&fds);
	FD_SET(fd, &fds);
	n = pselect(fd + 1, &fds, NULL, NULL, ms >= 0 ? &ts : NULL, open);
	if ((n < 0 && errno != EINTR) || sig_came != 0)
		return (-1);
	return (n == 0 ? 1 : 0);
}
