/*
 * lang.c: the language redflag speaks.  It makes the same choice as
 * gettext: the LANGUAGE list, unless the messages locale is C or POSIX,
 * else the messages locale itself; --lang LIST replaces both.  A name
 * becomes part of a path under the locale directory, so only names
 * such as es, es_ES or sr_RS@latin are taken: no '/', no '.'.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "i18n.h"
#include "lang.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

#define LANG_NAME_MAX	32	/* longer than any real locale name */

static char	 localedir[4096] = LOCALEDIR;
static char	 list[512];	/* "es_ES:es", best first; "" is English */

/* Is s, len bytes long, a language name that is safe in a path? */
static int
lang_name_ok(const char *s, size_t len)
{
	size_t	 i;

	if (len == 0 || len > LANG_NAME_MAX || !ascii_isalpha((unsigned char)*s))
		return (0);
	for (i = 0; i < len; i++)
		if (!ascii_isalnum((unsigned char)s[i]) && s[i] != '_' &&
		    s[i] != '@')
			return (0);
	return (1);
}

/* Is s a colon-separated list of language names?  Empty is not. */
int
lang_valid(const char *s)
{
	size_t	 n;

	if (*s == '\0')
		return (0);
	for (;; s += n + 1) {
		n = strcspn(s, ":");
		if (!lang_name_ok(s, n))
			return (0);
		if (s[n] == '\0')
			return (1);
	}
}

/* Add s (len bytes) to the list unless it is there or does not fit. */
static void
lang_add_one(const char *s, size_t len)
{
	size_t	 have = strlen(list), i, n;

	for (i = 0; i < have; i += n + 1) {
		n = strcspn(list + i, ":");
		if (n == len && memcmp(list + i, s, len) == 0)
			return;
	}
	if (have + len + 2 > sizeof(list))
		return;
	if (have > 0)
		list[have++] = ':';
	memcpy(list + have, s, len);
	list[have + len] = '\0';
}

/*
 * Add a locale name such as es_ES.UTF-8@euro: es_ES@euro, es_ES and es,
 * the codeset dropped.  A name that is not safe, and C.UTF-8, which
 * names no language, are left out.
 */
static void
lang_add(const char *s, size_t len)
{
	char	 name[LANG_NAME_MAX + 1] = "";
	size_t	 lang, terr, n = 0, i;

	for (i = 0; i < len && n < sizeof(name) - 1; i++) {
		if (s[i] == '.')	/* the codeset, up to '@' */
			while (i + 1 < len && s[i + 1] != '@')
				i++;
		else
			name[n++] = s[i];
	}
	if (i < len || !lang_name_ok(name, n))
		return;
	terr = strcspn(name, "@");
	lang = strcspn(name, "_@");
	if ((lang == 1 && name[0] == 'C') ||	/* C.UTF-8: no language */
	    (lang == 5 && memcmp(name, "POSIX", 5) == 0))
		return;
	lang_add_one(name, n);
	if (terr < n)
		lang_add_one(name, terr);
	if (lang < terr)
		lang_add_one(name, lang);
}

/* Add each name of a colon-separated list. */
static void
lang_add_list(const char *s)
{
	size_t	 n;

	for (;; s += n + 1) {
		n = strcspn(s, ":");
		if (n > 0)
			lang_add(s, n);
		if (s[n] == '\0')
			return;
	}
}

static int
lang_is_c(const char *loc)
{
	return (loc == NULL || strcmp(loc, "C") == 0 ||
	    strcmp(loc, "POSIX") == 0);
}

/*
 * Choose the language from opt (--lang, or NULL) or the locale, and
 * where the catalogues are: $REDFLAG_LOCALEDIR, except in restricted
 * mode, where only the installed ones are used.  Call it after
 * setlocale(); it may be called again.  Returns 0, or -1 when opt is
 * not a list of language names.
 */
int
lang_init(const char *opt, int restricted)
{
	const char	*env = restricted ? NULL : getenv("REDFLAG_LOCALEDIR");
	const char	*msg = setlocale(LC_MESSAGES, NULL);
	const char	*language = getenv("LANGUAGE");

	if (opt != NULL && !lang_valid(opt))
		return (-1);
	if (env != NULL && *env != '\0' && strlen(env) < sizeof(localedir))
		strcpy(localedir, env);
	else
		strcpy(localedir, LOCALEDIR);
	list[0] = '\0';
	if (opt != NULL) {
		lang_add_list(opt);
		if (lang_is_c(msg))	/* where gettext ignores LANGUAGE */
			setlocale(LC_MESSAGES, "C.UTF-8");
	} else if (!lang_is_c(msg)) {
		if (language != NULL)
			lang_add_list(language);
		if (list[0] == '\0')
			lang_add(msg, strlen(msg));
	}
	/* gettext reads LANGUAGE itself: let it see only safe names. */
	if (list[0] != '\0')
		setenv("LANGUAGE", list, 1);
	else
		unsetenv("LANGUAGE");
	bindtextdomain(LANG_DOMAIN, localedir);
	bind_textdomain_codeset(LANG_DOMAIN, "UTF-8");
	textdomain(LANG_DOMAIN);
	return (0);
}

/*
 * Where only ASCII can be shown (--ascii, or a locale that is not
 * UTF-8), have gettext spell the translated sentences in ASCII, with
 * an n for an n with a tilde, rather than leave a '?' for each letter
 * that cannot be shown.
 */
void
lang_ascii(int ascii)
{
	bind_textdomain_codeset(LANG_DOMAIN, ascii ? "ASCII//TRANSLIT" :
	    "UTF-8");
}

const char *
lang_localedir(void)
{
	return (localedir);
}

const char *
lang_list(void)
{
	return (list);
}
