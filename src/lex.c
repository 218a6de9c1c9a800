/*
 * lex.c: look at the text of a rules file before libconfig parses it,
 * for what libconfig 1.5 would accept but get wrong, or spend too much
 * on.  lex_bytes checks the bytes, line by line:
 *
 *  - a NUL byte, which libconfig takes for the end of the text;
 *  - invalid UTF-8, reported once for each line it is on;
 *  - @include, which would read another file.
 *
 * lex_check then makes one pass over the tokens that matter (strings,
 * comments, names, numbers and brackets) and checks:
 *
 *  - nesting, the size of each group and the count of items, so that a
 *    hostile file is refused before libconfig spends memory on it;
 *  - a comment opened with slash-star and never closed, after which
 *    libconfig silently drops the rest of the file;
 *  - numbers too large for their type, which libconfig truncates
 *    (4294967297 reads as 1);
 *  - a \x00 escape in a string, which libconfig silently drops.
 *
 * Each problem is reported with its line.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "conf.h"
#include "i18n.h"
#include "lex.h"
#include "utf8.h"

struct lex {
	struct diags	*d;
	const char	*s;
	size_t		 len;
	size_t		 i;		/* the byte being looked at */
	unsigned long	 line;
	size_t		 depth;
	unsigned long	 counts[CONF_MAX_NESTING + 1];	/* per group */
	unsigned long	 items;
};

static int
lex_is_name_start(char c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    c == '*');
}

static int
lex_is_name(char c)
{
	return (lex_is_name_start(c) || (c >= '0' && c <= '9') ||
	    c == '-' || c == '_');
}

static int
lex_is_digit(char c)
{
	return (c >= '0' && c <= '9');
}

static int
lex_hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return (c - '0');
	if (c >= 'a' && c <= 'f')
		return (c - 'a' + 10);
	if (c >= 'A' && c <= 'F')
		return (c - 'A' + 10);
	return (-1);
}

/* A string, from its opening quote: its escapes must not make a NUL. */
static void
lex_string(struct lex *x)
{
	const char	*s = x->s;

	for (x->i++; x->i < x->len && s[x->i] != '"'; x->i++) {
		if (s[x->i] == '\n')
			x->line++;
		if (s[x->i] != '\\' || x->i + 1 >= x->len)
			continue;
		x->i++;
		if ((s[x->i] == 'x' || s[x->i] == 'X') && x->i + 2 < x->len &&
		    s[x->i + 1] == '0' && s[x->i + 2] == '0')
			diags_add(x->d, DIAG_ERROR, x->line, 0, "%s",
			    _("a string holds \\x00, the control character "
			    "U+0000; rules files may not hold control "
			    "characters"));
		else if (s[x->i] == '\n')
			x->line++;
	}
}

/* A comment from its slash-star: it must be closed.  -1 if not. */
static int
lex_comment(struct lex *x)
{
	unsigned long	 start = x->line;

	for (x->i += 2; x->i + 1 < x->len; x->i++) {
		if (x->s[x->i] == '*' && x->s[x->i + 1] == '/') {
			x->i++;
			return (0);
		}
		if (x->s[x->i] == '\n')
			x->line++;
	}
	diags_add(x->d, DIAG_ERROR, start, 0, "%s", _("a comment opened with "
	    "/* is never closed; libconfig would drop the rest of the file"));
	return (-1);
}

/*
 * Is the whole number of n digits at p, in base 10 or 16, with the sign
 * neg, beyond max (as for a positive number; a negative one may be one
 * more)?
 */
static int
lex_too_large(const char *p, size_t n, int base, int neg,
    unsigned long long max)
{
	unsigned long long v = 0, lim = max + (neg ? 1 : 0);
	size_t		 k;
	int		 dv;

	for (k = 0; k < n; k++) {
		dv = base == 16 ? lex_hex_value(p[k]) : p[k] - '0';
		if (v > (lim - (unsigned long long)dv) / (unsigned long long)base)
			return (1);
		v = v * (unsigned long long)base + (unsigned long long)dv;
	}
	return (0);
}

