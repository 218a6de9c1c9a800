/* testlib.c: helpers shared by the unit tests. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/* A file of the build tree ($top_builddir). */
char *
test_buildpath(const char *rel)
{
	const char	*top = getenv("top_builddir");
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "%s/%s", top != NULL ? top : ".", rel);
	return (b.s);
}

static void
test_u32(struct buf *b, uint32_t v, int big)
{
	char	 c[4];
	int	 i;

	for (i = 0; i < 4; i++)
		c[big ? 3 - i : i] = (char)((v >> (8 * i)) & 0xff);
	buf_add(b, c, 4);
}

/*
 * Write a MO file as msgfmt lays it out: the header, the table of
 * originals, the table of translations, then the strings, each with a
 * NUL after it.  big picks the byte order.
 */
void
test_mo_image(struct buf *b, const char *const *e, size_t n, int big)
{
	struct buf	 strs, key;
	size_t		 i, k, base = 28 + 16 * n, len;

	buf_init(&strs);
	buf_init(&key);
	test_u32(b, 0x950412deUL, big);
	test_u32(b, 0, big);
	test_u32(b, (uint32_t)n, big);
	test_u32(b, 28, big);
	test_u32(b, (uint32_t)(28 + 8 * n), big);
	test_u32(b, 0, big);
	test_u32(b, 0, big);
	for (k = 0; k < 2; k++) {
		for (i = 0; i < n; i++) {
			buf_reset(&key);
			if (k == 0 && *e[3 * i] != '\0')
				buf_printf(&key, "%s\004", e[3 * i]);
			buf_puts(&key, e[3 * i + 1 + k]);
			len = key.len;
			test_u32(b, (uint32_t)len, big);
			test_u32(b, (uint32_t)(base + strs.len), big);
			buf_add(&strs, buf_str(&key), len + 1);
		}
	}
	buf_add(b, strs.s, strs.len);
	buf_free(&strs);
	buf_free(&key);
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
