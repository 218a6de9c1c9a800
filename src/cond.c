/*
 * cond.c: parse rule conditions into trees and evaluate them.  The
 * parser is recursive descent with a depth limit, so hostile input
 * cannot exhaust the stack.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "diags.h"
#include "i18n.h"

enum cond_tok {
	TOK_END,
	TOK_NAME,
	TOK_NUMBER,
	TOK_AND,
	TOK_OR,
	TOK_NOT,
	TOK_OF,
	TOK_LPAREN,
	TOK_RPAREN,
	TOK_COMMA,
	TOK_BAD
};

struct cond_parser {
	const char	*text;
	size_t		 pos;		/* start of the current token */
	size_t		 len;		/* its length */
	enum cond_tok	 tok;
	struct diags	*d;
	int		 failed;	/* one problem is enough */
};

static struct cond *cond_parse_or(struct cond_parser *, unsigned);

static const char *const cond_keywords[] = { "and", "or", "not", "of" };

/* Is s one of the words a condition reserves? */
int
cond_keyword(const char *s)
{
	size_t	 i;

	for (i = 0; i < sizeof(cond_keywords) / sizeof(cond_keywords[0]); i++) {
		if (strcmp(s, cond_keywords[i]) == 0)
			return (1);
	}
	return (0);
}

static void
cond_fail(struct cond_parser *p, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
cond_fail(struct cond_parser *p, size_t pos, const char *fmt, ...)
{
	va_list	 ap;

	if (p->failed)
		return;
	p->failed = 1;
	va_start(ap, fmt);
	diags_vadd(p->d, DIAG_ERROR, 0, (unsigned)pos + 1, fmt, ap);
	va_end(ap);
}

static void
cond_nomem(struct cond_parser *p)
{
	p->failed = 1;
	p->d->nomem = 1;
}

/* ASCII letters, digits and _, whatever the locale. */
static int
cond_is_word(int c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_');
}

static enum cond_tok
cond_word(const char *s, size_t n)
{
	size_t	 i;
	int	 digits = 1;

	if (n == 3 && strncmp(s, "and", 3) == 0)
		return (TOK_AND);
	if (n == 2 && strncmp(s, "or", 2) == 0)
		return (TOK_OR);
	if (n == 3 && strncmp(s, "not", 3) == 0)
		return (TOK_NOT);
	if (n == 2 && strncmp(s, "of", 2) == 0)
		return (TOK_OF);
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			digits = 0;
	}
	return (digits ? TOK_NUMBER : TOK_NAME);
}

static void
cond_next(struct cond_parser *p)
{
	const char	*s = p->text;
	size_t		 i = p->pos + p->len;

	while (s[i] == ' ')
		i++;
	p->pos = i;
	p->len = 1;
	switch (s[i]) {
	case '\0':
		p->len = 0;
		p->tok = TOK_END;
		return;
	case '(':
		p->tok = TOK_LPAREN;
		return;
	case ')':
		p->tok = TOK_RPAREN;
		return;
	case ',':
		p->tok = TOK_COMMA;
		return;
	}
	if (!cond_is_word((unsigned char)s[i])) {
		p->tok = TOK_BAD;
		return;
	}
	while (cond_is_word((unsigned char)s[i + p->len]))
		p->len++;
	p->tok = cond_word(s + i, p->len);
}

/* Describe the current token for a message. */
static const char *
cond_what(struct cond_parser *p, char *out, size_t size)
{
	if (p->tok == TOK_END)
		return (_("the end of the condition"));
	if (p->tok == TOK_BAD)
		snprintf(out, size, "'%c'", p->text[p->pos]);
	else
		snprintf(out, size, "'%.*s'", p->len > 40 ? 40 : (int)p->len,
		    p->text + p->pos);
	return (out);
}

static void
cond_bad_char(struct cond_parser *p)
{
	const char	*s = p->text + p->pos;
	unsigned char	 c = (unsigned char)*s;

	if (strncmp(s, "&&", 2) == 0 || c == '&')
		/* TRANSLATORS: 'and', 'or' and 'not' are words of the
		   rules language: keep them as they are.  %s is && or &. */
		cond_fail(p, p->pos, _("write 'and' instead of '%s'"),
		    s[1] == '&' ? "&&" : "&");
	else if (strncmp(s, "||", 2) == 0 || c == '|')
		/* TRANSLATORS: %s is || or |. */
		cond_fail(p, p->pos, _("write 'or' instead of '%s'"),
		    s[1] == '|' ? "||" : "|");
	else if (c == '!')
		cond_fail(p, p->pos, "%s", _("write 'not' instead of '!'"));
	else if (c >= 0x21 && c < 0x7f)
		cond_fail(p, p->pos, _("unexpected character '%c'"), c);
	else
		/* TRANSLATORS: the byte in hexadecimal. */
		cond_fail(p, p->pos, _("unexpected character (byte 0x%02X)"),
		    c);
}

