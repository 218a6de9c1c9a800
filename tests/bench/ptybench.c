/*
 * ptybench.c: run a program in a pseudo-terminal of a given size and
 * measure what it writes, step by step.  Steps come on standard input,
 * one a line:
 *
 *	quiet MS	read until nothing comes for MS milliseconds
 *	send TEXT	type TEXT (C escapes: \e \r \n \t \xNN)
 *	mark NAME	print "NAME bytes=B ms=T" for the output since the
 *			last mark (T: from the last mark to the last byte)
 *	rss		print "rss kb=N", the peak resident memory so far
 *	idle MS		wait MS milliseconds, reading, then print
 *			"idle ms=MS cpu=S" with the CPU seconds used
 *	end		hang up and wait for the program
 *
 * Usage: ptybench [-b BAUD] COLS LINES [NAME=VALUE...] -- PROGRAM [ARG...]
 *
 * -b sets the line speed the program sees (what ncurses' baudrate()
 * reports); the bytes are not slowed down.
 */
#include "config.h"

#include <sys/ioctl.h>
#include <sys/time.h>
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

static int	 master = -1;
static pid_t	 child;
static long	 total, marked;
static double	 last_byte, mark_time, start;
static FILE	*dump;

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

/* Read whatever comes within ms milliseconds; returns bytes read. */
static long
drain(int ms)
{
	struct pollfd	 p = { master, POLLIN, 0 };
	char		 buf[65536];
	ssize_t		 n;
	long		 got = 0;

	while (poll(&p, 1, ms) > 0) {
		if ((n = read(master, buf, sizeof(buf))) <= 0)
			break;
		if (dump != NULL)
			fwrite(buf, 1, (size_t)n, dump);
		total += n;
		got += n;
		last_byte = now_ms();
	}
	return (got);
}

static void
quiet(int ms)
{
	double	 limit = now_ms() + 20000;

	while (drain(ms) > 0 && now_ms() < limit)
		;
}

static size_t
unescape(const char *s, char *out)
{
	size_t	 n = 0;
	unsigned int v;

	for (; *s != '\0'; s++) {
		if (*s != '\\' || s[1] == '\0') {
			out[n++] = *s;
			continue;
		}
		switch (*++s) {
		case 'e': out[n++] = 033; break;
		case 'r': out[n++] = '\r'; break;
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case 's': out[n++] = ' '; break;
		case 'x':
			if (sscanf(s + 1, "%2x", &v) == 1) {
				out[n++] = (char)v;
				s += 2;
			}
			break;
		default: out[n++] = *s;
		}
	}
	return (n);
}

static long
peak_kb(void)
{
	char	 path[64], line[256];
	long	 kb = -1;
	FILE	*fp;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)child);
	if ((fp = fopen(path, "r")) == NULL)
		return (-1);
	while (fgets(line, sizeof(line), fp) != NULL)
		if (sscanf(line, "VmHWM: %ld", &kb) == 1)
			break;
	fclose(fp);
	return (kb);
}

static double
cpu_seconds(void)
{
	char	 path[64], buf[1024], *p;
	unsigned long ut = 0, st = 0;
	FILE	*fp;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)child);
	if ((fp = fopen(path, "r")) == NULL)
		return (-1);
	if (fgets(buf, sizeof(buf), fp) != NULL && (p = strrchr(buf, ')'))
	    != NULL)
		sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u "
		    "%lu %lu", &ut, &st);
	fclose(fp);
	return ((double)(ut + st) / (double)sysconf(_SC_CLK_TCK));
}

