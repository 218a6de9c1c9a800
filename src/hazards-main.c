/*
 * hazards-main.c: the hazard log tool.
 *
 *	hazards --man LOG		write redflag-safety(7) from LOG
 *	hazards --check LOG TESTLOG...	check LOG against a test run
 *
 * --check prints a line per hazard, "ID<TAB>ok|not ok<TAB>counts", and
 * each problem as FILE:LINE: message on standard error.  Exit status:
 * 0 all well, 1 a hazard is not ok, 64 usage, 65 LOG is invalid, 66 a
 * test log cannot be read, 70 out of memory, 74 output error.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "hazards-check.h"
#include "hazards-man.h"

#define HZ_USAGE	64
#define HZ_DATAERR	65
#define HZ_NOINPUT	66
#define HZ_SOFTWARE	70
#define HZ_IOERR	74

static int
hazards_main_put(const struct buf *b, FILE *fp)
{
	if (b->len > 0 && fwrite(b->s, 1, b->len, fp) != b->len)
		return (-1);
	return (fflush(fp) == 0 ? 0 : -1);
}

static int
hazards_main_check(const struct hazards *h, int n, char **logs)
{
	struct hz_results res;
	struct buf	 out, err;
	int		 i, rc = 0;
	size_t		 bad;

	hazards_results_init(&res);
	buf_init(&out);
	buf_init(&err);
	for (i = 0; i < n && rc == 0; i++)
		if (hazards_results_read(&res, logs[i], &err) != 0)
			rc = HZ_NOINPUT;
	if (rc == 0) {
		bad = hazards_check(h, &res, &out, &err);
		if (out.failed || err.failed)
			rc = HZ_SOFTWARE;
		else if (bad > 0)
			rc = 1;
	}
	if (hazards_main_put(&out, stdout) != 0)
		rc = HZ_IOERR;
	hazards_main_put(&err, stderr);
	buf_free(&out);
	buf_free(&err);
	hazards_results_free(&res);
	return (rc);
}

static int
hazards_main_man(const struct hazards *h)
{
	struct buf	 b;
	int		 rc = 0;

	buf_init(&b);
	hazards_man(&b, h);
	if (b.failed)
		rc = HZ_SOFTWARE;
	else if (hazards_main_put(&b, stdout) != 0)
		rc = HZ_IOERR;
	buf_free(&b);
	return (rc);
}

int
main(int argc, char **argv)
{
	struct hazards	 h;
	struct buf	 err;
	int		 rc, man;

	man = argc > 1 && strcmp(argv[1], "--man") == 0;
	if (man ? argc != 3 : argc < 3 || strcmp(argv[1], "--check") != 0) {
		fputs("usage: hazards --man LOG\n"
		    "       hazards --check LOG TESTLOG...\n", stderr);
		return (HZ_USAGE);
	}
	buf_init(&err);
	if (hazards_load(&h, argv[2], &err) != 0)
		rc = err.failed ? HZ_SOFTWARE : HZ_DATAERR;
	else if (man)
		rc = hazards_main_man(&h);
	else
		rc = hazards_main_check(&h, argc - 3, argv + 3);
	hazards_main_put(&err, stderr);
	buf_free(&err);
	hazards_free(&h);
	return (rc);
}
