/* ascii.h: ASCII classes and case, the same in every locale. */
#ifndef REDFLAG_ASCII_H
#define REDFLAG_ASCII_H

#include <stddef.h>

int	 ascii_isalpha(int);
int	 ascii_isdigit(int);
int	 ascii_isalnum(int);
int	 ascii_tolower(int);
int	 ascii_casecmp(const char *, const char *);
int	 ascii_ncasecmp(const char *, const char *, size_t);

#endif
