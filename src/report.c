/* report.c: the plain-text report and the short summaries. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "save.h"
#include "utf8.h"
#include "wrap.h"

static const char *
report_signal_name(int sig)
{
	/* TRANSLATORS: what ended a check, in "Unfinished: ended by %s
	   at question 3 of 54." */
	switch (sig) {
	case SIGHUP:
		return (_("a hang-up (SIGHUP)"));
	case SIGINT:
		return (_("an interrupt (SIGINT)"));
	case SIGTERM:
		return ("SIGTERM");
	case SIGQUIT:
		return ("SIGQUIT");
	case SIGPIPE:
		return (_("a broken pipe (SIGPIPE)"));
	default:
		return (_("a signal"));
	}
}

/* How the check ended, when it did not go past the last question. */
static void
report_end_text(struct buf *b, const struct report_asked *a)
{
	/* TRANSLATORS: each says how a check by questions ended, and at
	   which question, "at question 3 of 54". */
	switch (a->end) {
	case REPORT_QUIT:
		buf_printf(b, _("Unfinished: stopped with q at question %zu of "
		    "%zu."), a->at, a->total);
		break;
	case REPORT_INPUT_ENDED:
		buf_printf(b, _("Unfinished: the input ended at question %zu "
		    "of %zu."), a->at, a->total);
		break;
	case REPORT_OUTPUT_FAILED:
		buf_printf(b, _("Unfinished: cut short, as the questions could "
		    "not be written, at question %zu of %zu."), a->at,
		    a->total);
		break;
	default:
		buf_printf(b, _("Unfinished: ended by %s at question %zu of "
		    "%zu."), report_signal_name(a->sig), a->at, a->total);
		break;
	}
	buf_putc(b, ' ');
}

/* The full-screen checklist: how many questions were ever on screen. */
static void
report_shown_text(struct buf *b, const struct report_asked *a)
{
	size_t	 never = a->total - a->shown;

	buf_printf(b, "%s ", _("Made in the full-screen checklist."));
	if (never == 0)
		buf_printf(b, ngettext("The %zu question was on the screen.",
		    "All %zu questions were on the screen.", a->total),
		    a->total);
	else
		buf_printf(b, ngettext("Unfinished: %zu of the %zu questions "
		    "was never on the screen, which is not a no.",
		    "Unfinished: %zu of the %zu questions were never on the "
		    "screen, which is not a no.", never), never, a->total);
	buf_printf(b, " %s", _("A question on the screen but not answered "
	    "may have been read and skipped."));
}

/*
 * Whether every question was asked, and how many were never answered;
 * or, for the checklist, how many questions were never on the screen.
 */
void
report_asked_text(struct buf *b, const struct report_asked *a)
{
	size_t	 left;

	if (a->end == REPORT_CHECKLIST) {
		report_shown_text(b, a);
		return;
	}
	left = a->total - a->answered;
	if (a->end != REPORT_FINISHED)
		report_end_text(b, a);
	else {
		buf_printf(b, ngettext("Finished: the %zu question was asked.",
		    "Finished: all %zu questions were asked.", a->total),
		    a->total);
		buf_putc(b, ' ');
	}
	if (left == 0)
		buf_puts(b, _("Every question was answered."));
	else
		buf_printf(b, ngettext("%zu of the %zu questions was never "
		    "answered, which is not a no.", "%zu of the %zu questions "
		    "were never answered, which is not a no.", left), left,
		    a->total);
}

