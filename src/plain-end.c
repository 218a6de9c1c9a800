/*
 * plain-end.c: how plain line mode ends.  The summary says whether all
 * the questions were asked and answered, names the ticked answers, and
 * gives each level's action once with its flags under it; a flag's
 * details are printed when its number is typed.  Then the report is
 * written to --report, or offered.  After a signal or a failed write
 * nothing is asked: the report, if --report names one, is written and
 * says how the check was cut short.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"
#include "i18n.h"
#include "plain.h"
#include "reply.h"
#include "sig.h"

#define PLAIN_END_TRIES	3	/* names refused before giving up */

static void
plain_end_ticked(struct plain *p)
{
	const struct rules *r = p->r;
	struct buf	 b;
	size_t		 i, n = 0;

	buf_init(&b);
	buf_puts(&b, _("Ticked:"));
	for (i = 0; i < r->nsymptoms; i++) {
		if (!p->ev->checked[p->order[i]])
			continue;
		buf_printf(&b, "%s %zu. ", n++ > 0 ? ";" : "", i + 1);
		format_text(&b, r->symptoms[p->order[i]].label, p->o->ascii);
	}
	if (n == 0)
		buf_printf(&b, " %s", _("none"));
	buf_putc(&b, '.');
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
}

static void
plain_end_no_flag(struct plain *p)
{
	struct buf	 b;

	buf_init(&b);
	format_no_flag(&b, p->ev);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
	plain_io_para(p, p->r->no_flag, 0);
}

/* The flag number in line, from 1 to n, or 0. */
static size_t
plain_end_flag_number(const char *line, size_t n)
{
	size_t	 len = strlen(line);
	unsigned long k;

	if (len == 0 || len > 9 || strspn(line, "0123456789") != len)
		return (0);
	k = strtoul(line, NULL, 10);
	return (k >= 1 && k <= n ? k : 0);
}

/* Print the details of the flags whose numbers are typed. */
static void
plain_end_details(struct plain *p, const size_t *list, size_t n)
{
	struct format_opts o = { 0, PLAIN_WIDTH, NULL, 0 };
	struct buf	 b;
	char		 line[PLAIN_LINE];
	enum plain_line	 got;
	enum reply	 w;
	unsigned long	 k;

	o.ascii = p->o->ascii;
	buf_init(&b);
	while (!p->outfail) {
		plain_io_para(p, _("For a flag's details (why, advice, "
		    "sources), type its number; Enter goes on:"), 0);
		if ((got = plain_io_read(p, line, sizeof(line))) ==
		    PLAIN_LINE_END)
			break;
		w = plain_reply_parse(line, &k);
		if (got == PLAIN_LINE_OK && (w == REPLY_EMPTY ||
		    w == REPLY_NO || w == REPLY_QUIT))
			break;
		if (got == PLAIN_LINE_OK &&
		    (k = plain_end_flag_number(line, n)) > 0)
			format_flag_text(&b, p->ev, list[k - 1], &o);
		else {
			buf_printf(&b, _("The flags go from 1 to %zu."), n);
			buf_putc(&b, '\n');
		}
		plain_io_put(p, &b);
	}
	buf_free(&b);
}

static void
plain_end_flags(struct plain *p)
{
	struct format_opts o = { 0, PLAIN_WIDTH, NULL, 0 };
	struct buf	 b;
	size_t		*list, n;

	if ((list = malloc((p->ev->nfired + 1) * sizeof(*list))) == NULL) {
		p->nomem = 1;
		return;
	}
	o.ascii = p->o->ascii;
	buf_init(&b);
	buf_printf(&b, ngettext("%zu red flag:", "%zu red flags:",
	    p->ev->nfired), p->ev->nfired);
	buf_putc(&b, '\n');
	n = report_flags_by_level(&b, p->ev, list, &o);
	plain_io_put(p, &b);
	buf_free(&b);
	plain_end_details(p, list, n);
	free(list);
}

/* The summary; nothing after a signal or a failed write. */
void
plain_end_summary(struct plain *p)
{
	struct buf	 b;

	if (p->outfail || sig_caught() != 0)
		return;
	buf_init(&b);
	buf_printf(&b, "\n%s ", _("Summary."));
	report_asked_text(&b, &p->asked);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
	plain_end_ticked(p);
	if (p->ev->nfired == 0)
		plain_end_no_flag(p);
	else
		plain_end_flags(p);
	plain_io_para(p, p->r->disclaimer, 0);
}

/* Save to path; say so, or why not.  Returns what report_save does. */
static int
plain_end_save(struct plain *p, const char *path, int overwrite)
{
	char		 why[256];
	struct buf	 b;
	int		 rc;

	rc = report_save_asked(p->ev, &p->asked, path, overwrite, why,
	    sizeof(why));
	buf_init(&b);
	if (rc == 0)
		buf_printf(&b, _("Report saved to %s (only you can read it)."),
		    path);
	else if (rc == STATUS_EXISTS)
		buf_printf(&b, _("%s exists already; it was not changed."),
		    path);
	else
		/* TRANSLATORS: the file name, and why it could not be
		   saved. */
		buf_printf(&b, _("Could not save the report to %s: %s."), path,
		    why);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
	return (rc);
}

