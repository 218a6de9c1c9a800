/*
 * test_plain.c: plain line mode without a terminal.  plain_run reads
 * scripted replies from a pipe and writes to a stream in memory
 * (open_memstream; fmemopen for one that fills up); each test checks
 * the transcript: the questions as "N of TOTAL", the parts, the flags
 * as they fire and clear, the commands (? l g b s q), Enter that
 * leaves an answer as it is, numbers and ids on a line, the summary,
 * the report, and input that ends or a hang-up part of the way through.
 * Every transcript is checked for lines over 80 columns and for control
 * bytes.  A hang-up is sent to a child process, so that the signal
 * noted stays there.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "answers.h"
#include "conf.h"
#include "plain.h"
#include "utf8.h"

struct run {
	struct rules	*r;
	struct eval	*ev;
	struct plain_opts o;
	char		*out;
	size_t		 len;
	int		 rc;
};

static void
run_open(struct run *t, const char *answers)
{
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf");

	memset(t, 0, sizeof(*t));
	t->o.report_dir = -1;
	diags_init(&d);
	assert_int_equal(conf_load_file(path, &t->r, &d), CONF_OK);
	assert_non_null(t->ev = eval_new(t->r));
	if (answers != NULL)
		answers_list(answers, t->ev, &d);
	assert_int_equal(d.nerrors, 0);
	diags_free(&d);
	free(path);
}

static void
run_close(struct run *t)
{
	free(t->out);
	eval_free(t->ev);
	rules_free(t->r);
}

/* Plain text only, in lines of at most 80 columns. */
static void
check_lines(const char *out, size_t len)
{
	const char	*line, *end;
	size_t		 i, w;

	for (i = 0; i < len; i++)
		if ((unsigned char)out[i] < 0x20 && out[i] != '\n')
			fail_msg("control byte 0x%02x at %zu", out[i], i);
	for (line = out; line < out + len; line = end + 1) {
		if ((end = memchr(line, '\n', len - (size_t)(line - out))) ==
		    NULL)
			end = out + len;
		w = utf8_width(line, (size_t)(end - line));
		if (w > PLAIN_WIDTH)
			fail_msg("a line of %zu columns: %.*s", w,
			    (int)(end - line), line);
	}
}

/* Replies from script (len bytes, NULs and all) into plain_run. */
static void
run_script(struct run *t, const char *script, size_t len)
{
	FILE	*out;
	int	 fd[2];

	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], script, len), (ssize_t)len);
	close(fd[1]);
	assert_non_null(out = open_memstream(&t->out, &t->len));
	t->rc = plain_run(t->r, t->ev, &t->o, fd[0], out);
	assert_int_equal(fclose(out), 0);
	close(fd[0]);
	check_lines(t->out, t->len);
}

static void
run(struct run *t, const char *script)
{
	run_script(t, script, strlen(script));
}

/* Each of want, NULL-ended, is in the transcript, in that order. */
static void
expect(const struct run *t, const char *const *want)
{
	const char	*at = t->out, *found;

	for (; *want != NULL; want++) {
		if ((found = strstr(at, *want)) == NULL)
			fail_msg("'%s' not found after byte %zu in:\n%s", *want,
			    (size_t)(at - t->out), t->out);
		at = found + strlen(*want);
	}
}

/* s without its blanks and line ends, in a new string. */
static char *
squeeze(const char *s)
{
	char	*out, *o;

	assert_non_null(out = malloc(strlen(s) + 1));
	for (o = out; *s != '\0'; s++)
		if (*s != ' ' && *s != '\n')
			*o++ = *s;
	*o = '\0';
	return (out);
}

/*
 * s is in the transcript, wherever its lines were broken (a long file
 * name is broken at a slash): blanks and line ends are not compared.
 */
static int
said(const struct run *t, const char *s)
{
	char	*out = squeeze(t->out), *want = squeeze(s);
	int	 found = strstr(out, want) != NULL;

	free(out);
	free(want);
	return (found);
}

static void
expect_not(const struct run *t, const char *s)
{
	if (strstr(t->out, s) != NULL)
		fail_msg("'%s' found in:\n%s", s, t->out);
}

static size_t
count(const struct run *t, const char *s)
{
	const char	*at;
	size_t		 n = 0;

	for (at = t->out; (at = strstr(at, s)) != NULL; at += strlen(s))
		n++;
	return (n);
}

static enum eval_answer
state(const struct run *t, const char *id)
{
	size_t	 sym;

	assert_true(rules_symptom(t->r, id, &sym));
	return (eval_state(t->ev, sym));
}

