/*
 * i18n.h: marking the program's sentences for translation.  _() is a
 * sentence translated where it is used, N_() one stored untranslated
 * and translated where it is shown, ngettext() one with a number, and
 * C_(context, s) a word whose meaning only its context gives.
 * Without NLS (./configure --disable-nls) they give the English.
 */
#ifndef REDFLAG_I18N_H
#define REDFLAG_I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s)		gettext(s)
#else
#define _(s)		((const char *)(s))
#define gettext(s)	((const char *)(s))
#define ngettext(s, p, n) ((n) == 1 ? (const char *)(s) : (const char *)(p))
#define textdomain(d)	((void)(d))
#define bindtextdomain(d, dir) ((void)(d), (void)(dir))
#define bind_textdomain_codeset(d, c) ((void)(d), (void)(c))
#endif
#define N_(s)		s
#define C_(ctx, s)	i18n_pgettext(ctx "\004" s, s)

/* The translation of s in its context (ctx_s is "context\004s"). */
static inline const char *
i18n_pgettext(const char *ctx_s, const char *s)
{
	const char	*t = gettext(ctx_s);

	return (t == ctx_s ? s : t);
}

#endif
