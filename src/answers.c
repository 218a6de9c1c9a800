/*
 * answers.c: answers as text.  A file has one or more answers per line
 * (# starts a comment), --check a comma-separated list.  An answer is a
 * symptom id, which means yes, or an id after '!', which means no; a
 * symptom not named is not asked.  Unknown ids, and a symptom answered
 * both yes and no, are recorded as problems with their line.
 * answers_write writes answers back in the same form.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "i18n.h"
#include "suggest.h"
#include "utf8.h"

static int
answers_sep(char c)
{
	return (c == ' ' || c == '\t' || c == ',' || c == '\r');
}

static void
answers_unknown(const struct rules *r, const char *id, struct diags *d,
    unsigned long line)
{
	struct suggest	 s;
	struct buf	 q;
	size_t		 i;

	buf_init(&q);
	utf8_quote(&q, id, 64);
	if (rules_rule(r, id, &i)) {
		/* TRANSLATORS: %s is an id given as an answer. */
		diags_add(d, DIAG_ERROR, line, 0, _("'%s' is a rule, not a "
		    "symptom"), buf_str(&q));
		goto out;
	}
	suggest_init(&s, id, r->nsymptoms, d->n < DIAG_MAX);
	for (i = 0; i < r->nsymptoms; i++)
		suggest_try(&s, r->symptoms[i].id);
	if (suggest_result(&s) != NULL)
		/* TRANSLATORS: the id given, and the closest symptom id. */
		diags_add(d, DIAG_ERROR, line, 0, _("unknown symptom id '%s' "
		    "(did you mean '%s'?)"), buf_str(&q), suggest_result(&s));
	else
		diags_add(d, DIAG_ERROR, line, 0, _("unknown symptom id '%s'"),
		    buf_str(&q));
out:
	buf_free(&q);
}

/*
 * The symptom whose id is s[0..len), in *sym.  Returns 0, or -1 (with
 * the problem in d) if there is none.
 */
int
answers_find(const struct rules *r, const char *s, size_t len, size_t *sym,
    struct diags *d, unsigned long line)
{
	char	 id[80];

	if (len >= sizeof(id)) {
		diags_add(d, DIAG_ERROR, line, 0, ngettext("unknown symptom id "
		    "(%zu byte long)", "unknown symptom id (%zu bytes long)",
		    len), len);
		return (-1);
	}
	memcpy(id, s, len);
	id[len] = '\0';
	if (!rules_symptom(r, id, sym)) {
		answers_unknown(r, id, d, line);
		return (-1);
	}
	return (0);
}

/*
 * Give the answer s[0..len): "id" is yes, "!id" no.  Returns 0, or -1
 * if the id is unknown or the symptom already has the other answer.
 */
static int
answers_one(const char *s, size_t len, struct eval *ev, struct diags *d,
    unsigned long line)
{
	enum eval_answer a = EVAL_YES, was;
	size_t		 sym;

	if (len > 0 && s[0] == '!') {
		a = EVAL_NO;
		s++;
		len--;
	}
	if (answers_find(ev->r, s, len, &sym, d, line) != 0)
		return (-1);
	was = eval_state(ev, sym);
	if (was != EVAL_NOT_ASKED && was != a) {
		/* TRANSLATORS: %s is a symptom id. */
		diags_add(d, DIAG_ERROR, line, 0, _("'%s' is answered both "
		    "yes and no"), ev->r->symptoms[sym].id);
		return (-1);
	}
	eval_answer(ev, sym, a);
	return (0);
}

/* Give every answer in s[0..len); returns the number of bad ones. */
static size_t
answers_span(const char *s, size_t len, struct eval *ev, struct diags *d,
    unsigned long line)
{
	size_t	 i = 0, start, bad = 0;

	while (i < len) {
		while (i < len && answers_sep(s[i]))
			i++;
		start = i;
		while (i < len && !answers_sep(s[i]))
			i++;
		if (i > start && answers_one(s + start, i - start, ev, d,
		    line) != 0)
			bad++;
	}
	return (bad);
}

/* Lines of answers; '#' starts a comment.  Returns the number of errors. */
size_t
answers_text(const char *text, struct eval *ev, struct diags *d)
{
	const char	*p = text, *eol, *hash;
	unsigned long	 line = 1;
	size_t		 bad = 0, len;

	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;		/* a byte order mark from an editor */
	while (*p != '\0') {
		eol = strchr(p, '\n');
		len = eol != NULL ? (size_t)(eol - p) : strlen(p);
		if ((hash = memchr(p, '#', len)) != NULL)
			len = (size_t)(hash - p);
		bad += answers_span(p, len, ev, d, line);
		if (eol == NULL)
			break;
		p = eol + 1;
		line++;
	}
	return (bad);
}

/* Comma-separated answers, as given to --check. */
size_t
answers_list(const char *list, struct eval *ev, struct diags *d)
{
	return (answers_span(list, strlen(list), ev, d, 0));
}

/* text as comment lines: "# " before each of its lines. */
static void
answers_comment(struct buf *b, const char *text)
{
	const char	*eol;

	for (; *text != '\0'; text = eol + (*eol != '\0')) {
		eol = text + strcspn(text, "\n");
		buf_printf(b, "# %.*s\n", (int)(eol - text), text);
	}
}

/*
 * The answers given, in the form answers_text reads: a comment saying
 * what the file is, then a line per answered symptom, in file order,
 * "id" for a yes and "!id" for a no.
 */
void
answers_write(struct buf *b, const struct eval *ev)
{
	const struct rules *r = ev->r;
	enum eval_answer a;
	size_t		 i;

	/* TRANSLATORS: the comment at the top of a saved answers file;
	   "id" and "!id" are written as they are.  Each line becomes a
	   comment, so break the lines anywhere. */
	answers_comment(b, _("redflag answers: an id is a yes, !id a no; a "
	    "symptom not named\nwas not asked."));
	for (i = 0; i < r->nsymptoms; i++) {
		if ((a = eval_state(ev, i)) != EVAL_NOT_ASKED)
			buf_printf(b, "%s%s\n", a == EVAL_NO ? "!" : "",
			    r->symptoms[i].id);
	}
}
