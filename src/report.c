/* report.c: the plain-text report and the short summary. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "wrap.h"

/*
 * The whole report: when, which rules, the ticked answers, every flag
 * with what to do, why and its sources, and the disclaimer.
 */
void
report_text(struct buf *b, const struct eval *ev, time_t now)
{
	struct format_opts o;
	char		 when[64];
	struct tm	*tm = localtime(&now);

	if (tm == NULL || strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S %z",
	    tm) == 0)
		snprintf(when, sizeof(when), "%lld", (long long)now);
	o.flags = FORMAT_HEADER | FORMAT_ANSWERS | FORMAT_DISCLAIMER;
	o.width = FORMAT_WIDTH;
	o.when = when;
	o.ascii = 0;
	buf_puts(b, "redflag report: back-pain red flags. This is not a "
	    "diagnosis.\n\n");
	format_check_text(b, ev, &o);
}

/* What the checklist prints on the normal screen when it ends. */
void
report_summary(struct buf *b, const struct eval *ev,
    const struct format_opts *o)
{
	const struct rules *r = ev->r;
	const struct level *l;
	struct buf	 t;
	size_t		*list, n, i;

	if ((list = malloc((ev->nfired + 1) * sizeof(*list))) == NULL) {
		b->failed = 1;
		return;
	}
	n = eval_list(ev, list);
	buf_printf(b, "redflag: %zu answer%s ticked, %zu red flag%s.\n",
	    ev->nchecked, ev->nchecked == 1 ? "" : "s", n, n == 1 ? "" : "s");
	for (i = 0; i < n; i++) {
		l = &r->levels[r->rules[list[i]].level];
		buf_init(&t);
		format_text(&t, l->tag, o->ascii);
		buf_puts(&t, ": ");
		format_text(&t, r->rules[list[i]].message, o->ascii);
		buf_puts(&t, ". ");
		format_text(&t, l->action, o->ascii);
		buf_puts(b, "  ");
		wrap(b, buf_str(&t), o->width, 2, 4);
		buf_absorb(b, &t);
	}
	if (n == 0)
		wrap(b, format_no_flag(ev), o->width, 0, 0);
	if (o->flags & FORMAT_ANSWERS) {
		buf_init(&t);
		buf_puts(&t, "Ticked: ");
		for (i = 0; i < r->nsymptoms; i++) {
			if (!ev->checked[i])
				continue;
			format_text(&t, r->symptoms[i].label, o->ascii);
			buf_puts(&t, "; ");
		}
		if (ev->nchecked > 0 && t.len >= 2) {
			t.len -= 2;
			t.s[t.len] = '\0';
			buf_puts(&t, ".");
			wrap(b, buf_str(&t), o->width, 0, 2);
		}
		buf_absorb(b, &t);
	}
	free(list);
}

/* redflag-report-YYYYMMDD-HHMMSS.txt */
void
report_default_name(char *out, size_t size, time_t now)
{
	struct tm	*tm = localtime(&now);

	if (tm == NULL || strftime(out, size,
	    "redflag-report-%Y%m%d-%H%M%S.txt", tm) == 0)
		snprintf(out, size, "redflag-report.txt");
}

/*
 * The file name typed at a prompt, with a leading "~/" (or a lone "~")
 * meaning $HOME, as a shell would.  Returns 0, or -1 if it is too long.
 */
int
report_typed_path(const char *typed, char *out, size_t size)
{
	const char	*home = getenv("HOME");
	int		 n;

	if (typed[0] == '~' && (typed[1] == '/' || typed[1] == '\0') &&
	    home != NULL && *home != '\0')
		n = snprintf(out, size, "%s%s", home, typed + 1);
	else
		n = snprintf(out, size, "%s", typed);
	return (n < 0 || (size_t)n >= size ? -1 : 0);
}

/*
 * Write the report to path.  Returns 0, REPORT_EXISTS when the file is
 * there and overwrite is 0, or -1 with a reason in why.
 */
int
report_save(const struct eval *ev, const char *path, int overwrite,
    char *why, size_t whysize)
{
	struct buf	 b;
	int		 rc;

	buf_init(&b);
	report_text(&b, ev, time(NULL));
	if (b.failed) {
		snprintf(why, whysize, "out of memory");
		buf_free(&b);
		return (-1);
	}
	rc = save_file(path, buf_str(&b), b.len, overwrite, why, whysize);
	buf_free(&b);
	return (rc);
}
