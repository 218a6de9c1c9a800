/*
 * plain.c: plain line mode, for screen readers, braille displays, dumb
 * and printing terminals, and pipes.  It asks about each symptom in
 * turn as a numbered question, says at once when an answer sets off or
 * clears a red flag, and ends with the same summary as --check.  Only
 * plain text is written, in lines of at most 80 columns.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "answers.h"
#include "format.h"
#include "plain.h"
#include "report.h"
#include "utf8.h"
#include "wrap.h"

#define PLAIN_WIDTH	80
#define PLAIN_LINE	1024	/* longest answer line read */

struct plain {
	const struct rules *r;
	struct eval	*ev;
	const struct plain_opts *o;
	FILE		*in;
	FILE		*out;
	size_t		*order;		/* symptoms in the order asked */
	unsigned char	*was;		/* rules fired before an answer */
	size_t		 group;		/* the last heading printed */
	int		 eof;
	int		 echo;		/* input is not a terminal: echo it */
	int		 nomem;		/* some text could not be built */
};

/* Write a buffer and flush, so that a reader on a pipe sees it now. */
static void
plain_put(struct plain *p, struct buf *b)
{
	if (b->failed)
		p->nomem = 1;
	fwrite(buf_str(b), 1, b->len, p->out);
	fflush(p->out);
	buf_reset(b);
}

/* A paragraph filled to 80 columns, indented. */
static void
plain_para(struct plain *p, const char *text, size_t indent)
{
	struct buf	 b, t;

	buf_init(&b);
	buf_init(&t);
	format_text(&t, text, p->o->ascii);
	buf_repeat(&b, ' ', indent);
	wrap(&b, buf_str(&t), PLAIN_WIDTH, indent, indent);
	buf_absorb(&b, &t);
	plain_put(p, &b);
	buf_free(&b);
}

/* The same for text built in a buffer, which may have failed. */
static void
plain_para_buf(struct plain *p, const struct buf *text, size_t indent)
{
	if (text->failed)
		p->nomem = 1;
	plain_para(p, buf_str(text), indent);
}

/* Read one line; 0 at the end of input (taken as q). */
static int
plain_read(struct plain *p, char *line, size_t size)
{
	size_t	 len;
	int	 c;

	if (p->eof || fgets(line, (int)size, p->in) == NULL) {
		if (!p->eof && p->echo)
			fputc('\n', p->out);
		p->eof = 1;
		return (0);
	}
	len = strlen(line);
	if (len > 0 && line[len - 1] != '\n')
		while ((c = fgetc(p->in)) != EOF && c != '\n')
			;	/* too long: drop the rest */
	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
	    line[len - 1] == ' ' || line[len - 1] == '\t'))
		line[--len] = '\0';
	if (p->echo) {
		/* so that a transcript reads like a conversation */
		struct buf	 b;

		buf_init(&b);
		utf8_sanitize(&b, line, len, 0);
		buf_putc(&b, '\n');
		plain_put(p, &b);
		buf_free(&b);
	}
	return (1);
}

static void
plain_snapshot(struct plain *p)
{
	memcpy(p->was, p->ev->fired, p->r->nrules);
}

/* Say which flags an answer set off or cleared, most urgent first. */
static void
plain_announce(struct plain *p)
{
	const struct rules *r = p->r;
	const struct rule *rule;
	struct buf	 t;
	size_t		 level, i;

	for (level = 0; level < r->nlevels; level++) {
		for (i = 0; i < r->nrules; i++) {
			rule = &r->rules[i];
			if (rule->level != level || p->was[i] == p->ev->fired[i])
				continue;
			buf_init(&t);
			buf_printf(&t, "%s (%s): %s", p->ev->fired[i] ?
			    "RED FLAG" : "Flag cleared", r->levels[level].id,
			    rule->message);
			if (p->ev->fired[i]) {
				buf_puts(&t, ", because: ");
				format_because(&t, p->ev, i);
			}
			plain_para_buf(p, &t, 0);
			if (p->ev->fired[i]) {
				buf_reset(&t);
				buf_printf(&t, "What to do: %s",
				    r->levels[level].action);
				plain_para_buf(p, &t, 2);
			}
			buf_free(&t);
		}
	}
	plain_snapshot(p);
}

