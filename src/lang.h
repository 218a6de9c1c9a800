/*
 * lang.h: which language redflag speaks, and where its catalogues are.
 * The program's sentences (gettext, domain "redflag") and the rules'
 * text (domain "redflag-rules") follow the same choice.
 */
#ifndef REDFLAG_LANG_H
#define REDFLAG_LANG_H

#define LANG_DOMAIN		"redflag"
#define LANG_RULES_DOMAIN	"redflag-rules"

int		 lang_init(const char *, int);
const char	*lang_localedir(void);
const char	*lang_list(void);
int		 lang_valid(const char *);
void		 lang_ascii(int);

#endif
