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
#include "ascii.h"
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
	size_t		*pos;		/* and the reverse: symptom to place */
	unsigned char	*was;		/* rules fired before an answer */
	size_t		 group;		/* the last heading printed */
	size_t		 stopped;	/* the question of q or end of input */
	size_t		 col;		/* where a reply starts on its line */
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

/*
 * Write a reply read from a pipe, so that a transcript reads like a
 * conversation: after the question, or under it when it does not fit.
 */
static void
plain_echo(struct plain *p, const char *line, size_t len)
{
	struct buf	 b, t;

	buf_init(&b);
	buf_init(&t);
	utf8_sanitize(&t, line, len, p->o->ascii);
	if (p->col + utf8_width(buf_str(&t), t.len) <= PLAIN_WIDTH)
		buf_printf(&b, "%s\n", buf_str(&t));
	else {
		buf_puts(&b, "\n    ");
		wrap(&b, buf_str(&t), PLAIN_WIDTH, 4, 4);
	}
	buf_absorb(&b, &t);
	plain_put(p, &b);
	buf_free(&b);
}

/* Read one line; 0 at the end of input (taken as q). */
static int
plain_read(struct plain *p, char *line, size_t size)
{
	size_t	 len, lead;
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
	for (lead = 0; line[lead] == ' ' || line[lead] == '\t'; lead++)
		;
	memmove(line, line + lead, len - lead + 1);
	len -= lead;
	if (p->echo)
		plain_echo(p, line, len);
	p->col = 0;
	return (1);
}

enum plain_word { W_OTHER, W_EMPTY, W_YES, W_NO, W_MORE, W_BACK, W_QUIT };

/* What a reply says, in any case: y, yes, n, no, ?, b, back, q, quit. */
static enum plain_word
plain_word(const char *line)
{
	static const struct {
		const char	*word;
		enum plain_word	 w;
	} words[] = {
		{ "y", W_YES }, { "yes", W_YES }, { "n", W_NO }, { "no", W_NO },
		{ "?", W_MORE }, { "b", W_BACK }, { "back", W_BACK },
		{ "q", W_QUIT }, { "quit", W_QUIT },
	};
	size_t	 i;

	if (*line == '\0')
		return (W_EMPTY);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (ascii_casecmp(line, words[i].word) == 0)
			return (words[i].w);
	}
	return (W_OTHER);
}

static void
plain_snapshot(struct plain *p)
{
	memcpy(p->was, p->ev->fired, p->r->nrules);
}

/*
 * Was rule i, now cleared, set aside by a more urgent rule that it names
 * (as "... and not other") and that this answer set off?
 */
static int
plain_replaced(const struct plain *p, size_t i)
{
	const struct rules *r = p->r;
	size_t	 j, k;

	for (j = 0; j < r->nrules; j++) {
		if (p->was[j] || !p->ev->fired[j] ||
		    r->rules[j].level >= r->rules[i].level)
			continue;
		for (k = 0; k < r->rules[j].nusers; k++) {
			if (r->rules[j].users[k] == i)
				return (1);
		}
	}
	return (0);
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
			    "RED FLAG" : plain_replaced(p, i) ?
			    "Replaced by a more urgent flag" : "Flag cleared",
			    r->levels[level].id, rule->message);
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
	size_t		 sym = p->order[i], k;
	struct buf	 b, t;

	plain_heading(p, sym);
	buf_init(&t);
	buf_printf(&t, "%zu. ", i + 1);
	format_text(&t, p->r->symptoms[sym].label, p->o->ascii);
	buf_printf(&t, "? %s[y/n/?/b/q]", p->ev->checked[sym] ?
	    "(now yes) " : "");
	buf_init(&b);
	/* The reply goes on the same line: leave it a column or two. */
	wrap(&b, buf_str(&t), PLAIN_WIDTH - 2, 0, 4);
	if (b.len > 0)
		b.s[b.len - 1] = ' ';
	for (k = b.len; k > 0 && b.s[k - 1] != '\n'; k--)
		;
	p->col = utf8_width(buf_str(&b) + k, b.len - k);
	buf_absorb(&b, &t);
	plain_put(p, &b);
	buf_free(&b);
}

/*
 * Tick one question number or symptom id; its symptom goes in *sym.
 * Returns 0, or -1 with the reason in d.
 */
static int
plain_item(struct plain *p, const char *tok, struct diags *d, size_t *sym)
{
	size_t	 len = strlen(tok);
	unsigned long n;

	if (len > 0 && strspn(tok, "0123456789") == len) {
		n = len < 10 ? strtoul(tok, NULL, 10) : 0;
		if (n < 1 || n > p->r->nsymptoms) {
			diags_add(d, DIAG_ERROR, 0, 0, "there is no question "
			    "%s: they go from 1 to %zu", tok, p->r->nsymptoms);
			return (-1);
		}
		*sym = p->order[n - 1];
		eval_set(p->ev, *sym, 1);
		return (0);
	}
	if (answers_id(tok, len, p->ev, d, 0) != 0)
		return (-1);
	rules_symptom(p->r, tok, sym);
	return (0);
}

