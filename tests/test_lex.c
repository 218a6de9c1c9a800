/*
 * test_lex.c: the checks made on the text of a rules file before
 * libconfig parses it: numbers at the edges of 32 and 64 bits, digits
 * that are not numbers, \x00 escapes and comments that are not closed.
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

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lex_numbers),
		cmocka_unit_test(test_lex_not_numbers),
		cmocka_unit_test(test_lex_nul_escape),
		cmocka_unit_test(test_lex_comment),
	};

	return (TESTMAIN(argc, argv, tests));
}
