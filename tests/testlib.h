/* testlib.h: helpers shared by the unit tests. */
#ifndef REDFLAG_TESTLIB_H
#define REDFLAG_TESTLIB_H

#include <stddef.h>

#include "buf.h"

char	*test_srcpath(const char *);
char	*test_buildpath(const char *);

/* A MO file of n entries, each three strings: msgctxt ("" for none), msgid, msgstr. */
void	 test_mo_image(struct buf *, const char *const *, size_t, int);

/* A small xorshift generator, so that random tests repeat by seed. */
extern unsigned long long test_rng_state;
unsigned test_rng(unsigned);

#endif