static void
lex_number_error(struct lex *x, const char *p, size_t n, int wide)
{
	int	 bits = wide ? 64 : 32;

	/* TRANSLATORS: the number as written (its first 24 characters),
	   "..." when it is longer or nothing, and 32 or 64. */
	diags_add(x->d, DIAG_ERROR, x->line, 0, ngettext("the number %.*s%s "
	    "does not fit in %d bit; libconfig would change it", "the number "
	    "%.*s%s does not fit in %d bits; libconfig would change it",
	    (unsigned long)bits), (int)(n > 24 ? 24 : n), p, n > 24 ? "..." :
	    "", bits);
}

/* Is x->i at 0x or 0X, the start of a number in base 16? */
static int
lex_hex_prefix(const struct lex *x)
{
	const char	*s = x->s;

	return (s[x->i] == '0' && x->i + 1 < x->len && (s[x->i + 1] == 'x' ||
	    s[x->i + 1] == 'X'));
}

/* Skip the digits of base at x->i; returns how many there were. */
static size_t
lex_digits(struct lex *x, int base)
{
	size_t	 n = 0;

	while (x->i < x->len && (base == 16 ? lex_hex_value(x->s[x->i]) >= 0 :
	    lex_is_digit(x->s[x->i]))) {
		x->i++;
		n++;
	}
	return (n);
}

/* Does a floating-point number go on at x->i?  If so, skip it. */
static int
lex_float(struct lex *x, int base)
{
	const char	*s = x->s;

	if (base != 10 || x->i >= x->len || (s[x->i] != '.' &&
	    s[x->i] != 'e' && s[x->i] != 'E'))
		return (0);
	while (x->i < x->len && (lex_is_digit(s[x->i]) ||
	    strchr(".eE+-", s[x->i]) != NULL))
		x->i++;
	return (1);
}

/*
 * A number, from its sign or first digit.  libconfig 1.5 stores a whole
 * number as a 32-bit int, or a 64-bit one with L, and cuts off what
 * does not fit; here that is an error.  Floating point is skipped.
 */
static void
lex_number(struct lex *x)
{
	const char	*s = x->s, *digits, *start = s + x->i;
	size_t		 n;
	int		 neg = 0, base = 10, wide;

	if (s[x->i] == '-' || s[x->i] == '+')
		neg = s[x->i++] == '-';
	if (lex_hex_prefix(x)) {
		base = 16;
		x->i += 2;
	}
	digits = s + x->i;
	n = lex_digits(x, base);
	if (!lex_float(x, base)) {
		wide = x->i < x->len && s[x->i] == 'L';
		while (x->i < x->len && s[x->i] == 'L')
			x->i++;
		if (lex_too_large(digits, n, base, neg, wide ?
		    0x7fffffffffffffffULL : 0x7fffffffULL))
			lex_number_error(x, start, (size_t)(s + x->i - start),
			    wide);
	}
	x->i--;
}

/* A line comment, from its first character, to the end of the line. */
static void
lex_line_comment(struct lex *x)
{
	while (x->i + 1 < x->len && x->s[x->i + 1] != '\n')
		x->i++;
}

/* Count a setting, list item or bracket.  -1 past the limits. */
static int
lex_count(struct lex *x, char c)
{
	if (++x->items > CONF_MAX_ITEMS) {
		/* libconfig needs some 150 bytes for each: refuse first */
		diags_add(x->d, DIAG_ERROR, x->line, 0, ngettext("more than "
		    "%d setting and list item in the file", "more than %d "
		    "settings and list items in the file", CONF_MAX_ITEMS),
		    CONF_MAX_ITEMS);
		return (-1);
	}
	if (c == '(' || c == '[' || c == '{') {
		if (x->depth == CONF_MAX_NESTING) {
			diags_add(x->d, DIAG_ERROR, x->line, 0, ngettext(
			    "nested more than %d level deep", "nested more "
			    "than %d levels deep", CONF_MAX_NESTING),
			    CONF_MAX_NESTING);
			return (-1);
		}
		x->counts[++x->depth] = 0;
	} else if ((c == '=' || c == ':') &&
	    ++x->counts[x->depth] > CONF_MAX_GROUP) {
		/* libconfig checks each new setting against all the others */
		diags_add(x->d, DIAG_ERROR, x->line, 0, ngettext("more than "
		    "%d setting in one group", "more than %d settings in one "
		    "group", CONF_MAX_GROUP), CONF_MAX_GROUP);
		return (-1);
	}
	return (0);
}

