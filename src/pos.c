/*
 * pos.c: positions in the text of a rules file (see pos.h).  The
 * scanners here follow libconfig's syntax only as far as messages
 * need: where they meet a shape they do not foresee they give up, and
 * the caller keeps the line it had.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "pos.h"

/* Index the start of every line of text (len bytes).  -1: no memory. */
int
pos_init(struct pos *p, const char *text, size_t len)
{
	size_t	 i, n = 1;

	memset(p, 0, sizeof(*p));
	for (i = 0; i < len; i++)
		n += text[i] == '\n';
	p->text = text;
	p->len = len;
	p->nlines = n;
	if ((p->bol = malloc(n * sizeof(*p->bol))) == NULL)
		return (-1);
	p->bol[0] = 0;
	for (i = 0, n = 1; i < len; i++) {
		if (text[i] == '\n')
			p->bol[n++] = i + 1;
	}
	return (0);
}

void
pos_free(struct pos *p)
{
	free(p->bol);
	p->bol = NULL;
}

/* Does line n (from 1) of the text mention name? */
static int
pos_line_has(const struct pos *p, unsigned long n, const char *name)
{
	const char	*s, *end;
	size_t		 len = strlen(name);

	if (n == 0 || n > p->nlines)
		return (0);
	s = p->text + p->bol[n - 1];
	end = n < p->nlines ? p->text + p->bol[n] : p->text + p->len;
	for (; (size_t)(end - s) >= len; s++) {
		if (memcmp(s, name, len) == 0)
			return (1);
	}
	return (0);
}

/*
 * The line of the setting name (NULL if it has none), given its line
 * number as libconfig 1.5 keeps it: in 16 bits.  In a longer text, take
 * the first line with the right low bits, at or after the last line
 * found (less a little, as settings are not always read in order), that
 * holds the name; settings are read in about file order.
 */
unsigned long
pos_line(struct pos *p, unsigned long line, const char *name)
{
	unsigned long	 low = line & 0xffffUL, cand, from;

	if (p->nlines <= 0xffffUL)
		return (low);
	from = p->last > 0x8000UL ? p->last - 0x8000UL : 0;
	for (cand = low; cand <= p->nlines; cand += 0x10000UL) {
		if (cand < from)
			continue;
		if (name == NULL || pos_line_has(p, cand, name))
			break;
	}
	if (cand > p->nlines)
		cand = low;	/* cannot tell: keep libconfig's number */
	if (cand > p->last)
		p->last = cand;
	return (cand);
}

/* From the opening quote of a string, to just past its closing one. */
static const char *
pos_skip_string(const char *s, const char *end)
{
	for (s++; s < end && *s != '"'; s++) {
		if (*s == '\\' && s + 1 < end)
			s++;
	}
	return (s < end ? s + 1 : s);
}

/* The end of the word at s: letters, digits, _, - and *. */
static const char *
pos_skip_word(const char *s, const char *end)
{
	while (s < end && (ascii_isalnum((unsigned char)*s) || *s == '_' ||
	    *s == '-' || *s == '*'))
		s++;
	return (s);
}

static int
pos_is_comment(const char *s, const char *end)
{
	return (*s == '#' || (*s == '/' && s + 1 < end && (s[1] == '/' ||
	    s[1] == '*')));
}

/*
 * From s, on one line, find the setting name outside strings; return
 * just past it, or NULL.  A comment on the way ends the search.
 */
static const char *
pos_find_name(const char *s, const char *end, const char *name)
{
	const char	*w;
	size_t		 len = strlen(name);

	while (s < end && *s != '\n') {
		if (pos_is_comment(s, end))
			return (NULL);	/* not worth the trouble */
		if (*s == '"')
			s = pos_skip_string(s, end);
		else if (ascii_isalpha((unsigned char)*s) || *s == '_') {
			w = s;
			s = pos_skip_word(s, end);
			if ((size_t)(s - w) == len && memcmp(w, name, len) == 0)
				return (s);
		} else
			s++;
	}
	return (NULL);
}

/* Skip a comment at s (see pos_is_comment), counting its lines. */
static const char *
pos_skip_comment(const char *s, const char *end, unsigned long *line)
{
	if (*s != '/' || s[1] != '*') {
		while (s < end && *s != '\n')
			s++;
		return (s);
	}
	for (s += 2; s + 1 < end && !(s[0] == '*' && s[1] == '/'); s++)
		*line += *s == '\n';
	return (s + 1 < end ? s + 2 : end);
}

/* Skip blanks, newlines and comments, counting the lines. */
static const char *
pos_skip_space(const char *s, const char *end, unsigned long *line)
{
	while (s < end) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			*line += *s++ == '\n';
		else if (pos_is_comment(s, end))
			s = pos_skip_comment(s, end, line);
		else
			break;
	}
	return (s);
}

/*
 * From the opening quote of a string, to its closing quote (or the
 * end), counting its lines and, in *off, the bytes it stands for: an
 * escape is one byte.
 */
static const char *
pos_string_body(const char *s, const char *end, unsigned long *line,
    size_t *off)
{
	for (s++; s < end && *s != '"'; s++, (*off)++) {
		if (*s == '\\' && s + 1 < end)
			s += s[1] == 'x' && s + 3 < end ? 3 : 1;
		else
			*line += *s == '\n';
	}
	return (s);
}

/* Note one string: its line and its offset.  -1: no memory. */
static int
pos_add_piece(unsigned long **lines, size_t **offs, size_t *n, size_t *cap,
    unsigned long line, size_t off)
{
	unsigned long	*l;
	size_t		*o;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 4;
		if ((l = reallocarray(*lines, *cap, sizeof(*l))) != NULL)
			*lines = l;
		if ((o = reallocarray(*offs, *cap, sizeof(*o))) != NULL)
			*offs = o;
		if (l == NULL || o == NULL)
			return (-1);
	}
	(*lines)[*n] = line;
	(*offs)[(*n)++] = off;
	return (0);
}

/*
 * A setting may be written as several strings, "a or " "b", on several
 * lines.  Find the setting name on line (from 1) and note where each of
 * its strings begins: its line, and its offset in the joined text.
 * With one string, or a shape not foreseen, *n is 0 and the setting's
 * line is the one to use.  Returns 0, or -1 when out of memory.
 */
int
pos_pieces(const struct pos *p, unsigned long line, const char *name,
    unsigned long **lines, size_t **offs, size_t *n)
{
	const char	*s, *end = p->text + p->len;
	size_t		 off = 0, cap = 0;
	int		 rc = 0;

	*lines = NULL;
	*offs = NULL;
	*n = 0;
	if (line == 0 || line > p->nlines || (s = pos_find_name(p->text +
	    p->bol[line - 1], end, name)) == NULL)
		return (0);
	s = pos_skip_space(s, end, &line);
	if (s >= end || (*s != '=' && *s != ':'))
		return (0);
	for (s = pos_skip_space(s + 1, end, &line); s < end && *s == '"';
	    s = pos_skip_space(s + 1, end, &line)) {
		if ((rc = pos_add_piece(lines, offs, n, &cap, line, off)) != 0)
			break;
		if ((s = pos_string_body(s, end, &line, &off)) >= end)
			break;
	}
	if (*n > 1 && rc == 0)
		return (0);
	free(*lines);
	free(*offs);
	*lines = NULL;
	*offs = NULL;
	*n = 0;
	return (rc);
}