static void
plain_heading(struct plain *p, size_t sym)
{
	struct buf	 b;

	if (p->r->symptoms[sym].group_index == p->group)
		return;
	p->group = p->r->symptoms[sym].group_index;
	buf_init(&b);
	buf_printf(&b, "\n%s:", p->r->groups[p->group].name);
	plain_para_buf(p, &b, 0);
	buf_free(&b);
}

/* "12. Label? [y/n/?/b/q]", with the current answer when there is one. */
static void
plain_ask(struct plain *p, size_t i)
{
	size_t		 sym = p->order[i];
	struct buf	 b, t;

	plain_heading(p, sym);
	buf_init(&t);
	buf_printf(&t, "%zu. ", i + 1);
	format_text(&t, p->r->symptoms[sym].label, p->o->ascii);
	buf_printf(&t, "? %s[y/n/?/b/q]", p->ev->checked[sym] ?
	    "(now yes) " : "");
	buf_init(&b);
	wrap(&b, buf_str(&t), PLAIN_WIDTH, 0, 4);
	if (b.len > 0)
		b.s[b.len - 1] = ' ';	/* the answer goes on the same line */
	buf_absorb(&b, &t);
	plain_put(p, &b);
	buf_free(&b);
}

/*
 * Tick the numbers or ids in line.  Returns 0, or -1 if any was not
 * known (the others are ticked all the same).
 */