/*
 * A name typed at the save question: 0 with the path in name, or -1
 * after saying why it is refused.
 */
static int
plain_end_name(struct plain *p, const char *line, char *name, size_t size)
{
	char		 why[128];
	struct buf	 b;

	if (report_name_check(line, p->linelen, why, sizeof(why)) == 0) {
		if (report_typed_path(line, name, size) == 0)
			return (0);
		snprintf(why, sizeof(why), "%s", _("it is too long"));
	}
	buf_init(&b);
	buf_printf(&b, _("That name cannot be used: %s."), why);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
	return (-1);
}

/* Ask for a name and save, until saved, declined, or tried too often. */
static void
plain_end_offer(struct plain *p)
{
	char		 line[PLAIN_LINE], name[PLAIN_LINE];
	struct buf	 b;
	enum plain_line	 got;
	enum reply	 w;
	unsigned long	 n;
	int		 tries = 0;

	while (!p->outfail && tries < PLAIN_END_TRIES) {
		report_default_name(name, sizeof(name), time(NULL));
		buf_init(&b);
		/* TRANSLATORS: %s is the file name y saves under.  The
		   keys y and n stay y and n in every language. */
		buf_printf(&b, _("Save a report? Type a file name, y for %s, "
		    "or n or Enter for no:"), name);
		plain_io_para_buf(p, &b, 0);
		buf_free(&b);
		if ((got = plain_io_read(p, line, sizeof(line))) ==
		    PLAIN_LINE_END)
			break;
		w = got == PLAIN_LINE_OK ? plain_reply_parse(line, &n) : REPLY_OTHER;
		if (w == REPLY_EMPTY || w == REPLY_NO || w == REPLY_QUIT)
			break;
		if (w == REPLY_HELP || w == REPLY_BACK)
			plain_io_para(p, _("A report is a text file of your "
			    "answers and the red flags, for you or a "
			    "clinician. Only you can read it."), 0);
		else if (w != REPLY_YES &&
		    plain_end_name(p, line, name, sizeof(name)) != 0)
			tries++;
		else if (plain_end_save(p, name, 0) == 0)
			return;
	}
	plain_io_para(p, p->o->answers_to != NULL ? _("No report saved; your "
	    "answers go to the file named with --save-answers.") : _("No "
	    "report saved: your answers were not written anywhere."), 0);
}

/*
 * Restricted mode: offer to save a report in the report directory,
 * under a name the program makes.  No file name is read.
 */
static void
plain_end_offer_dir(struct plain *p)
{
	char		 line[PLAIN_LINE], name[64], why[256];
	struct buf	 b;
	enum plain_line	 got;
	enum reply	 w;
	unsigned long	 n;

	if (p->o->report_dir < 0) {
		plain_io_para(p, _("Reports cannot be saved here: your "
		    "answers were not written anywhere."), 0);
		return;
	}
	do {
		plain_io_para(p, _("Save a report? y or n:"), 0);
		got = plain_io_read(p, line, sizeof(line));
		w = got == PLAIN_LINE_OK ? plain_reply_parse(line, &n) : REPLY_EMPTY;
	} while (!p->outfail && got != PLAIN_LINE_END && w != REPLY_YES &&
	    w != REPLY_NO && w != REPLY_EMPTY && w != REPLY_QUIT);
	buf_init(&b);
	if (w != REPLY_YES || got == PLAIN_LINE_END)
		buf_puts(&b, _("No report saved: your answers were not "
		    "written anywhere."));
	else if (reportdir_save(p->ev, &p->asked, p->o->report_dir, name,
	    sizeof(name), why, sizeof(why)) == 0)
		buf_printf(&b, _("Report saved as %s."), name);
	else
		buf_printf(&b, _("Could not save the report: %s."), why);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
}

/*
 * Write the report to --report, or offer one.  After a signal, say how
 * it ended first.  Returns STATUS_OK, or STATUS_NO_REPORT when --report
 * could not be written.
 */
int
plain_end_report(struct plain *p)
{
	struct buf	 b;

	if (sig_caught() != 0) {
		buf_init(&b);
		buf_putc(&b, '\n');
		report_asked_text(&b, &p->asked);
		plain_io_para_buf(p, &b, 0);
		buf_free(&b);
	}
	if (p->o->report != NULL)
		return (plain_end_save(p, p->o->report, 1) == 0 ? STATUS_OK :
		    STATUS_NO_REPORT);
	if (sig_caught() == 0 && p->o->restricted)
		plain_end_offer_dir(p);
	else if (sig_caught() == 0)
		plain_end_offer(p);
	return (0);
}
