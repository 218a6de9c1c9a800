/*
 * test_lex.c: the checks made on the text of a rules file before
 * libconfig parses it: numbers at the edges of 32 and 64 bits, digits
 * that are not numbers, \x00 escapes and comments that are not closed;
 * and the bytes: NUL, invalid UTF-8, @include and a byte order mark.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "lex.h"

/* The one problem lex_check finds in text, or "" for none. */
static const char *
problem(const char *text, char *buf, size_t size)
{
	struct diags	 d;
	int		 rc;

	diags_init(&d);
	rc = lex_check(&d, text, strlen(text));
	assert_int_equal(rc, d.n > 0 ? -1 : 0);
	assert_true(d.n <= 1);
	if (d.n == 0)
		snprintf(buf, size, "%s", "");
	else
		snprintf(buf, size, "%lu: %s", d.v[0].line, d.v[0].msg);
	diags_free(&d);
	return (buf);
}

static void
fits(const char *text)
{
	char	 buf[256];

	assert_string_equal(problem(text, buf, sizeof(buf)), "");
}

static void
too_large(const char *text, const char *number, int bits)
{
	char	 buf[256], want[256];

	snprintf(want, sizeof(want), "2: the number %s does not fit in %d "
	    "bits; libconfig would change it", number, bits);
	assert_string_equal(problem(text, buf, sizeof(buf)), want);
}

static void
test_lex_numbers(void **state)
{
	(void)state;
	fits("a = 1;\nb = 2147483647;");
	too_large("a = 1;\nb = 2147483648;", "2147483648", 32);
	fits("a = 1;\nb = -2147483648;");
	too_large("a = 1;\nb = -2147483649;", "-2147483649", 32);
	too_large("a = 1;\nformat = 4294967297;", "4294967297", 32);
	fits("a = 1;\nb = 0x7FFFFFFF;");
	too_large("a = 1;\nb = 0x100000001;", "0x100000001", 32);
	fits("a = 1;\nb = 9223372036854775807L;");
	fits("a = 1;\nb = -9223372036854775808L;");
	too_large("a = 1;\nb = 9223372036854775808L;",
	    "9223372036854775808L", 64);
	too_large("a = 1;\nb = 99999999999999999999999999999999;",
	    "999999999999999999999999...", 32);
	fits("a = 1;\nb = 1e999;\nc = 12345678901234.5;");
}

/* Digits in names, strings and comments are not numbers. */
static void
test_lex_not_numbers(void **state)
{
	(void)state;
	fits("c4294967297 = \"4294967297\"; # 4294967297\n"
	    "// 4294967297\n/* 4294967297 */ x-99999999999 = 1;");
}

static void
test_lex_nul_escape(void **state)
{
	char	 buf[256];

	(void)state;
	assert_string_equal(problem("a = 1;\nb = \"x\\x00y\";", buf,
	    sizeof(buf)), "2: a string holds \\x00, the control character "
	    "U+0000; rules files may not hold control characters");
	assert_string_equal(problem("a = 1;\nb = \"x\\X00\";", buf,
	    sizeof(buf)), "2: a string holds \\x00, the control character "
	    "U+0000; rules files may not hold control characters");
	fits("a = \"\\\\x00 \\x01 \\x0\"; # \\x00\n");
}

static void
test_lex_comment(void **state)
{
	char	 buf[256];

	(void)state;
	fits("a = 1; /* one\ntwo */ b = 2;");
	assert_string_equal(problem("a = 1;\n/* one\ntwo\nb = 2;", buf,
	    sizeof(buf)), "2: a comment opened with /* is never closed; "
	    "libconfig would drop the rest of the file");
	/* a slash-star inside a string opens nothing */
	fits("a = \"/*\";\nb = 2;");
}

/* lex_bytes on len bytes of text: its problems, one a line, in out. */
static int
bytes(const char *text, size_t len, int *bad_utf8, char *out, size_t size)
{
	struct diags	 d;
	size_t		 i, at = 0;
	int		 rc;

	diags_init(&d);
	rc = lex_bytes(&d, text, len, bad_utf8);
	out[0] = '\0';
	for (i = 0; i < d.n && at < size; i++)
		at += (size_t)snprintf(out + at, size - at, "%lu: %s\n",
		    d.v[i].line, d.v[i].msg);
	assert_int_equal(d.nerrors, d.n);
	diags_free(&d);
	return (rc);
}

/* Text given as a string literal, NULs and all. */
#define BYTES(t)	bytes(t, sizeof(t) - 1, &bad, out, sizeof(out))

static void
test_lex_bytes(void **state)
{
	char	 out[512];
	int	 bad;

	(void)state;
	assert_int_equal(BYTES("a = 1;\n"), 0);
	assert_string_equal(out, "");
	assert_false(bad);
	/* a NUL stops the parse */
	assert_int_equal(BYTES("a = 1;\nb\0 = 2;\n"), -1);
	assert_string_equal(out, "2: NUL byte; a rules file must be text\n");
	/* invalid UTF-8, once a line, does not stop it */
	assert_int_equal(BYTES("a = \"\xff\xfe\";\nb = \"\xc3\xa9\";\n"
	    "c = \"\xc3\";"), 0);
	assert_true(bad);
	assert_string_equal(out, "1: invalid UTF-8 (byte 0xFF at column 6)\n"
	    "3: invalid UTF-8 (byte 0xC3 at column 6)\n");
	/* @include at the start of a line, after blanks, stops it */
	assert_int_equal(BYTES("a = 1;\n \t@include \"x\"\n"), -1);
	assert_string_equal(out, "2: @include is not supported; keep all the "
	    "rules in one file\n");
	assert_int_equal(BYTES("a = \"@include\";\n"), 0);
	assert_int_equal(BYTES("@includ"), 0);
	assert_false(bad);
}

static void
test_lex_bom(void **state)
{
	(void)state;
	assert_int_equal(lex_bom("\xef\xbb\xbf" "a = 1;", 9), 3);
	assert_int_equal(lex_bom("\xef\xbb\xbf", 3), 3);
	assert_int_equal(lex_bom("\xef\xbb", 2), 0);
	assert_int_equal(lex_bom("a = 1;", 6), 0);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lex_numbers),
		cmocka_unit_test(test_lex_not_numbers),
		cmocka_unit_test(test_lex_nul_escape),
		cmocka_unit_test(test_lex_comment),
		cmocka_unit_test(test_lex_bytes),
		cmocka_unit_test(test_lex_bom),
	};

	return (TESTMAIN(argc, argv, tests));
}
