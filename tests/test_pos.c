/*
 * test_pos.c: positions in the text of a rules file: the start of each
 * line, the true line of a setting past line 65,535 from libconfig's
 * 16-bit number, and the strings of a condition written in pieces.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "buf.h"
#include "pos.h"

static void
test_pos_lines(void **state)
{
	static const char text[] = "a = 1;\n\nb = 2;\nc";
	struct pos	 p;

	(void)state;
	assert_int_equal(pos_init(&p, text, strlen(text)), 0);
	assert_int_equal(p.nlines, 4);
	assert_int_equal(p.bol[0], 0);
	assert_int_equal(p.bol[1], 7);
	assert_int_equal(p.bol[2], 8);
	assert_int_equal(p.bol[3], 15);
	/* a short text: libconfig's number is right */
	assert_int_equal(pos_line(&p, 3, "b"), 3);
	assert_int_equal(pos_line(&p, 3, NULL), 3);
	pos_free(&p);
	assert_null(p.bol);
	assert_int_equal(pos_init(&p, "", 0), 0);
	assert_int_equal(p.nlines, 1);
	pos_free(&p);
}

/* Settings named on lines 5 and 5 + 65536 * k, in a text of n lines. */
static void
long_text(struct buf *b, unsigned long n)
{
	unsigned long	 i;

	for (i = 1; i <= n; i++) {
		if (i == 5)
			buf_puts(b, "alpha = 1;\n");
		else if (i == 5 + 0x10000UL)
			buf_puts(b, "beta = 2;\n");
		else if (i == 5 + 2 * 0x10000UL)
			buf_puts(b, "gamma = 3;\n");
		else
			buf_puts(b, "\n");
	}
}

/* Past 65,535 lines, the name tells which of the lines it is. */
static void
test_pos_line_wraps(void **state)
{
	struct buf	 b;
	struct pos	 p;

	(void)state;
	buf_init(&b);
	long_text(&b, 140000);
	assert_false(b.failed);
	assert_int_equal(pos_init(&p, b.s, b.len), 0);
	assert_int_equal(pos_line(&p, 5, "alpha"), 5);
	assert_int_equal(pos_line(&p, 5, "beta"), 5 + 0x10000UL);
	assert_int_equal(pos_line(&p, 5, "gamma"), 5 + 2 * 0x10000UL);
	/* libconfig's number may come with more than 16 bits */
	assert_int_equal(pos_line(&p, 5 + 0x10000UL, "gamma"),
	    5 + 2 * 0x10000UL);
	/* a name on no such line: libconfig's number stays */
	assert_int_equal(pos_line(&p, 5, "delta"), 5);
	pos_free(&p);
	buf_free(&b);
}

/* Lines at or after the last one found, less 32768, come first. */
static void
test_pos_line_order(void **state)
{
	struct buf	 b;
	struct pos	 p;
	unsigned long	 i;

	(void)state;
	buf_init(&b);
	for (i = 1; i <= 70000; i++)
		buf_puts(&b, i == 3 || i == 3 + 0x10000UL ? "x = 1;\n" :
		    "y = 2;\n");
	assert_int_equal(pos_init(&p, b.s, b.len), 0);
	assert_int_equal(pos_line(&p, 3, "x"), 3);
	assert_int_equal(pos_line(&p, 60000, "y"), 60000);
	/* far past line 3 now: the second x */
	assert_int_equal(pos_line(&p, 3, "x"), 3 + 0x10000UL);
	/* and a name on every line goes by order alone */
	assert_int_equal(pos_line(&p, 4, NULL), 4 + 0x10000UL);
	pos_free(&p);
	buf_free(&b);
}

/* The pieces of the setting when on line, or n = 0. */
static size_t
pieces(const char *text, unsigned long line, unsigned long *lines,
    size_t *offs)
{
	struct pos	 p;
	unsigned long	*l;
	size_t		*o, n, i;

	assert_int_equal(pos_init(&p, text, strlen(text)), 0);
	assert_int_equal(pos_pieces(&p, line, "when", &l, &o, &n), 0);
	for (i = 0; i < n && i < 8; i++) {
		lines[i] = l[i];
		offs[i] = o[i];
	}
	if (n == 0) {
		assert_null(l);
		assert_null(o);
	}
	free(l);
	free(o);
	pos_free(&p);
	return (n);
}

static void
test_pos_pieces(void **state)
{
	unsigned long	 l[8];
	size_t		 o[8];

	(void)state;
	assert_int_equal(pieces("a = 1;\nwhen = \"x or \"\n  \"y\";\n", 2,
	    l, o), 2);
	assert_int_equal(l[0], 2);
	assert_int_equal(l[1], 3);
	assert_int_equal(o[0], 0);
	assert_int_equal(o[1], 5);
	/* comments between the pieces, and the = on the next line */
	assert_int_equal(pieces("when # why\n = \"a\" // one\n/* two\n */ "
	    "\"b\"\n\"c\";", 1, l, o), 3);
	assert_int_equal(l[0], 2);
	assert_int_equal(l[1], 4);
	assert_int_equal(l[2], 5);
	assert_int_equal(o[1], 1);
	assert_int_equal(o[2], 2);
	/* an escape is one byte of the joined text */
	assert_int_equal(pieces("when: \"\\\"\\x41b\"\n\"c\";", 1, l, o), 2);
	assert_int_equal(o[1], 3);
	/* a string that spans lines counts them */
	assert_int_equal(pieces("when = \"a\nb\" \"c\";", 1, l, o), 2);
	assert_int_equal(l[1], 2);
	assert_int_equal(o[1], 3);
}

/* One string, or what is not foreseen, gives no pieces. */
static void
test_pos_no_pieces(void **state)
{
	unsigned long	 l[8];
	size_t		 o[8];

	(void)state;
	assert_int_equal(pieces("when = \"a or b\";", 1, l, o), 0);
	assert_int_equal(pieces("when = \"a\" \"b\";", 2, l, o), 0);
	assert_int_equal(pieces("when = \"a\" \"b\";", 0, l, o), 0);
	/* "when" inside a string, then a comment: not looked past */
	assert_int_equal(pieces("x = \"when\"; # when = \"a\" \"b\"", 1, l,
	    o), 0);
	assert_int_equal(pieces("whence = \"a\" \"b\";", 1, l, o), 0);
	assert_int_equal(pieces("when \"a\" \"b\";", 1, l, o), 0);
	assert_int_equal(pieces("when = 1;", 1, l, o), 0);
	/* the last string never closed: what was seen counts */
	assert_int_equal(pieces("when = \"a\" \"b", 1, l, o), 2);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pos_lines),
		cmocka_unit_test(test_pos_line_wraps),
		cmocka_unit_test(test_pos_line_order),
		cmocka_unit_test(test_pos_pieces),
		cmocka_unit_test(test_pos_no_pieces),
	};

	return (TESTMAIN(argc, argv, tests));
}
