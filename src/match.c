/*
 * match.c: search a symptom's text; see match.h.  Case is ignored for
 * ASCII letters only, so that any UTF-8 is compared byte for byte.
 */
#include "config.h"

#include <stddef.h>

#include "match.h"

static int
match_lower(int c)
{
	return (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

/* Does text (may be NULL) contain s, ignoring the case of ASCII? */
static int
match_in(const char *text, const char *s)
{
	const char	*p, *q;

	if (text == NULL)
		return (0);
	for (; *text != '\0'; text++) {
		for (p = text, q = s; *p != '\0' && *q != '\0' &&
		    match_lower(*p) == match_lower(*q); p++, q++)
			;
		if (*q == '\0')
			return (1);
	}
	return (0);
}

enum match
match_symptom(const struct symptom *sym, const char *s)
{
	size_t	 i;

	if (*s == '\0')
		return (MATCH_NONE);
	if (match_in(sym->label, s) || match_in(sym->id, s))
		return (MATCH_NAME);
	for (i = 0; i < sym->nkeywords; i++) {
		if (match_in(sym->keywords[i], s))
			return (MATCH_KEYWORD);
	}
	return (match_in(sym->help, s) ? MATCH_HELP : MATCH_NONE);
}
