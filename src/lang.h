/*
 * lang.h: the languages to show text in, best first, from --lang or the
 * locale, and where the catalogues are.  (A stand-in with the agreed
 * interface until the front's own lang.c is merged.)
 */
#ifndef REDFLAG_LANG_H
#define REDFLAG_LANG_H

int		 lang_init(const char *, int);
const char	*lang_localedir(void);
const char	*lang_list(void);

#endif
