/*
 * monkey.c: type random keys at the full-screen checklist in a
 * pseudo-terminal: single keys, bursts, cursor and function keys in
 * both forms, pieces of escape sequences, invalid bytes, mouse reports
 * and resizes.  It fails if the program crashes, stops answering, or
 * leaves the terminal unusable.  A program that quits (q, y) is started
 * again.  Prints a TAP line.
 *
 * Usage: monkey SEED KEYS PROGRAM [ARG...]
 */
#include "config.h"

#include <sys/ioctl.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define TAIL	8192		/* output kept to check the terminal */

static unsigned long long rng = 88172645463325252ULL;
static int	 master = -1;
static pid_t	 child = -1;
static char	 tail[TAIL];
static size_t	 tail_len;
static long	 total_out;
static long	 total_keys;	/* key presses sent, counting each in a burst */

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return ((unsigned)(rng % n));
}

static void
keep(const char *p, size_t n)
{
	if (n >= TAIL) {
		memcpy(tail, p + n - TAIL, TAIL);
		tail_len = TAIL;
		return;
	}
	if (tail_len + n > TAIL) {
		memmove(tail, tail + tail_len + n - TAIL, TAIL - n);
		tail_len = TAIL - n;
	}
	memcpy(tail + tail_len, p, n);
	tail_len += n;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

/* Read output for ms milliseconds (0: what is there now); bytes read. */
static long
drain(int ms)
{
	struct pollfd	 p = { master, POLLIN, 0 };
	char		 buf[16384];
	double		 end = now_ms() + ms;
	ssize_t		 n;
	long		 got = 0;
	int		 left = ms;

	for (;;) {
		if (poll(&p, 1, left) > 0) {
			n = read(master, buf, sizeof(buf));
			if (n <= 0 && errno != EAGAIN)
				break;
			if (n > 0) {
				keep(buf, (size_t)n);
				got += n;
				total_out += n;
			}
		}
		left = (int)(end - now_ms());
		if (left <= 0) {
			if (ms == 0 && poll(&p, 1, 0) > 0)
				continue;	/* take all that is there */
			break;
		}
	}
	return (got);
}

static void
start(char **argv)
{
	struct winsize	 ws = { 24, 80, 0, 0 };

	if (master >= 0)
		close(master);
	tail_len = 0;
	if ((child = forkpty(&master, NULL, NULL, &ws)) < 0) {
		perror("forkpty");
		exit(1);
	}
	if (child == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("ESCDELAY", "10", 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	fcntl(master, F_SETFL, O_NONBLOCK);
	drain(300);
}

/* Type s; while the program's input is full, read its output. */
static void
send(const char *s, size_t n)
{
	int	 tries = 0;

	while (n > 0 && tries < 500) {
		ssize_t w = write(master, s, n);

		if (w < 0 && (errno == EAGAIN || errno == EINTR)) {
			drain(10);
			tries++;
			continue;
		}
		if (w < 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static const char *keys[] = {
	"j", "k", "g", "G", "n", "N", "x", " ", "\r", "\n", "\t", "?", "/",
	"s", "q", "y", "n", "Q", "a", "b", "1", "\033", "\177", "\010",
	"\014", "\025", "\016", "\020", "\033[A", "\033[B", "\033[C",
	"\033[D", "\033OA", "\033OB", "\033[5~", "\033[6~", "\033[H",
	"\033[F", "\033OP", "\033[Z", "\033[1;5A", "\303\251", "\342\202\254"
};

static const char *fragments[] = {
	"\033", "\033[", "\033O", "\033[1;", "\033[<", "\033[M", "\033[?",
	"\377", "\300\200", "\355\240\200", "\033]0;x\007", "\033P", "\200"
};

/* One random event; returns what kind it was, for the counts. */
static int
event(void)
{
	char		 buf[256];
	struct winsize	 ws;
	unsigned	 i, n, k = rnd(100);
	size_t		 len = 0;

	if (k < 70) {
		const char *s = keys[rnd(sizeof(keys) / sizeof(keys[0]))];

		send(s, strlen(s));
		total_keys++;
		return (0);
	}
	if (k < 80) {			/* a burst */
		n = 5 + rnd(35);
		for (i = 0; i < n && len < sizeof(buf) - 8; i++) {
			const char *s = keys[rnd(sizeof(keys) / sizeof(keys[0]))];

			memcpy(buf + len, s, strlen(s));
			len += strlen(s);
			total_keys++;
		}
		send(buf, len);
		return (1);
	}
	if (k < 86) {			/* a resize */
		memset(&ws, 0, sizeof(ws));
		ws.ws_col = (unsigned short)(10 + rnd(190));
		ws.ws_row = (unsigned short)(4 + rnd(60));
		ioctl(master, TIOCSWINSZ, &ws);
		return (2);
	}
	if (k < 93) {			/* a mouse report, X10 or SGR */
		if (rnd(2))
			len = (size_t)snprintf(buf, sizeof(buf), "\033[M%c%c%c",
			    32 + (int)rnd(4) + (rnd(4) == 0 ? 64 : 0),
			    33 + (int)rnd(200), 33 + (int)rnd(60));
		else
			len = (size_t)snprintf(buf, sizeof(buf), "\033[<%u;%u;%u%c",
			    rnd(4) + (rnd(4) == 0 ? 64 : 0), 1 + rnd(200),
			    1 + rnd(60), rnd(2) ? 'M' : 'm');
		send(buf, len);
		total_keys++;
		return (3);
	}
	k = rnd(sizeof(fragments) / sizeof(fragments[0]));
	send(fragments[k], strlen(fragments[k]));
	total_keys++;
	return (4);
}

/* Show where the child is, and what it wrote last. */
static void
debug(void)
{
	char	 cmd[128];
	size_t	 i, from = tail_len > 400 ? tail_len - 400 : 0;

	snprintf(cmd, sizeof(cmd), "cat /proc/%d/wchan; echo; cat "
	    "/proc/%d/stack 2>/dev/null | head -5; grep State /proc/%d/status",
	    (int)child, (int)child, (int)child);
	fflush(stdout);
	if (system(cmd) != 0)
		printf("# no /proc entry\n");
	printf("# last output: ");
	for (i = from; i < tail_len; i++)
		putchar(tail[i] >= 32 && tail[i] < 127 ? tail[i] : '.');
	printf("\n");
}

/* Is the child still there?  Fails the run if it crashed. */
static int
alive(unsigned long seed, long at)
{
	int	 status;
	pid_t	 r = waitpid(child, &status, WNOHANG);

	if (getenv("MONKEY_TRACE") != NULL && r != 0)
		fprintf(stderr, "at %ld: waitpid %d -> %d status %x\n", at,
		    (int)child, (int)r, status);
	if (r == 0)
		return (1);
	if (r == child && WIFSIGNALED(status) && WTERMSIG(status) != SIGHUP &&
	    WTERMSIG(status) != SIGINT && WTERMSIG(status) != SIGTERM) {
		printf("not ok 1 - monkey: killed by signal %d after %ld keys "
		    "(seed %lu)\n", WTERMSIG(status), at, seed);
		exit(1);
	}
	if (r == child && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		printf("not ok 1 - monkey: exit status %d after %ld keys "
		    "(seed %lu)\n", WEXITSTATUS(status), at, seed);
		exit(1);
	}
	drain(50);
	return (0);
}

/*
 * Does it still answer?  Once it has read what was typed, ^L must make
 * it redraw.  Waits up to 20 seconds (it may have a backlog).  After a
 * fragment of a mouse report ("ESC [ M" wants 3 more bytes), curses
 * waits for the rest of the report and takes the ^L as part of it; so
 * ^L is sent up to 4 times, 5 seconds apart.  A program that waits for
 * input answers one of them; a hung one answers none.
 */
static int
answering(unsigned long seed, long at)
{
	double	 end = now_ms() + 20000, next;
	int	 tries;

	while (drain(200) > 0 && now_ms() < end)
		;		/* let it work through the keys typed */
	if (!alive(seed, at))
		return (1);	/* it quit; it is started again later */
	for (tries = 0; tries < 4; tries++) {
		send("\014", 1);
		next = now_ms() + 5000;
		while (now_ms() < next) {
			if (drain(100) > 0 || !alive(seed, at))
				return (1);
		}
	}
	printf("not ok 1 - monkey: no answer to ^L after %ld keys (seed "
	    "%lu)\n", at, seed);
	debug();
	kill(child, SIGKILL);
	return (0);
}

/* The terminal is usable: normal screen, cursor shown, modes back. */
static int
restored(void)
{
	struct termios	 t;
	const char	*p, *on = NULL, *off = NULL;

	for (p = tail; p + 8 <= tail + tail_len; p++) {
		if (memcmp(p, "\033[?1049h", 8) == 0)
			on = p;
		if (memcmp(p, "\033[?1049l", 8) == 0)
			off = p;
	}
	if (on != NULL && (off == NULL || off < on))
		return (0);
	if (tcgetattr(master, &t) != 0)
		return (1);	/* the slave is gone: nothing to restore */
	return ((t.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO));
}

int
main(int argc, char **argv)
{
	unsigned long	 seed;
	long		 nkeys, i, counts[5] = { 0 }, restarts = 0;
	double		 end;
	int		 status;

	if (argc < 4) {
		fprintf(stderr, "usage: monkey SEED KEYS PROGRAM [ARG...]\n");
		return (64);
	}
	seed = strtoul(argv[1], NULL, 10);
	nkeys = atol(argv[2]);
	rng ^= seed * 2654435761UL;
	signal(SIGPIPE, SIG_IGN);
	start(argv + 3);
	for (i = 0; total_keys < nkeys; i++) {
		counts[event()]++;
		drain(rnd(4) == 0 ? 2 : 0);
		if (!alive(seed, i)) {
			if (!restored()) {
				printf("not ok 1 - monkey: the terminal was left "
				    "unusable after %ld keys (seed %lu)\n", i, seed);
				return (1);
			}
			restarts++;
			start(argv + 3);
		}
		if (i % 500 == 499 && !answering(seed, i))
			return (1);
	}
	/* Let it catch up, leave any question, then quit and say yes. */
	if (!answering(seed, nkeys))
		return (1);
	send("\033", 1);
	drain(100);
	send("\033", 1);
	drain(100);
	send("q", 1);
	drain(300);
	send("y", 1);
	for (end = now_ms() + 10000; now_ms() < end && alive(seed, nkeys); )
		drain(100);
	if (waitpid(child, &status, WNOHANG) == 0) {
		printf("not ok 1 - monkey: q, y did not quit (seed %lu)\n",
		    seed);
		debug();
		kill(child, SIGKILL);
		return (1);
	}
	if (!restored()) {
		printf("not ok 1 - monkey: the terminal was left unusable at "
		    "the end (seed %lu)\n", seed);
		return (1);
	}
	printf("ok 1 - monkey: %ld keys in %ld events (%ld single keys, %ld "
	    "bursts, %ld resizes, %ld mouse reports, %ld fragments), %ld "
	    "restarts, %ld bytes out, seed %lu\n1..1\n", total_keys, i,
	    counts[0], counts[1], counts[2], counts[3], counts[4], restarts,
	    total_out, seed);
	return (0);
}
