/* testlib.h: helpers shared by the unit tests. */
#ifndef REDFLAG_TESTLIB_H
#define REDFLAG_TESTLIB_H

char	*test_srcpath(const char *);

/* A small xorshift generator, so that random tests repeat by seed. */
extern unsigned long long test_rng_state;
unsigned test_rng(unsigned);

#endif
