/*
 * answers.c: read lists of ticked symptom ids, from a file (one or more
 * per line, # starts a comment) or from a comma-separated argument, and
 * tick them.  Unknown ids are recorded as problems with their line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
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
		diags_add(d, DIAG_ERROR, line, 0, "'%s' is a rule, not a "
		    "symptom", buf_str(&q));
		goto out;
	}
	suggest_init(&s, id, r->nsymptoms, d->n < DIAG_MAX);
	for (i = 0; i < r->nsymptoms; i++)
		suggest_try(&s, r->symptoms[i].id);
	if (suggest_result(&s) != NULL)
		diags_add(d, DIAG_ERROR, line, 0, "unknown symptom id '%s' (did "
		    "you mean '%s'?)", buf_str(&q), suggest_result(&s));
	else
		diags_add(d, DIAG_ERROR, line, 0, "unknown symptom id '%s'",
		    buf_str(&q));
out:
	buf_free(&q);
}

/* Tick the symptom whose id is s[0..len).  Returns 0, or -1 if unknown. */
int
answers_id(const char *s, size_t len, struct eval *ev, struct diags *d,
    unsigned long line)
{
	char	 id[80];
	size_t	 i;

	if (len >= sizeof(id)) {
		diags_add(d, DIAG_ERROR, line, 0, "unknown symptom id (%zu "
		    "bytes long)", len);
		return (-1);
	}
	memcpy(id, s, len);
	id[len] = '\0';
	if (!rules_symptom(ev->r, id, &i)) {
		answers_unknown(ev->r, id, d, line);
		return (-1);
	}
	eval_set(ev, i, 1);
	return (0);
}

/* Tick every id in s[0..len); returns the number of unknown ids. */
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
		if (i > start && answers_id(s + start, i - start, ev, d,
		    line) != 0)
			bad++;
	}
	return (bad);
}

/* Lines of ids; '#' starts a comment.  Returns the number of errors. */
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

/* Comma-separated ids, as given to --check. */
size_t
answers_list(const char *list, struct eval *ev, struct diags *d)
{
	return (answers_span(list, strlen(list), ev, d, 0));
}
