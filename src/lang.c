/*
 * lang.c: the languages to show text in (see lang.h).  --lang LL comes
 * first; else LANGUAGE (when the locale is not C), LC_ALL, LC_MESSAGES
 * and LANG, as gettext reads them.  Each candidate loses its codeset
 * (.UTF-8) and is followed by its language alone: es_ES gives es_ES:es.
 * (A stand-in until the front's own lang.c is merged.)
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lang.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

static struct buf lang_buf;
static int lang_restricted;

/* The first of the variables that is set and not empty, or "". */
static const char *
lang_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return (v);
	}
	return ("");
}

/* Add one candidate, less its codeset, then its language alone. */
static void
lang_add(const char *p, size_t len)
{
	size_t	 n = strcspn(p, ".@");
	size_t	 base = strcspn(p, "_.@");

	if (n > len)
		n = len;
	if (base > n)
		base = n;
	if (n == 0 || (n == 1 && p[0] == 'C') ||
	    (n == 5 && strncmp(p, "POSIX", 5) == 0))
		return;
	if (lang_buf.len > 0)
		buf_putc(&lang_buf, ':');
	buf_add(&lang_buf, p, n);
	if (base < n) {
		buf_putc(&lang_buf, ':');
		buf_add(&lang_buf, p, base);
	}
}

static void
lang_add_list(const char *list)
{
	const char	*p = list, *end;

	for (; *p != '\0'; p = *end == ':' ? end + 1 : end) {
		end = p + strcspn(p, ":");
		lang_add(p, (size_t)(end - p));
	}
}

/* opt is --lang's value, or NULL.  Returns 0, or -1 if it is malformed. */
int
lang_init(const char *opt, int restricted)
{
	const char	*loc = lang_env(), *language = getenv("LANGUAGE");
	size_t		 i;

	lang_restricted = restricted;
	buf_init(&lang_buf);
	buf_puts(&lang_buf, "");
	if (opt != NULL) {
		for (i = 0; opt[i] != '\0'; i++) {
			if (!((opt[i] >= 'a' && opt[i] <= 'z') ||
			    (opt[i] >= 'A' && opt[i] <= 'Z') || opt[i] == '_'))
				return (-1);
		}
		if (i < 2 || i > 16)
			return (-1);
		lang_add(opt, strlen(opt));
		return (0);
	}
	i = strcspn(loc, ".@");
	if (i == 0 || (i == 1 && loc[0] == 'C') ||
	    (i == 5 && strncmp(loc, "POSIX", 5) == 0))
		return (0);	/* C, C.UTF-8, POSIX: LANGUAGE is not read */
	if (language != NULL && *language != '\0')
		lang_add_list(language);
	lang_add(loc, strlen(loc));
	return (0);
}

const char *
lang_localedir(void)
{
	const char	*d = getenv("REDFLAG_LOCALEDIR");

	if (!lang_restricted && d != NULL && *d != '\0')
		return (d);
	return (LOCALEDIR);
}

const char *
lang_list(void)
{
	return (lang_buf.failed ? "" : buf_str(&lang_buf));
}
