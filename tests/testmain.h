/* testmain.h: the main of every unit test; see testmain.c. */
#ifndef REDFLAG_TESTMAIN_H
#define REDFLAG_TESTMAIN_H

#include <stddef.h>

struct CMUnitTest;

int	testmain_run(int, char **, const struct CMUnitTest *, size_t);

/* Run the array tests, or the cases of it that the command line names. */
#define TESTMAIN(argc, argv, tests) \
	testmain_run((argc), (argv), (tests), sizeof(tests) / sizeof((tests)[0]))

#endif