static void
step(char *line)
{
	char	 text[1024];
	double	 c0, t0;
	size_t	 n;

	line[strcspn(line, "\n")] = '\0';
	if (strncmp(line, "quiet ", 6) == 0)
		quiet(atoi(line + 6));
	else if (strncmp(line, "send ", 5) == 0) {
		n = unescape(line + 5, text);
		if (write(master, text, n) != (ssize_t)n)
			perror("write");
	} else if (strncmp(line, "mark ", 5) == 0) {
		printf("%s bytes=%ld ms=%.1f\n", line + 5, total - marked,
		    last_byte > mark_time ? last_byte - mark_time : 0.0);
		marked = total;
		mark_time = now_ms();
	} else if (strcmp(line, "rss") == 0)
		printf("rss kb=%ld\n", peak_kb());
	else if (strncmp(line, "idle ", 5) == 0) {
		c0 = cpu_seconds();
		t0 = now_ms();
		while (now_ms() - t0 < atoi(line + 5))
			drain((int)(atoi(line + 5) - (now_ms() - t0)) + 1);
		printf("idle ms=%d cpu=%.2f\n", atoi(line + 5),
		    cpu_seconds() - c0);
		marked = total;
	} else if (strcmp(line, "end") == 0) {
		close(master);
		master = -1;
	} else if (line[0] != '\0' && line[0] != '#')
		fprintf(stderr, "ptybench: unknown step: %s\n", line);
	fflush(stdout);
}

/* The speed_t of a line speed, or B0 if it is not one we know. */
static speed_t
baud_speed(const char *arg)
{
	static const struct {
		long	 baud;
		speed_t	 speed;
	} speeds[] = {
		{ 1200, B1200 }, { 2400, B2400 }, { 4800, B4800 },
		{ 9600, B9600 }, { 19200, B19200 }, { 38400, B38400 },
		{ 115200, B115200 }
	};
	size_t	 i;

	for (i = 0; i < sizeof(speeds) / sizeof(speeds[0]); i++)
		if (speeds[i].baud == atol(arg))
			return (speeds[i].speed);
	return (B0);
}

/* In the child: set the terminal's line speed. */
static void
set_speed(speed_t speed)
{
	struct termios	 t;

	if (tcgetattr(STDIN_FILENO, &t) != 0 || cfsetispeed(&t, speed) != 0 ||
	    cfsetospeed(&t, speed) != 0 ||
	    tcsetattr(STDIN_FILENO, TCSANOW, &t) != 0)
		perror("ptybench: line speed");
}

int
main(int argc, char **argv)
{
	struct winsize	 ws;
	char		 line[2048];
	speed_t		 speed = B0;
	int		 i, status;

	if (argc > 2 && strcmp(argv[1], "-b") == 0) {
		if ((speed = baud_speed(argv[2])) == B0) {
			fprintf(stderr, "ptybench: unknown line speed %s\n",
			    argv[2]);
			return (64);
		}
		argv += 2;
		argc -= 2;
	}
	if (argc < 5) {
		fprintf(stderr, "usage: ptybench [-b BAUD] COLS LINES "
		    "[NAME=VALUE...] -- PROGRAM [ARG...]\n");
		return (64);
	}
	memset(&ws, 0, sizeof(ws));
	ws.ws_col = (unsigned short)atoi(argv[1]);
	ws.ws_row = (unsigned short)atoi(argv[2]);
	for (i = 3; i < argc && strcmp(argv[i], "--") != 0; i++)
		putenv(argv[i]);
	if (++i >= argc)
		return (64);
	if (getenv("PTYBENCH_DUMP") != NULL)
		dump = fopen(getenv("PTYBENCH_DUMP"), "w");
	start = now_ms();
	mark_time = start;
	if ((child = forkpty(&master, NULL, NULL, &ws)) < 0) {
		perror("forkpty");
		return (1);
	}
	if (child == 0) {
		if (speed != B0)
			set_speed(speed);
		execvp(argv[i], argv + i);
		perror(argv[i]);
		_exit(127);
	}
	while (fgets(line, sizeof(line), stdin) != NULL && master >= 0)
		step(line);
	if (master >= 0)
		close(master);
	kill(child, SIGHUP);
	waitpid(child, &status, 0);
	return (0);
}
