/*
 * test_mo.c: the MO reader.  Both byte orders, lookups by context and
 * text, and files that are corrupt or cut short at every byte: each is
 * a warning and no catalogue, never a crash or a read out of bounds.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"

#include "mo.h"
#include "testlib.h"
#include "testmain.h"

static const char *const entries[] = {
	"", "", "Content-Type: text/plain; charset=UTF-8\n",	/* header */
	"symptom fever label", "I have a fever", "Tengo fiebre",
	"level emergency tag", "EMERGENCY", "EMERGENCIA",
	"", "no context", "sin contexto",
	"rule r advice", "Old English", "Texto viejo",
};
#define NENTRIES	(sizeof(entries) / sizeof(entries[0]) / 3)

static struct mo *
parse(const struct buf *b, struct diags *d)
{
	struct mo	*m = NULL;

	diags_init(d);
	diags_set_file(d, "test.mo");
	(void)mo_parse(b->s, b->len, &m, d);
	return (m);
}

static void
check_lookups(int big)
{
	const struct mo_entry *e;
	struct diags	 d;
	struct buf	 b;
	struct mo	*m;

	buf_init(&b);
	test_mo_image(&b, entries, NENTRIES, big);
	m = parse(&b, &d);
	assert_non_null(m);
	assert_int_equal(d.n, 0);
	assert_int_equal(m->n, NENTRIES - 1);	/* not the header */
	e = mo_find(m, "symptom fever label", "I have a fever");
	assert_non_null(e);
	assert_string_equal(e->str, "Tengo fiebre");
	e = mo_find(m, "level emergency tag", "EMERGENCY");
	assert_non_null(e);
	assert_string_equal(e->str, "EMERGENCIA");
	assert_string_equal(mo_find(m, "", "no context")->str, "sin contexto");
	assert_null(mo_find(m, "symptom fever label", "I have a temperature"));
	assert_null(mo_find(m, "symptom fever help", "I have a fever"));
	assert_null(mo_find(m, "", "I have a fever"));
	assert_true(mo_has_ctxt(m, "rule r advice"));
	assert_false(mo_has_ctxt(m, "rule r message"));
	mo_free(m);
	diags_free(&d);
	buf_free(&b);
}

static void
test_little_endian(void **state)
{
	(void)state;
	check_lookups(0);
}

static void
test_big_endian(void **state)
{
	(void)state;
	check_lookups(1);
}

/* A copy of a good image with 32 bits at off replaced. */
static void
patched(struct buf *out, size_t off, unsigned long v)
{
	buf_init(out);
	test_mo_image(out, entries, NENTRIES, 0);
	out->s[off] = (char)(v & 0xff);
	out->s[off + 1] = (char)((v >> 8) & 0xff);
	out->s[off + 2] = (char)((v >> 16) & 0xff);
	out->s[off + 3] = (char)((v >> 24) & 0xff);
}

/* The image must be refused with one warning that says why. */
static void
assert_refused(const struct buf *b, const char *why)
{
	struct diags	 d;
	struct mo	*m = parse(b, &d);

	assert_null(m);
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(d.nwarnings, 1);
	assert_non_null(strstr(d.v[0].msg, why));
	diags_free(&d);
}

static void
test_bad_magic(void **state)
{
	struct buf	 b;

	(void)state;
	patched(&b, 0, 0x12345678UL);
	assert_refused(&b, "not a MO file");
	buf_free(&b);
}

static void
test_bad_revision(void **state)
{
	struct buf	 b;

	(void)state;
	patched(&b, 4, 0x20000UL);
	assert_refused(&b, "unknown revision");
	buf_free(&b);
}

static void
test_huge_count(void **state)
{
	struct buf	 b;

	(void)state;
	patched(&b, 8, 0xffffffffUL);
	assert_refused(&b, "string count or tables");
	buf_free(&b);
	patched(&b, 8, 0x20000000UL);	/* 8 times it overflows 32 bits */
	assert_refused(&b, "string count or tables");
	buf_free(&b);
}

static void
test_table_past_end(void **state)
{
	struct buf	 b;

	(void)state;
	patched(&b, 16, 0xfffffff0UL);
	assert_refused(&b, "string count or tables");
	buf_free(&b);
}

static void
test_string_past_end(void **state)
{
	struct buf	 b;

	(void)state;
	patched(&b, 28 + 8 + 4, 0xfffffff0UL);	/* offset of original 1 */
	assert_refused(&b, "runs past the end");
	buf_free(&b);
	patched(&b, 28 + 8, 0xffffffffUL);	/* length of original 1 */
	assert_refused(&b, "runs past the end");
	buf_free(&b);
}

static void
test_string_without_nul(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b);
	test_mo_image(&b, entries, NENTRIES, 0);
	b.s[b.len - 1] = 'x';	/* the NUL after the last translation */
	assert_refused(&b, "NUL");
	buf_free(&b);
}

/* Cut short anywhere: refused, never read past the end. */
static void
test_truncated(void **state)
{
	struct diags	 d;
	struct buf	 b;
	struct mo	*m;
	size_t		 len;
	char		*copy;

	(void)state;
	buf_init(&b);
	test_mo_image(&b, entries, NENTRIES, 1);
	for (len = 0; len < b.len; len++) {
		copy = malloc(len ? len : 1);	/* exact size, for ASan */
		assert_non_null(copy);
		memcpy(copy, b.s, len);
		diags_init(&d);
		assert_int_equal(mo_parse(copy, len, &m, &d), -1);
		assert_null(m);
		assert_int_equal(d.nwarnings, 1);
		diags_free(&d);
		free(copy);
	}
	buf_free(&b);
}

static void
test_missing_file(void **state)
{
	struct diags	 d;
	struct mo	*m;

	(void)state;
	diags_init(&d);
	assert_int_equal(mo_read("/nonexistent/redflag-rules.mo", &m, &d), -1);
	assert_null(m);
	assert_int_equal(d.nwarnings, 1);
	assert_string_equal(d.file, "/nonexistent/redflag-rules.mo");
	assert_non_null(strstr(d.v[0].msg, "No such file"));
	diags_free(&d);
}

/* What msgfmt built from po/rules/es.po reads, and has the tags. */
static void
test_msgfmt_output(void **state)
{
	const struct mo_entry *e;
	struct diags	 d;
	struct mo	*m;
	char		*path;

	(void)state;
	path = test_buildpath("locale/es/LC_MESSAGES/redflag-rules.mo");
	diags_init(&d);
	assert_int_equal(mo_read(path, &m, &d), 0);
	assert_true(m->n > 100);
	e = mo_find(m, "level emergency tag", "EMERGENCY");
	assert_non_null(e);
	assert_string_equal(e->str, "EMERGENCIA");
	mo_free(m);
	diags_free(&d);
	free(path);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_little_endian),
		cmocka_unit_test(test_big_endian),
		cmocka_unit_test(test_bad_magic),
		cmocka_unit_test(test_bad_revision),
		cmocka_unit_test(test_huge_count),
		cmocka_unit_test(test_table_past_end),
		cmocka_unit_test(test_string_past_end),
		cmocka_unit_test(test_string_without_nul),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_msgfmt_output),
	};

	return (TESTMAIN(argc, argv, tests));
}
