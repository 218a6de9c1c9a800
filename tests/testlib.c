/* testlib.c: helpers shared by the unit tests. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "testlib.h"

/*
 * A file of the source tree: $top_srcdir, as make check sets it, or the
 * tree the test was built from, so that it also runs alone.
 */
char *
test_srcpath(const char *rel)
{
	const char	*top = getenv("top_srcdir");
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "%s/%s", top != NULL ? top : TEST_SRCDIR, rel);
	return (b.s);
}

unsigned long long test_rng_state = 88172645463325252ULL;

/* A number below n. */
unsigned
test_rng(unsigned n)
{
	test_rng_state ^= test_rng_state << 13;
	test_rng_state ^= test_rng_state >> 7;
	test_rng_state ^= test_rng_state << 17;
	return ((unsigned)(test_rng_state % n));
}
