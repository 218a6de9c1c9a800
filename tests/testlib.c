/* testlib.c: helpers shared by the unit tests. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "testlib.h"

/* A file of the source tree ($top_srcdir, as make check sets it). */
char *
test_srcpath(const char *rel)
{
	const char	*top = getenv("top_srcdir");
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "%s/%s", top != NULL ? top : ".", rel);
	return (b.s);
}