static int
plain_list(struct plain *p, const char *line)
{
	struct diags	 d;
	char		*copy = strdup(line), *tok, *save = NULL, *end;
	unsigned long	 n;
	int		 rc = 0;

	if (copy == NULL)
		return (-1);
	diags_init(&d);
	for (tok = strtok_r(copy, " ,\t", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,\t", &save)) {
		n = strtoul(tok, &end, 10);
		if (*end == '\0' && n >= 1 && n <= p->r->nsymptoms)
			eval_set(p->ev, p->order[n - 1], 1);
		else if (answers_id(tok, strlen(tok), p->ev, &d, 0) != 0)
			rc = -1;
	}
	if (rc != 0)
		plain_para(p, d.n > 0 ? d.v[0].msg : "unknown answer", 0);
	diags_free(&d);
	free(copy);
	return (rc);
}

static void
plain_more(struct plain *p, size_t sym)
{
	const char	*help = p->r->symptoms[sym].help;

	plain_para(p, help != NULL ? help : "There is no more to say about "
	    "this answer.", 4);
}

/*
 * Ask question i and act on the answer.  Returns the next question
 * (nsymptoms to finish).
 */
static size_t
plain_question(struct plain *p, size_t i)
{
	char	 line[PLAIN_LINE];
	size_t	 sym = p->order[i];

	plain_ask(p, i);
	if (!plain_read(p, line, sizeof(line)))
		return (p->r->nsymptoms);
	if (strcmp(line, "y") == 0 || strcmp(line, "yes") == 0 ||
	    strcmp(line, "Y") == 0)
		eval_set(p->ev, sym, 1);
	else if (strcmp(line, "n") == 0 || strcmp(line, "no") == 0 ||
	    strcmp(line, "N") == 0)
		eval_set(p->ev, sym, 0);
	else if (line[0] == '\0')
		;	/* keep the answer as it is */
	else if (strcmp(line, "?") == 0) {
		plain_more(p, sym);
		return (i);
	} else if (strcmp(line, "b") == 0) {
		if (i == 0)
			plain_para(p, "This is the first question.", 0);
		return (i > 0 ? i - 1 : 0);
	} else if (strcmp(line, "q") == 0)
		return (p->r->nsymptoms);
	else {
		if (plain_list(p, line) != 0)
			plain_para(p, "Answer y (yes), n (no), ? (more about "
			    "it), b (back) or q (finish), or type the numbers "
			    "or ids of answers to tick.", 0);
		plain_announce(p);
		return (i);
	}
	plain_announce(p);
	return (i + 1);
}

static void
plain_intro(struct plain *p)
{
	struct buf	 b;

	buf_init(&b);
	buf_puts(&b, p->r->title);
	buf_printf(&b, " (rules version %s of %s).", p->r->version,
	    p->r->date);
	plain_para_buf(p, &b, 0);
	plain_para(p, "This is not a diagnosis. In an emergency, call your "
	    "local emergency number now.", 0);
	plain_para(p, "Answer each question with y (yes) or n (no), then "
	    "Enter. Type ? for more about a question, b to go back, q to "
	    "finish. Enter alone keeps the answer as it is. You can also type "
	    "several numbers or ids on one line to tick them.", 0);
	buf_free(&b);
}

/*
 * Offer to save a report, or save it to --report.  Returns 0, or -1
 * when --report could not be written.
 */
static int
plain_offer_report(struct plain *p)
{
	char	 line[PLAIN_LINE], name[PLAIN_LINE], why[256];
	struct buf b;
	int	 rc;

	if (p->o->report != NULL) {
		rc = report_save(p->ev, p->o->report, 1, why, sizeof(why));
		buf_init(&b);
		if (rc == 0)
			buf_printf(&b, "Report saved to %s.", p->o->report);
		else
			buf_printf(&b, "Could not save the report to %s: %s.",
			    p->o->report, why);
		plain_para_buf(p, &b, 0);
		buf_free(&b);
		return (rc == 0 ? 0 : -1);
	}
	for (;;) {
		report_default_name(name, sizeof(name), time(NULL));
		buf_init(&b);
		buf_printf(&b, "Save a report? Type a file name, y for %s, or "
		    "Enter for no:", name);
		plain_para_buf(p, &b, 0);
		buf_free(&b);
		if (!plain_read(p, line, sizeof(line)) || line[0] == '\0' ||
		    strcmp(line, "n") == 0 || strcmp(line, "no") == 0) {
			plain_para(p, "No report saved: your answers were not "
			    "written anywhere.", 0);
			return (0);
		}
		if (strcmp(line, "y") != 0 && strcmp(line, "yes") != 0)
			snprintf(name, sizeof(name), "%s", line);
		rc = report_save(p->ev, name, 0, why, sizeof(why));
		buf_init(&b);
		if (rc == 0)
			buf_printf(&b, "Report saved to %s (only you can read "
			    "it).", name);
		else if (rc == REPORT_EXISTS)
			buf_printf(&b, "%s exists already; it was not changed.",
			    name);
		else
			buf_printf(&b, "Could not save to %s: %s.", name, why);
		plain_para_buf(p, &b, 0);
		buf_free(&b);
		if (rc == 0)
			return (0);
	}
}

static void
plain_summary(struct plain *p)
{
	struct format_opts o = { FORMAT_ANSWERS | FORMAT_DISCLAIMER,
	    PLAIN_WIDTH, NULL, 0 };
	struct buf	 b;

	o.ascii = p->o->ascii;
	buf_init(&b);
	buf_puts(&b, "\nSummary\n\n");
	format_check_text(&b, p->ev, &o);
	buf_putc(&b, '\n');
	plain_put(p, &b);
	buf_free(&b);
}

static int
plain_setup(struct plain *p)
{
	const struct rules *r = p->r;
	size_t		 g, k, n = 0;

	p->order = calloc(r->nsymptoms + 1, sizeof(*p->order));
	p->was = calloc(r->nrules + 1, 1);
	if (p->order == NULL || p->was == NULL)
		return (-1);
	for (g = 0; g < r->ngroups; g++) {
		for (k = 0; k < r->groups[g].n; k++)
			p->order[n++] = r->groups[g].symptoms[k];
	}
	p->group = (size_t)-1;
	return (0);
}

/*
 * Run plain mode: questions from in, everything to out.  The answers
 * already in ev are the starting point.  Returns 0, PLAIN_NO_REPORT,
 * or -1 when out of memory or when out could not be written.
 */
int
plain_run(const struct rules *r, struct eval *ev, const struct plain_opts *o,
    FILE *in, FILE *out)
{
	struct plain	 p;
	size_t		 i = 0;
	int		 rc = -1;

	memset(&p, 0, sizeof(p));
	p.r = r;
	p.ev = ev;
	p.o = o;
	p.in = in;
	p.out = out;
	p.echo = !isatty(fileno(in));
	if (plain_setup(&p) != 0)
		goto out_free;
	plain_intro(&p);
	if (ev->nfired > 0) {
		memset(p.was, 0, r->nrules);
		plain_announce(&p);
	}
	plain_snapshot(&p);
	while (i < r->nsymptoms && !ferror(out))
		i = plain_question(&p, i);
	plain_summary(&p);
	rc = plain_offer_report(&p) != 0 ? PLAIN_NO_REPORT : 0;
	if (ferror(out) || p.nomem)
		rc = -1;
out_free:
	free(p.order);
	free(p.was);
	return (rc);
}