/*
 * Tick the numbers or ids in line, and say which were ticked, so that
 * a screen reader hears it.  Returns 0, or -1 if any was not known
 * (the others are ticked all the same, and each unknown one is named).
 */
static int
plain_list(struct plain *p, const char *line)
{
	struct diags	 d;
	struct buf	 done;
	char		*copy = strdup(line), *tok, *save = NULL;
	size_t		 sym, i, n = 0;
	int		 rc;

	if (copy == NULL)
		return (-1);
	diags_init(&d);
	buf_init(&done);
	buf_puts(&done, "Ticked:");
	for (tok = strtok_r(copy, " ,\t", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,\t", &save)) {
		if (plain_item(p, tok, &d, &sym) != 0)
			continue;
		buf_printf(&done, "%s %zu. ", n++ > 0 ? ";" : "",
		    p->pos[sym] + 1);
		format_text(&done, p->r->symptoms[sym].label, p->o->ascii);
	}
	if (n > 0) {
		buf_putc(&done, '.');
		plain_para_buf(p, &done, 0);
	}
	for (i = 0; i < d.n; i++)
		plain_para(p, d.v[i].msg, 0);
	rc = d.n > 0 || d.nomem ? -1 : 0;
	buf_free(&done);
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
	if (!plain_read(p, line, sizeof(line))) {
		p->stopped = i + 1;
		return (p->r->nsymptoms);
	}
	switch (plain_word(line)) {
	case W_YES:
		eval_set(p->ev, sym, 1);
		break;
	case W_NO:
		eval_set(p->ev, sym, 0);
		break;
	case W_EMPTY:
		break;	/* keep the answer as it is */
	case W_MORE:
		plain_more(p, sym);
		return (i);
	case W_BACK:
		if (i == 0)
			plain_para(p, "This is the first question.", 0);
		return (i > 0 ? i - 1 : 0);
	case W_QUIT:
		p->stopped = i + 1;
		return (p->r->nsymptoms);
	case W_OTHER:
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
 * Restricted mode: offer to save a report in the report directory,
 * under a name the program makes.  No file name is read.
 */
static void
plain_offer_dir(struct plain *p)
{
	char	 line[PLAIN_LINE], name[64], why[256];
	struct buf b;
	enum plain_word w;

	if (p->o->report_dir < 0) {
		plain_para(p, "Reports cannot be saved here: your answers "
		    "were not written anywhere.", 0);
		return;
	}
	do {
		plain_para(p, "Save a report? y or n:", 0);
		w = plain_read(p, line, sizeof(line)) ? plain_word(line) :
		    W_EMPTY;
	} while (w != W_YES && w != W_NO && w != W_EMPTY && w != W_QUIT);
	buf_init(&b);
	if (w != W_YES)
		buf_puts(&b, "No report saved: your answers were not written "
		    "anywhere.");
	else if (reportdir_save(p->ev, p->o->report_dir, name, sizeof(name),
	    why, sizeof(why)) == 0)
		buf_printf(&b, "Report saved as %s.", name);
	else
		buf_printf(&b, "Could not save the report: %s.", why);
	plain_para_buf(p, &b, 0);
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
	enum plain_word w;
	int	 rc;

	if (p->o->restricted) {
		plain_offer_dir(p);
		return (0);
	}
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
		    "n or Enter for no:", name);
		plain_para_buf(p, &b, 0);
		buf_free(&b);
		w = plain_read(p, line, sizeof(line)) ? plain_word(line) :
		    W_EMPTY;
		if (w == W_EMPTY || w == W_NO || w == W_QUIT) {
			plain_para(p, "No report saved: your answers were not "
			    "written anywhere.", 0);
			return (0);
		}
		if (w == W_MORE || w == W_BACK) {
			plain_para(p, "A report is a text file of your answers "
			    "and the red flags, for you or a clinician. Only "
			    "you can read it.", 0);
			continue;
		}
		if (w != W_YES &&
		    report_typed_path(line, name, sizeof(name)) != 0) {
			plain_para(p, "That name is too long.", 0);
			continue;
		}
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
	plain_put(p, &b);
	if (p->stopped > 0) {
		buf_printf(&b, "You stopped at question %zu of %zu, before "
		    "the end. An answer not given counts as not ticked.",
		    p->stopped, p->r->nsymptoms);
		plain_para_buf(p, &b, 0);
		buf_reset(&b);
		buf_putc(&b, '\n');
	}
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
	p->pos = calloc(r->nsymptoms + 1, sizeof(*p->pos));
	p->was = calloc(r->nrules + 1, 1);
	if (p->order == NULL || p->pos == NULL || p->was == NULL)
		return (-1);
	for (g = 0; g < r->ngroups; g++) {
		for (k = 0; k < r->groups[g].n; k++) {
			p->pos[r->groups[g].symptoms[k]] = n;
			p->order[n++] = r->groups[g].symptoms[k];
		}
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
	free(p.pos);
	free(p.was);
	return (rc);
}
