/*
 * lex.h: check the bytes and the tokens of a rules file before
 * libconfig parses it.
 */
#ifndef REDFLAG_LEX_H
#define REDFLAG_LEX_H

#include <stddef.h>

#include "diags.h"

size_t	 lex_bom(const char *, size_t);
int	 lex_bytes(struct diags *, const char *, size_t, int *);
int	 lex_check(struct diags *, const char *, size_t);

#endif