/* A name, from its first character to its last. */
static void
lex_name(struct lex *x)
{
	while (x->i + 1 < x->len && lex_is_name(x->s[x->i + 1]))
		x->i++;
}

/* Punctuation: what opens or adds to a group is counted. */
static int
lex_punct(struct lex *x, char c)
{
	if (c != '\0' && strchr(",=:([{", c) != NULL)
		return (lex_count(x, c));
	if ((c == ')' || c == ']' || c == '}') && x->depth > 0)
		x->depth--;
	return (0);
}

/* Look at one token from x->i, leaving x->i on its last byte. */
static int
lex_token(struct lex *x)
{
	char	 c = x->s[x->i], next = x->i + 1 < x->len ? x->s[x->i + 1] : 0;

	if (c == '\n')
		x->line++;
	else if (c == '"')
		lex_string(x);
	else if (c == '#' || (c == '/' && next == '/'))
		lex_line_comment(x);
	else if (c == '/' && next == '*')
		return (lex_comment(x));
	else if (lex_is_name_start(c))
		lex_name(x);
	else if (lex_is_digit(c) || ((c == '-' || c == '+') &&
	    lex_is_digit(next)))
		lex_number(x);
	else
		return (lex_punct(x, c));
	return (0);
}

/*
 * Check the text (len bytes) as described at the top, adding problems
 * to d.  Returns -1 if libconfig must not be given the text.
 */
int
lex_check(struct diags *d, const char *text, size_t len)
{
	struct lex	 x;
	size_t		 errors = d->nerrors;

	memset(&x, 0, sizeof(x));
	x.d = d;
	x.s = text;
	x.len = len;
	x.line = 1;
	for (x.i = 0; x.i < len; x.i++) {
		if (lex_token(&x) != 0)
			return (-1);
	}
	/* cppcheck-suppress knownConditionTrueFalse ; lex_string and
	 * lex_number add errors through x.d, and the scan goes on */
	return (d->nerrors > errors ? -1 : 0);
}

/* The bytes of a byte order mark (from an editor) that text starts with. */
size_t
lex_bom(const char *text, size_t len)
{
	return (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0);
}

/* Check the n bytes of one line.  Returns 1 if parsing must stop. */
static int
lex_line_bytes(struct diags *d, const char *s, size_t n, unsigned long line,
    int *bad_utf8)
{
	const char	*p, *end = s + n;
	size_t		 off;
	int		 stop = 0;

	if (memchr(s, '\0', n) != NULL) {
		diags_add(d, DIAG_ERROR, line, 0, "%s", _("NUL byte; a rules "
		    "file must be text"));
		stop = 1;
	} else if (!utf8_valid(s, n, &off)) {
		/* TRANSLATORS: the byte in hexadecimal, and its column. */
		diags_add(d, DIAG_ERROR, line, 0, _("invalid UTF-8 (byte "
		    "0x%02X at column %zu)"), (unsigned char)s[off], off + 1);
		*bad_utf8 = 1;
	}
	for (p = s; p < end && (*p == ' ' || *p == '\t'); p++)
		;
	if ((size_t)(end - p) >= 8 && strncmp(p, "@include", 8) == 0) {
		diags_add(d, DIAG_ERROR, line, 0, "%s", _("@include is not "
		    "supported; keep all the rules in one file"));
		stop = 1;
	}
	return (stop);
}

/*
 * Check the bytes of text (len bytes) as described at the top, adding
 * problems to d; *bad_utf8 says whether invalid UTF-8 was reported.
 * Returns -1 if libconfig must not be given the text: invalid UTF-8
 * alone does not stop it.
 */
int
lex_bytes(struct diags *d, const char *text, size_t len, int *bad_utf8)
{
	const char	*eol;
	unsigned long	 line = 1;
	size_t		 bol, i;
	int		 stop = 0;

	*bad_utf8 = 0;
	for (bol = 0; bol < len; bol = i + 1, line++) {
		eol = memchr(text + bol, '\n', len - bol);
		i = eol != NULL ? (size_t)(eol - text) : len;
		stop |= lex_line_bytes(d, text + bol, i - bol, line, bad_utf8);
	}
	return (stop ? -1 : 0);
}