/* Report a keyword written in capitals, such as AND. */
static int
cond_check_case(struct cond_parser *p)
{
	const char	*s = p->text + p->pos;
	char		 low[4];
	size_t		 i;

	if (p->tok != TOK_NAME || p->len > 3)
		return (0);
	for (i = 0; i < p->len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' :
		    s[i]);
	low[p->len] = '\0';
	if (!cond_keyword(low))
		return (0);
	/* TRANSLATORS: %s is and, or, not or of, as the rules language
	   writes it. */
	cond_fail(p, p->pos, _("write '%s' in lower case"), low);
	return (-1);
}

/* Report a word that is not a valid name, such as AND or Fever. */
static int
cond_check_name(struct cond_parser *p)
{
	const char	*s = p->text + p->pos;
	size_t		 i;

	if (cond_check_case(p) != 0)
		return (-1);
	for (i = 0; i < p->len; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z') {
			/* TRANSLATORS: %.*s is the word as written. */
			cond_fail(p, p->pos, _("'%.*s': ids use only a-z, "
			    "0-9 and _"), p->len > 40 ? 40 : (int)p->len, s);
			return (-1);
		}
	}
	if (s[0] >= '0' && s[0] <= '9') {
		cond_fail(p, p->pos, _("'%.*s': an id must start with a "
		    "letter"), p->len > 40 ? 40 : (int)p->len, s);
		return (-1);
	}
	return (0);
}

static struct cond *
cond_new(struct cond_parser *p, enum cond_kind kind, size_t pos)
{
	struct cond	*c;

	if ((c = calloc(1, sizeof(*c))) == NULL) {
		cond_nomem(p);
		return (NULL);
	}
	c->kind = kind;
	c->col = (unsigned)pos + 1;
	return (c);
}

static int
cond_add_kid(struct cond_parser *p, struct cond *c, struct cond *kid)
{
	struct cond	**kids;

	if (c->nkids == COND_MAX_KIDS) {
		cond_fail(p, kid->col - 1, ngettext("more than %d operand in "
		    "one list", "more than %d operands in one list",
		    COND_MAX_KIDS), COND_MAX_KIDS);
		cond_free(kid);
		return (-1);
	}
	if ((c->nkids & (c->nkids - 1)) == 0) {
		kids = realloc(c->kids, (c->nkids ? c->nkids * 2 : 2) *
		    sizeof(*kids));
		if (kids == NULL) {
			cond_nomem(p);
			cond_free(kid);
			return (-1);
		}
		c->kids = kids;
	}
	c->kids[c->nkids++] = kid;
	return (0);
}

static int
cond_deeper(struct cond_parser *p, unsigned depth)
{
	if (depth < COND_MAX_DEPTH)
		return (0);
	cond_fail(p, p->pos, ngettext("the condition is nested more than %d "
	    "level deep", "the condition is nested more than %d levels deep",
	    COND_MAX_DEPTH), COND_MAX_DEPTH);
	return (-1);
}

static struct cond *
cond_parse_name(struct cond_parser *p)
{
	struct cond	*c;

	if (cond_check_name(p) != 0 || (c = cond_new(p, COND_NAME, p->pos))
	    == NULL)
		return (NULL);
	if ((c->name = strndup(p->text + p->pos, p->len)) == NULL) {
		cond_nomem(p);
		free(c);
		return (NULL);
	}
	cond_next(p);
	return (c);
}

static int
cond_expect(struct cond_parser *p, enum cond_tok tok, const char *what,
    size_t open)
{
	char	 tmp[64];

	if (p->tok == tok) {
		cond_next(p);
		return (0);
	}
	if (tok == TOK_RPAREN)
		/* TRANSLATORS: a column, and what was found instead: a
		   word or character in quotes, or "the end of the
		   condition". */
		cond_fail(p, p->pos, _("expected ')' to close the '(' at "
		    "column %zu, but found %s"), open + 1, cond_what(p, tmp,
		    sizeof(tmp)));
	else
		/* TRANSLATORS: what was wanted, such as "'of' after the
		   number", and what was found instead. */
		cond_fail(p, p->pos, _("expected %s, but found %s"), _(what),
		    cond_what(p, tmp, sizeof(tmp)));
	return (-1);
}

