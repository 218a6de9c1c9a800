/*
 * test_sig.c: sig.c, the signals that end the checklist and plain mode.
 * One that comes while they are held off waits for sig_wait, and is
 * then noted; the mask and actions come back after, unless one came;
 * a broken pipe seen as a failed write is dropped.  The signals are
 * sent in child processes, as the signal noted stays noted.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "sig.h"

/* Run fn in a child; returns its wait status. */
static int
in_child(int (*fn)(void))
{
	pid_t	 pid;
	int	 status;

	assert_true((pid = fork()) >= 0);
	if (pid == 0)
		_exit(fn());
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return (status);
}

/* Input, or none for 0 ms; no signal. */
static void
test_sig_wait(void **state)
{
	sigset_t open;
	int	 fd[2];

	(void)state;
	assert_int_equal(pipe(fd), 0);
	sig_catch(&open);
	assert_int_equal(sig_wait(fd[0], &open, 0), 1);	/* timed out */
	assert_int_equal(write(fd[1], "x", 1), 1);
	assert_int_equal(sig_wait(fd[0], &open, -1), 0);
	assert_int_equal(sig_caught(), 0);
	sig_release(&open);
	close(fd[0]);
	close(fd[1]);
}

/*
 * A hang-up while held off: nothing yet, then the wait ends with it;
 * afterwards it stays held off.  Status 0 when all went so.
 */
static int
child_held(void)
{
	sigset_t open, now;
	int	 fd[2];

	if (pipe(fd) != 0)
		return (1);
	sig_catch(&open);
	raise(SIGHUP);
	if (sig_caught() != 0)
		return (2);		/* it got through the block */
	if (sig_wait(fd[0], &open, -1) != -1 || sig_caught() != SIGHUP)
		return (3);
	sig_release(&open);
	sigprocmask(SIG_SETMASK, NULL, &now);
	if (!sigismember(&now, SIGHUP))
		return (4);		/* let go after one came */
	return (0);
}

static void
test_sig_held(void **state)
{
	int	 status = in_child(child_held);

	(void)state;
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* With no signal, the mask and the default action come back. */
static int
child_release(void)
{
	sigset_t open, now;

	sig_catch(&open);
	sigprocmask(SIG_SETMASK, NULL, &now);
	if (!sigismember(&now, SIGTERM))
		return (1);
	sig_release(&open);
	sigprocmask(SIG_SETMASK, NULL, &now);
	if (sigismember(&now, SIGTERM))
		return (2);
	raise(SIGTERM);		/* the default action: the child dies */
	return (3);
}

static void
test_sig_release(void **state)
{
	int	 status = in_child(child_release);

	(void)state;
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGTERM);
}

/* A write to a pipe nobody reads fails; its SIGPIPE is then dropped. */
static int
child_pipe(void)
{
	sigset_t open;
	int	 fd[2];

	if (pipe(fd) != 0)
		return (1);
	close(fd[0]);
	sig_catch(&open);
	if (write(fd[1], "x", 1) != -1 || errno != EPIPE)
		return (2);
	sig_release(&open);
	return (sig_caught() == 0 ? 0 : 3);
}

static void
test_sig_pipe_dropped(void **state)
{
	int	 status = in_child(child_pipe);

	(void)state;
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sig_wait),
		cmocka_unit_test(test_sig_held),
		cmocka_unit_test(test_sig_release),
		cmocka_unit_test(test_sig_pipe_dropped),
	};

	return (TESTMAIN(argc, argv, tests));
}