/* The summary's first line: how many answers, and how many red flags. */
static void
report_summary_counts(struct buf *b, const struct eval *ev, size_t nflags)
{
	char	 yes[64], flags[64];

	snprintf(yes, sizeof(yes), ngettext("%zu answer ticked",
	    "%zu answers ticked", ev->nchecked), ev->nchecked);
	snprintf(flags, sizeof(flags), ngettext("%zu red flag",
	    "%zu red flags", nflags), nflags);
	/* TRANSLATORS: "N answers ticked", how many answered no and not
	   asked, and "N red flags". */
	buf_printf(b, _("redflag: %s, %zu answered no, %zu not asked; %s."),
	    yes, ev->nno, eval_not_asked(ev), flags);
	buf_putc(b, '\n');
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
	report_summary_counts(b, ev, n);
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
	if (n == 0) {
		buf_init(&t);
		format_no_flag(&t, ev);
		wrap(b, buf_str(&t), o->width, 0, 0);
		buf_absorb(b, &t);
	}
	if (o->flags & FORMAT_ANSWERS) {
		buf_init(&t);
		/* TRANSLATORS: before the answers ticked, in the summary. */
		buf_printf(&t, "%s ", _("Ticked:"));
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

/*
 * The flags under their levels, most urgent first: each level's tag and
 * what to do once, then its flags, numbered from 1.  The rules go in
 * list (room for ev->nfired), in that order.  Returns how many.
 */
size_t
report_flags_by_level(struct buf *b, const struct eval *ev, size_t *list,
    const struct format_opts *o)
{
	const struct rules *r = ev->r;
	struct buf	 t;
	size_t		 n = eval_list(ev, list), i, level = RULES_NONE;

	for (i = 0; i < n; i++) {
		buf_init(&t);
		if (r->rules[list[i]].level != level) {
			level = r->rules[list[i]].level;
			format_text(&t, r->levels[level].tag, o->ascii);
			buf_puts(&t, ": ");
			format_text(&t, r->levels[level].action, o->ascii);
			wrap(b, buf_str(&t), o->width, 0, 2);
			buf_reset(&t);
		}
		buf_printf(&t, "%zu. ", i + 1);
		format_text(&t, r->rules[list[i]].message, o->ascii);
		buf_puts(b, "  ");
		wrap(b, buf_str(&t), o->width, 2, 5);
		buf_absorb(b, &t);
	}
	return (n);
}

/* redflag-report-YYYYMMDD-HHMMSS.txt */
void
report_default_name(char *out, size_t size, time_t now)
{
	struct tm	 tm;

	if (localtime_r(&now, &tm) == NULL || strftime(out, size,
	    "redflag-report-%Y%m%d-%H%M%S.txt", &tm) == 0)
		snprintf(out, size, "redflag-report.txt");
}

/*
 * Is a typed file name one to save under: text, with no control
 * character, of at most REPORT_NAME_MAX bytes?  Returns 0, or -1 with
 * the reason in why.
 */
int
report_name_check(const char *name, size_t len, char *why, size_t whysize)
{
	size_t		 off;
	uint32_t	 cp;

	/* TRANSLATORS: why a file name typed cannot be used, after
	   "That name cannot be used: ". */
	if (len > REPORT_NAME_MAX)
		snprintf(why, whysize, ngettext("it is longer than %d byte",
		    "it is longer than %d bytes", REPORT_NAME_MAX),
		    REPORT_NAME_MAX);
	else if (strlen(name) != len || !utf8_valid(name, len, &off))
		snprintf(why, whysize, "%s", _("it is not text"));
	else if (utf8_unsafe(name, len, &off, &cp))
		snprintf(why, whysize, "%s", _("it holds a control character"));
	else
		return (0);
	return (-1);
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
 * Write the report to path, saying what was asked as a says.  Returns
 * what save_file does, or STATUS_NOMEM; why says why not.
 */
enum status
report_save_asked(const struct eval *ev, const struct report_asked *a,
    const char *path, int overwrite, char *why, size_t whysize)
{
	struct buf	 b;
	enum status	 rc;

	buf_init(&b);
	report_text(&b, ev, a, time(NULL));
	if (b.failed) {
		snprintf(why, whysize, "%s", _("out of memory"));
		buf_free(&b);
		return (STATUS_NOMEM);
	}
	rc = save_file(path, buf_str(&b), b.len, overwrite, why, whysize);
	buf_free(&b);
	return (rc);
}