static int
cond_parse_need(struct cond_parser *p, size_t *need)
{
	const char	*s = p->text + p->pos;
	size_t		 i, n = 0;

	for (i = 0; i < p->len; i++) {
		n = n * 10 + (size_t)(s[i] - '0');
		if (n > COND_MAX_KIDS) {
			cond_fail(p, p->pos, _("the number %.*s is too "
			    "large"), p->len > 20 ? 20 : (int)p->len, s);
			return (-1);
		}
	}
	*need = n;
	return (0);
}

/* By name, then by column. */
static int
cond_name_cmp(const void *a, const void *b)
{
	const struct cond *x = *(const struct cond *const *)a;
	const struct cond *y = *(const struct cond *const *)b;
	int	 c = strcmp(x->name, y->name);

	return (c != 0 ? c : (x->col > y->col) - (x->col < y->col));
}

/*
 * An id named twice in one 'N of' list would be counted twice.  The
 * names are sorted, so that a list of 1000 takes no time; the second
 * of the first pair found, in the text, is reported.
 */
static int
cond_of_twice(struct cond_parser *p, const struct cond *c)
{
	const struct cond **v, *twice = NULL;
	size_t	 i, n = 0;

	if ((v = calloc(c->nkids + 1, sizeof(*v))) == NULL) {
		cond_nomem(p);
		return (-1);
	}
	for (i = 0; i < c->nkids; i++) {
		if (c->kids[i]->kind == COND_NAME)
			v[n++] = c->kids[i];
	}
	qsort(v, n, sizeof(*v), cond_name_cmp);
	for (i = 1; i < n; i++) {
		if (strcmp(v[i]->name, v[i - 1]->name) == 0 &&
		    (twice == NULL || v[i]->col < twice->col))
			twice = v[i];
	}
	free(v);
	if (twice == NULL)
		return (0);
	/* TRANSLATORS: an id, and the N of "N of (...)"; 'of' is a word
	   of the rules language. */
	cond_fail(p, twice->col - 1, _("'%s' is named twice in '%zu of "
	    "(...)'"), twice->name, c->need);
	return (-1);
}

static struct cond *
cond_parse_of(struct cond_parser *p, unsigned depth)
{
	struct cond	*c, *kid;
	size_t		 start = p->pos, open;

	if ((c = cond_new(p, COND_OF, p->pos)) == NULL)
		return (NULL);
	if (cond_parse_need(p, &c->need) != 0)
		goto out_free;
	cond_next(p);
	/* TRANSLATORS: what "expected %s, but found %s" wanted. */
	if (cond_expect(p, TOK_OF, N_("'of' after the number"), 0) != 0)
		goto out_free;
	open = p->pos;
	if (cond_expect(p, TOK_LPAREN, N_("'(' after 'of'"), 0) != 0)
		goto out_free;
	for (;;) {
		if ((kid = cond_parse_or(p, depth + 1)) == NULL)
			goto out_free;
		if (cond_add_kid(p, c, kid) != 0)
			goto out_free;
		if (p->tok != TOK_COMMA)
			break;
		cond_next(p);
	}
	if (cond_expect(p, TOK_RPAREN, NULL, open) != 0)
		goto out_free;
	if (c->need == 0) {
		/* TRANSLATORS: %zu is how many items the list has. */
		cond_fail(p, start, _("'0 of (...)' is always true; use a "
		    "number from 1 to %zu"), c->nkids);
		goto out_free;
	}
	if (cond_of_twice(p, c) != 0)
		goto out_free;
	if (c->need > c->nkids) {
		/* TRANSLATORS: the N of "N of (...)", and how many items
		   the list has. */
		cond_fail(p, start, ngettext("'%zu of (...)' can never be "
		    "true: the list has only %zu item", "'%zu of (...)' can "
		    "never be true: the list has only %zu items", c->nkids),
		    c->need, c->nkids);
		goto out_free;
	}
	return (c);
out_free:
	cond_free(c);
	return (NULL);
}

