/*
 * reportdir.c: reports in the one directory an administrator allows
 * (restricted mode), under names the program makes, such as
 * redflag-20260101-093000-k3xq.txt.  Nothing there is ever replaced.
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "i18n.h"
#include "report.h"
#include "save.h"

#define REPORTDIR_TRIES	20	/* names tried before giving up */

/* redflag-YYYYMMDD-HHMMSS-XXXX.txt, with four random characters. */
static void
reportdir_name(char *out, size_t size, time_t now)
{
	struct tm	 tm;
	char		 when[32], r[5];

	if (localtime_r(&now, &tm) == NULL || strftime(when, sizeof(when),
	    "%Y%m%d-%H%M%S", &tm) == 0)
		snprintf(when, sizeof(when), "%lld", (long long)now);
	save_random(r, 4);
	snprintf(out, size, "redflag-%s-%s.txt", when, r);
}

/*
 * Save the report in the directory dirfd under a new name, which is
 * left in name.  Returns STATUS_OK, or STATUS_FAILED or STATUS_NOMEM
 * with a reason in why.
 */
enum status
reportdir_save(const struct eval *ev, const struct report_asked *a, int dirfd,
    char *name, size_t size, char *why, size_t whysize)
{
	struct buf	 b;
	time_t		 now = time(NULL);
	enum status	 rc = STATUS_EXISTS;
	int		 i;

	buf_init(&b);
	report_text(&b, ev, a, now);
	if (b.failed) {
		snprintf(why, whysize, "%s", _("out of memory"));
		buf_free(&b);
		return (STATUS_NOMEM);
	}
	for (i = 0; i < REPORTDIR_TRIES && rc == STATUS_EXISTS; i++) {
		reportdir_name(name, size, now);
		rc = save_at(dirfd, name, buf_str(&b), b.len, 0, why, whysize);
	}
	if (rc == STATUS_EXISTS) {
		/* TRANSLATORS: why a report could not be saved in the
		   report directory. */
		snprintf(why, whysize, "%s", _("no free name"));
		rc = STATUS_FAILED;
	}
	buf_free(&b);
	return (rc);
}
