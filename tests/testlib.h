/* testlib.h: helpers shared by the unit tests. */
#ifndef REDFLAG_TESTLIB_H
#define REDFLAG_TESTLIB_H

char	*test_srcpath(const char *);

#endif