/*
 * The questions in order, as N of 4 with each part announced; y and n
 * answer, a flag is said when it fires with what to do, and Enter
 * leaves a question unanswered, which is not a no.
 */
static void
test_plain_walk(void **state_)
{
	static const char *const want[] = {
		"Example red flags. This is not a diagnosis.",
		"4 questions. Answer y or n, then Enter; ? lists the commands.",
		"Part 1 of 3: Nerves.\n",
		"1 of 4. Numbness around the bottom or genitals? y\n",
		"RED FLAG (emergency): Possible pressure on the nerves",
		"because: Numbness around the bottom or genitals\n",
		"  What to do: Call your local emergency number now.\n",
		"2 of 4. Tingling in both legs? n\n",
		"Part 2 of 3: General health.\n",
		"3 of 4. Losing weight without trying? \n",
		"Part 3 of 3: About you.\n",
		"4 of 4. I am 50 or older? \n",
		"Summary. Finished: all 4 questions were asked. 2 of the 4 "
		    "questions were never\nanswered, which is not a no.",
		"Ticked: 1. Numbness around the bottom or genitals.\n",
		"1 red flag:\n",
		"EMERGENCY: Call your local emergency number now.\n",
		"  1. Possible pressure on the nerves",
		"For a flag's details",
		"This is an example. It is not a diagnosis.\n",
		"Save a report?",
		"No report saved: your answers were not written anywhere.\n",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "y\nn\n\n\n\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	assert_int_equal(count(&t, " of 4. "), 4);
	assert_int_equal(state(&t, "saddle_numbness"), EVAL_YES);
	assert_int_equal(state(&t, "both_legs"), EVAL_NO);
	assert_int_equal(state(&t, "weight_loss"), EVAL_NOT_ASKED);
	assert_int_equal(state(&t, "age_50"), EVAL_NOT_ASKED);
	run_close(&t);
}

/*
 * Answers given before (as with --answers, "!id" a no) are shown with
 * each question; Enter keeps them, and they count as answered.
 */
static void
test_plain_answers_kept(void **state_)
{
	static const char *const want[] = {
		"1 of 4. Numbness around the bottom or genitals? \n",
		"2 of 4. Tingling in both legs? (now no) \n",
		"3 of 4. Losing weight without trying? \n",
		"4 of 4. I am 50 or older? (now yes) l\n",
		"Answered 2 of 4. Yes: 4. No: 2. Not answered: 1, 3. Red flags "
		    "now: 0.",
		"4 of 4. I am 50 or older? (now yes) \n",
		"Summary. Finished",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, "!both_legs,age_50");
	run(&t, "\n\n\nl\n\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	assert_int_equal(state(&t, "both_legs"), EVAL_NO);
	assert_int_equal(state(&t, "age_50"), EVAL_YES);
	run_close(&t);
}

/* ? l g b q, and what each says when it cannot be done. */
static void
test_plain_commands(void **state_)
{
	static const char *const want[] = {
		"1 of 4. Numbness around the bottom or genitals? ?\n",
		"    Wiping after the toilet feels different.\n",
		"Commands: y yes; n no; Enter leaves the answer as it is;",
		"1 of 4. Numbness around the bottom or genitals? b\n",
		"This is the first question.\n",
		"1 of 4. Numbness around the bottom or genitals? l\n",
		"Answered 0 of 4. Not answered: 1 to 4. Red flags now: 0.\n",
		"1 of 4. Numbness around the bottom or genitals? g 4\n",
		"Part 3 of 3: About you.\n",
		"4 of 4. I am 50 or older? g 9\n",
		"There is no question 9: they go from 1 to 4.\n",
		"4 of 4. I am 50 or older? g\n",
		"Type g and a question number, such as g 12.\n",
		"4 of 4. I am 50 or older? b\n",
		"Part 2 of 3: General health.\n",
		"3 of 4. Losing weight without trying? QUIT\n",
		"Summary. Unfinished: stopped with q at question 3 of 4. 4 of "
		    "the 4 questions\nwere never answered",
		"Ticked: none.\n",
		"No answer is ticked, so no red flag can show.",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "?\nb\nl\ng 4\ng 9\ng\nb\nQUIT\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	expect_not(&t, "For a flag's details");
	run_close(&t);
}

/* s skips the rest of a part; b goes back, and n there clears a flag. */
static void
test_plain_skip_back(void **state_)
{
	static const char *const want[] = {
		"1 of 4. Numbness around the bottom or genitals? s\n",
		"Part 2 of 3: General health.\n",
		"3 of 4. Losing weight without trying? b\n",
		"Part 1 of 3: Nerves.\n",
		"2 of 4. Tingling in both legs? y\n",
		"RED FLAG (emergency)",
		"Part 2 of 3: General health.\n",
		"3 of 4. Losing weight without trying? back\n",
		"Part 1 of 3: Nerves.\n",
		"2 of 4. Tingling in both legs? (now yes) n\n",
		"Flag cleared (emergency): Possible pressure on the nerves",
		"3 of 4. Losing weight without trying? skip\n",
		"Part 3 of 3: About you.\n",
		"4 of 4. I am 50 or older? q\n",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "s\nb\ny\nback\nn\nskip\nq\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	assert_int_equal(state(&t, "both_legs"), EVAL_NO);
	assert_int_equal(state(&t, "saddle_numbness"), EVAL_NOT_ASKED);
	run_close(&t);
}

/*
 * A line of question numbers and ids ticks them all and says which;
 * an unknown one is named, and the others are ticked all the same.
 */
static void
test_plain_ids(void **state_)
{
	static const char *const want[] = {
		"? age_50, weight_loss 9 nosuch\n",
		"Ticked: 4. I am 50 or older; 3. Losing weight without trying.\n",
		"There is no question 9: they go from 1 to 4.\n",
		"unknown symptom id 'nosuch'\n",
		"Answer y or n, or type ? for the commands.\n",
		"RED FLAG (soon): Weight loss at 50 or over needs a check",
		"  What to do: Book a doctor's appointment within two weeks.\n",
		"1 of 4. Numbness around the bottom or genitals? 2\n",
		"Ticked: 2. Tingling in both legs.\n",
		"RED FLAG (emergency)",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "age_50, weight_loss 9 nosuch\n2\nq\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	assert_int_equal(state(&t, "age_50"), EVAL_YES);
	assert_int_equal(state(&t, "weight_loss"), EVAL_YES);
	assert_int_equal(state(&t, "both_legs"), EVAL_YES);
	assert_int_equal(state(&t, "saddle_numbness"), EVAL_NOT_ASKED);
	run_close(&t);
}

/* With '!' before it, a number or id on such a line answers no. */
static void
test_plain_ids_no(void **state_)
{
	static const char *const want[] = {
		"? !1 age_50 !weight_loss\n",
		"Ticked: 4. I am 50 or older.\n",
		"Answered no: 1. Numbness around the bottom or genitals; 3. "
		    "Losing weight without\ntrying.\n",
		"1 of 4. Numbness around the bottom or genitals? (now no) q\n",
		"1 of the 4 questions\nwas never answered",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "!1 age_50 !weight_loss\nq\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	assert_int_equal(state(&t, "saddle_numbness"), EVAL_NO);
	assert_int_equal(state(&t, "weight_loss"), EVAL_NO);
	assert_int_equal(state(&t, "age_50"), EVAL_YES);
	assert_int_equal(state(&t, "both_legs"), EVAL_NOT_ASKED);
	run_close(&t);
}

/*
 * A line with a NUL byte, one too long, and one with escape sequences
 * are refused or named safely; none reaches the output as a control.
 */
static void
test_plain_bad_lines(void **state_)
{
	static const char nul[] = "ab\0cd\n";
	struct run	 t;
	char		*script;
	size_t		 n = sizeof(nul) - 1, i;

	(void)state_;
	run_open(&t, NULL);
	assert_non_null(script = malloc(n + PLAIN_LINE + 64));
	memcpy(script, nul, n);
	for (i = 0; i < PLAIN_LINE + 10; i++)
		script[n++] = 'x';
	script[n++] = '\n';
	memcpy(script + n, "\033[31mred\nq\n", 11);
	n += 11;
	run_script(&t, script, n);
	assert_int_equal(t.rc, 0);
	assert_non_null(strstr(t.out, "That line holds a NUL byte.\n"));
	assert_non_null(strstr(t.out, "That line is too long.\n"));
	assert_non_null(strstr(t.out, "[31mred"));	/* named, not obeyed */
	assert_int_equal(count(&t, "1 of 4. Numbness"), 4);	/* again */
	assert_int_equal(t.ev->nchecked + t.ev->nno, 0);
	free(script);
	run_close(&t);
}

/*
 * The summary offers each flag's details by number; a wrong number
 * says which there are, and Enter goes on to the offer of a report.
 */
static void
test_plain_details(void **state_)
{
	static const char *const want[] = {
		"Summary. Finished: all 4 questions were asked. Every question "
		    "was answered.",
		"Ticked: 1. Numbness around the bottom or genitals; 2. Tingling "
		    "in both legs; 3.\nLosing weight",
		"2 red flags:\n",
		"EMERGENCY: Call your local emergency number now.\n",
		"SOON: Book a doctor's appointment within two weeks.\n",
		"  2. Weight loss at 50 or over needs a check\n",
		"type its number; Enter goes on:\n1\n",
		"  Advice:  Do not wait to see if it gets better.\n",
		"  Sources: NHS: Back pain <https://www.nhs.uk/conditions/"
		    "back-pain/>\n",
		"Enter goes on:\n7\nThe flags go from 1 to 2.\n",
		"Enter goes on:\nx\nThe flags go from 1 to 2.\n",
		"Enter goes on:\n\n",
		"Save a report?",
		"or Enter for no:\nn\nNo report saved",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "y\ny\ny\ny\n1\n7\nx\n\nn\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	run_close(&t);
}

/* The input ends part of the way through: the summary says where. */
static void
test_plain_input_ends(void **state_)
{
	static const char *const want[] = {
		"1 of 4. Numbness around the bottom or genitals? n\n",
		"2 of 4. Tingling in both legs? \n",
		"Summary. Unfinished: the input ended at question 2 of 4. 3 of "
		    "the 4 questions\nwere never answered",
		"No report saved",
		NULL
	};
	struct run	 t;

	(void)state_;
	run_open(&t, NULL);
	run(&t, "n\n");
	assert_int_equal(t.rc, 0);
	expect(&t, want);
	expect_not(&t, "3 of 4.");
	run_close(&t);
}

/* A new directory in $TMPDIR, or /tmp. */
static char *
tmpdir(void)
{
	const char	*top = getenv("TMPDIR");
	char		*d;

	if (top == NULL || *top == '\0')
		top = "/tmp";
	assert_true(asprintf(&d, "%s/redflag-test-plain.XXXXXX", top) > 0);
	assert_non_null(mkdtemp(d));
	return (d);
}

static void
rmtree(char *dir, const char *const *names)
{
	char	 path[512];

	for (; *names != NULL; names++) {
		snprintf(path, sizeof(path), "%s/%s", dir, *names);
		unlink(path);
	}
	assert_int_equal(rmdir(dir), 0);
	free(dir);
}

static int
file_has(const char *path, const char *s)
{
	char	 buf[8192];
	size_t	 n;
	FILE	*f;

	if ((f = fopen(path, "r")) == NULL)
		return (0);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return (strstr(buf, s) != NULL);
}

/*
 * --report: written at the end with no question; a name that cannot be
 * written is STATUS_NO_REPORT.  Without it, a name typed at the offer.
 */
static void
test_plain_report(void **state_)
{
	static const char *const names[] = { "r.txt", "typed.txt", NULL };
	struct run	 t;
	char		*dir = tmpdir(), path[512], want[600];

	(void)state_;
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	run_open(&t, NULL);
	t.o.report = path;
	run(&t, "y\nq\n");
	assert_int_equal(t.rc, 0);
	snprintf(want, sizeof(want), "Report saved to %s", path);
	assert_true(said(&t, want));
	expect_not(&t, "Save a report?");
	assert_true(file_has(path, "Possible pressure on the nerves"));
	run_close(&t);

	snprintf(path, sizeof(path), "%s/no/such/dir.txt", dir);
	run_open(&t, NULL);
	t.o.report = path;
	run(&t, "q\n");
	assert_int_equal(t.rc, STATUS_NO_REPORT);
	assert_true(said(&t, "Could not save the report to"));
	run_close(&t);

	snprintf(path, sizeof(path), "%s/typed.txt", dir);
	run_open(&t, NULL);
	snprintf(want, sizeof(want), "n\nq\n%s\n", path);
	run(&t, want);
	assert_int_equal(t.rc, 0);
	snprintf(want, sizeof(want), "Report saved to %s (only you can read "
	    "it).", path);
	assert_true(said(&t, want));
	assert_true(file_has(path, "stopped with q at question 2 of 4."));
	run_close(&t);
	rmtree(dir, names);
}

/* Restricted mode never reads a file name: y or n, in its directory. */
static void
test_plain_restricted(void **state_)
{
	struct run	 t;
	char		*dir = tmpdir(), name[256], path[512];
	const char	*at, *names[] = { name, NULL };
	int		 fd;

	(void)state_;
	run_open(&t, NULL);
	t.o.restricted = 1;
	run(&t, "q\n/etc/passwd\n");
	assert_int_equal(t.rc, 0);
	assert_non_null(strstr(t.out, "Reports cannot be saved here: your "
	    "answers were not written anywhere.\n"));
	run_close(&t);

	assert_true((fd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0);
	run_open(&t, NULL);
	t.o.restricted = 1;
	t.o.report_dir = fd;
	run(&t, "y\nq\n\nmaybe\ny\n");	/* Enter: no details */
	assert_int_equal(t.rc, 0);
	assert_int_equal(count(&t, "Save a report? y or n:\n"), 2);
	assert_non_null(at = strstr(t.out, "Report saved as "));
	assert_int_equal(sscanf(at, "Report saved as %255[^ \n]", name), 1);
	name[strlen(name) - 1] = '\0';		/* the full stop */
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_true(file_has(path, "Possible pressure on the nerves"));
	run_close(&t);
	close(fd);
	rmtree(dir, names);
}

/* When the output is full, no more is asked: STATUS_FAILED (errno). */
static void
test_plain_output_full(void **state_)
{
	struct run	 t;
	char		 buf[300];
	FILE		*out;
	int		 fd[2];

	(void)state_;
	run_open(&t, NULL);
	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], "y\ny\ny\ny\n", 8), 8);
	close(fd[1]);
	assert_non_null(out = fmemopen(buf, sizeof(buf), "w"));
	t.rc = plain_run(t.r, t.ev, &t.o, fd[0], out);
	fclose(out);
	close(fd[0]);
	assert_int_equal(t.rc, STATUS_FAILED);
	assert_true(t.ev->nchecked < 4);	/* it stopped asking */
	run_close(&t);
}

/*
 * A hang-up while a question waits for its reply: plain_run returns
 * the signal, says where it stopped, and writes --report; no summary,
 * no question after it.  In a child, whose exit status is the result.
 */
static void
test_plain_hangup(void **state_)
{
	static const char *const names[] = { "r.txt", NULL };
	struct run	 t;
	char		*dir = tmpdir(), path[512], out[8192];
	size_t		 len = 0;
	ssize_t		 n;
	pid_t		 pid;
	FILE		*f;
	int		 in[2], from[2], status;

	(void)state_;
	out[0] = '\0';
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	run_open(&t, NULL);
	t.o.report = path;
	assert_int_equal(pipe(in), 0);
	assert_int_equal(pipe(from), 0);
	assert_true((pid = fork()) >= 0);
	if (pid == 0) {
		close(in[1]);
		close(from[0]);
		if ((f = fdopen(from[1], "w")) == NULL)
			_exit(99);
		t.rc = plain_run(t.r, t.ev, &t.o, in[0], f);
		fclose(f);
		_exit(t.rc);
	}
	close(in[0]);
	close(from[1]);
	assert_int_equal(write(in[1], "y\n", 2), 2);
	/* read until question 2 waits for its reply, then hang up */
	while (strstr(out, "2 of 4.") == NULL && len + 1 < sizeof(out) &&
	    (n = read(from[0], out + len, sizeof(out) - 1 - len)) > 0) {
		len += (size_t)n;
		out[len] = '\0';
	}
	assert_int_equal(kill(pid, SIGHUP), 0);
	while (len + 1 < sizeof(out) &&
	    (n = read(from[0], out + len, sizeof(out) - 1 - len)) > 0)
		len += (size_t)n;
	out[len] = '\0';
	close(from[0]);
	close(in[1]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), SIGHUP);
	assert_non_null(strstr(out, "RED FLAG (emergency)"));
	assert_non_null(strstr(out, "Unfinished: ended by a hang-up (SIGHUP) at "
	    "question 2 of 4."));
	assert_null(strstr(out, "Summary."));
	assert_null(strstr(out, "3 of 4."));
	assert_true(file_has(path, "ended by a hang-up (SIGHUP)"));
	check_lines(out, len);
	run_close(&t);
	rmtree(dir, names);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_walk),
		cmocka_unit_test(test_plain_answers_kept),
		cmocka_unit_test(test_plain_commands),
		cmocka_unit_test(test_plain_skip_back),
		cmocka_unit_test(test_plain_ids),
		cmocka_unit_test(test_plain_ids_no),
		cmocka_unit_test(test_plain_bad_lines),
		cmocka_unit_test(test_plain_details),
		cmocka_unit_test(test_plain_input_ends),
		cmocka_unit_test(test_plain_report),
		cmocka_unit_test(test_plain_restricted),
		cmocka_unit_test(test_plain_output_full),
		cmocka_unit_test(test_plain_hangup),
	};

	return (TESTMAIN(argc, argv, tests));
}