static struct cond *
cond_parse_factor(struct cond_parser *p, unsigned depth)
{
	struct cond	*c, *kid;
	size_t		 open;
	char		 tmp[64];

	switch (p->tok) {
	case TOK_NAME:
		return (cond_parse_name(p));
	case TOK_NUMBER:
		if (cond_deeper(p, depth) != 0)
			return (NULL);
		return (cond_parse_of(p, depth));
	case TOK_NOT:
		if (cond_deeper(p, depth) != 0 ||
		    (c = cond_new(p, COND_NOT, p->pos)) == NULL)
			return (NULL);
		cond_next(p);
		if ((kid = cond_parse_factor(p, depth + 1)) == NULL ||
		    cond_add_kid(p, c, kid) != 0) {
			cond_free(c);
			return (NULL);
		}
		return (c);
	case TOK_LPAREN:
		if (cond_deeper(p, depth) != 0)
			return (NULL);
		open = p->pos;
		cond_next(p);
		if ((c = cond_parse_or(p, depth + 1)) == NULL)
			return (NULL);
		if (cond_expect(p, TOK_RPAREN, NULL, open) != 0) {
			cond_free(c);
			return (NULL);
		}
		return (c);
	case TOK_BAD:
		cond_bad_char(p);
		return (NULL);
	default:
		cond_fail(p, p->pos, _("expected an id, 'not', a number or "
		    "'(', but found %s"), cond_what(p, tmp, sizeof(tmp)));
		return (NULL);
	}
}

/* Parse operands joined by op (and, or) into one n-ary node. */
static struct cond *
cond_parse_list(struct cond_parser *p, unsigned depth, enum cond_tok op,
    enum cond_kind kind)
{
	struct cond	*first, *c, *kid;

	if (op == TOK_OR)
		first = cond_parse_list(p, depth, TOK_AND, COND_AND);
	else
		first = cond_parse_factor(p, depth);
	if (first == NULL || p->tok != op)
		return (first);
	if ((c = cond_new(p, kind, first->col - 1)) == NULL ||
	    cond_add_kid(p, c, first) != 0) {
		if (c == NULL)
			cond_free(first);
		cond_free(c);
		return (NULL);
	}
	while (p->tok == op) {
		cond_next(p);
		if (op == TOK_OR)
			kid = cond_parse_list(p, depth, TOK_AND, COND_AND);
		else
			kid = cond_parse_factor(p, depth);
		if (kid == NULL || cond_add_kid(p, c, kid) != 0) {
			cond_free(c);
			return (NULL);
		}
	}
	return (c);
}

static struct cond *
cond_parse_or(struct cond_parser *p, unsigned depth)
{
	return (cond_parse_list(p, depth, TOK_OR, COND_OR));
}

/*
 * Parse text into a tree.  Returns NULL when it cannot: d then holds
 * the problem, with no line and its column (from 1), or d->nomem is set.
 */
struct cond *
cond_parse(const char *text, struct diags *d)
{
	struct cond_parser p;
	struct cond	*c;
	char		 tmp[64];

	memset(&p, 0, sizeof(p));
	p.text = text;
	p.d = d;
	cond_next(&p);
	if (p.tok == TOK_END) {
		cond_fail(&p, p.pos, "%s", _("the condition is empty"));
		return (NULL);
	}
	if ((c = cond_parse_or(&p, 0)) == NULL)
		return (NULL);
	if (p.tok != TOK_END) {
		if (p.tok == TOK_RPAREN)
			cond_fail(&p, p.pos, "%s", _("')' without a matching "
			    "'('"));
		else if (p.tok == TOK_BAD)
			cond_bad_char(&p);
		else if (cond_check_case(&p) == 0)
			cond_fail(&p, p.pos, _("expected 'and', 'or' or the "
			    "end of the condition, but found %s"), cond_what(&p,
			    tmp, sizeof(tmp)));
		cond_free(c);
		return (NULL);
	}
	return (c);
}

void
cond_free(struct cond *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nkids; i++)
		cond_free(c->kids[i]);
	free(c->kids);
	free(c->name);
	free(c);
}

/* Evaluate c given the state of every symptom and every rule. */
int
cond_eval(const struct cond *c, const unsigned char *symptoms,
    const unsigned char *rules)
{
	size_t	 i, n = 0;

	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			return (symptoms[c->index] != 0);
		return (c->ref == COND_RULE && rules[c->index] != 0);
	case COND_NOT:
		return (!cond_eval(c->kids[0], symptoms, rules));
	case COND_AND:
		for (i = 0; i < c->nkids; i++) {
			if (!cond_eval(c->kids[i], symptoms, rules))
				return (0);
		}
		return (1);
	case COND_OR:
		for (i = 0; i < c->nkids; i++) {
			if (cond_eval(c->kids[i], symptoms, rules))
				return (1);
		}
		return (0);
	case COND_OF:
		for (i = 0; i < c->nkids && n < c->need; i++)
			n += (size_t)cond_eval(c->kids[i], symptoms, rules);
		return (n >= c->need);
	}
	return (0);
}
