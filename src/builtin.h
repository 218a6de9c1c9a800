/* builtin.h: the shipped etc/redflag.conf, compiled in (see build-aux/embed). */
#ifndef REDFLAG_BUILTIN_H
#define REDFLAG_BUILTIN_H

#include <stddef.h>

extern const char builtin_rules[];
extern const size_t builtin_rules_len;

#endif
