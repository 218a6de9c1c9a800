/* lex.h: check the text of a rules file before libconfig parses it. */
#ifndef REDFLAG_LEX_H
#define REDFLAG_LEX_H

#include <stddef.h>

#include "diag.h"

int	 lex_check(struct diags *, const char *, size_t);

#endif
