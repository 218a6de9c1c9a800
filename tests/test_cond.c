/* test_cond.c: the condition parser: precedence, thresholds, errors. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "buf.h"
#include "cond.h"
#include "diags.h"

/* The one problem of a condition that does not parse: its column, its text. */
static void
problem(const char *text, unsigned *col, char *msg, size_t size)
{
	struct diags	 d;
	struct cond	*c;

	diags_init(&d);
	if ((c = cond_parse(text, &d)) != NULL) {
		cond_free(c);
		fail_msg("'%s' parsed but should not", text);
	}
	assert_false(d.nomem);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 0);
	*col = d.v[0].col;
	snprintf(msg, size, "%s", d.v[0].msg);
	diags_free(&d);
}

/* Print a tree fully bracketed, to check its shape. */
static void
show(struct buf *b, const struct cond *c)
{
	size_t	 i;

	switch (c->kind) {
	case COND_NAME:
		buf_puts(b, c->name);
		return;
	case COND_NOT:
		buf_puts(b, "not(");
		show(b, c->kids[0]);
		buf_putc(b, ')');
		return;
	case COND_OF:
		buf_printf(b, "%zu-of(", c->need);
		break;
	case COND_AND:
		buf_puts(b, "and(");
		break;
	case COND_OR:
		buf_puts(b, "or(");
		break;
	}
	for (i = 0; i < c->nkids; i++) {
		if (i > 0)
			buf_putc(b, ' ');
		show(b, c->kids[i]);
	}
	buf_putc(b, ')');
}

static void
parses_as(const char *text, const char *want)
{
	struct diags	 d;
	struct cond	*c;
	struct buf	 b;

	diags_init(&d);
	c = cond_parse(text, &d);
	if (c == NULL)
		fail_msg("'%s': column %u: %s", text, d.n ? d.v[0].col : 0,
		    d.n ? d.v[0].msg : "out of memory");
	diags_free(&d);
	buf_init(&b);
	show(&b, c);
	assert_string_equal(buf_str(&b), want);
	buf_free(&b);
	cond_free(c);
}

static void
fails_with(const char *text, unsigned col, const char *msg)
{
	char		 got[256];
	unsigned	 at;

	problem(text, &at, got, sizeof(got));
	assert_string_equal(got, msg);
	assert_int_equal(at, col);
}

static void
test_cond_precedence(void **state)
{
	(void)state;
	parses_as("a", "a");
	parses_as("a or b and c", "or(a and(b c))");
	parses_as("a and b or c", "or(and(a b) c)");
	parses_as("not a and b", "and(not(a) b)");
	parses_as("not (a and b)", "not(and(a b))");
	parses_as("(a or b) and c", "and(or(a b) c)");
	parses_as("a or b or c", "or(a b c)");
	parses_as("a and b and not not c", "and(a b not(not(c)))");
	parses_as("  a   and(b)  ", "and(a b)");
}

static void
test_cond_threshold(void **state)
{
	(void)state;
	parses_as("2 of (a, b, c)", "2-of(a b c)");
	parses_as("1 of (a)", "1-of(a)");
	parses_as("1 of (a, a and b)", "1-of(a and(a b))");	/* not twice */
	parses_as("2 of (a and b, c or d, not e)",
	    "2-of(and(a b) or(c d) not(e))");
	parses_as("x and 2 of (a, 1 of (b, c))", "and(x 2-of(a 1-of(b c)))");
	parses_as("3 of(a,b,c)", "3-of(a b c)");
}

static void
test_cond_errors(void **state)
{
	(void)state;
	fails_with("", 1, "the condition is empty");
	fails_with("   ", 4, "the condition is empty");
	fails_with("a and", 6, "expected an id, 'not', a number or '(', but "
	    "found the end of the condition");
	fails_with("a b", 3, "expected 'and', 'or' or the end of the "
	    "condition, but found 'b'");
	fails_with("(a or b", 8, "expected ')' to close the '(' at column 1, "
	    "but found the end of the condition");
	fails_with("a)", 2, "')' without a matching '('");
	fails_with("a && b", 3, "write 'and' instead of '&&'");
	fails_with("a || b", 3, "write 'or' instead of '||'");
	fails_with("!a", 1, "write 'not' instead of '!'");
	fails_with("a AND b", 3, "write 'and' in lower case");
	fails_with("Fever", 1, "'Fever': ids use only a-z, 0-9 and _");
	fails_with("2abc", 1, "'2abc': an id must start with a letter");
	fails_with("3of (a, b, c)", 1, "'3of': an id must start with a "
	    "letter");
	fails_with("a = b", 3, "unexpected character '='");
	fails_with("a and \xc3\xa9", 7, "unexpected character (byte 0xC3)");
	fails_with("2 (a, b)", 3, "expected 'of' after the number, but found "
	    "'('");
	fails_with("2 of a, b", 6, "expected '(' after 'of', but found 'a'");
	fails_with("3 of (a, b)", 1, "'3 of (...)' can never be true: the "
	    "list has only 2 items");
	fails_with("0 of (a, b)", 1, "'0 of (...)' is always true; use a "
	    "number from 1 to 2");
	fails_with("2 of (a, b, a)", 13, "'a' is named twice in '2 of (...)'");
	fails_with("1 of (b, a, b, a)", 13, "'b' is named twice in '1 of "
	    "(...)'");	/* the first repeat in the text */
	fails_with("99999 of (a)", 1, "the number 99999 is too large");
	fails_with("2 of (a, b,)", 12, "expected an id, 'not', a number or "
	    "'(', but found ')'");
}

static void
test_cond_depth(void **state)
{
	char	 text[512];
	size_t	 i, n = 0;

	(void)state;
	/* COND_MAX_DEPTH levels of parentheses parse; one more does not. */
	for (i = 0; i < COND_MAX_DEPTH; i++)
		text[n++] = '(';
	text[n++] = 'a';
	for (i = 0; i < COND_MAX_DEPTH; i++)
		text[n++] = ')';
	text[n] = '\0';
	parses_as(text, "a");
	memmove(text + 1, text, n + 1);
	text[0] = '(';
	strcat(text, ")");
	fails_with(text, COND_MAX_DEPTH + 1, "the condition is nested more "
	    "than 32 levels deep");
}

static void
test_cond_hostile_depth(void **state)
{
	size_t	 n = 200000, i;
	char	*text = malloc(n * 4 + 2), msg[256];
	unsigned col;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		memcpy(text + i * 4, "not ", 4);
	strcpy(text + n * 4, "a");
	problem(text, &col, msg, sizeof(msg));
	assert_int_equal(col, 4 * COND_MAX_DEPTH + 1);
	for (i = 0; i < n; i++)
		text[i] = '(';
	text[n] = '\0';
	problem(text, &col, msg, sizeof(msg));
	assert_int_equal(col, COND_MAX_DEPTH + 1);
	free(text);
}

/* Resolve names by hand: a..e are symptoms 0..4. */
static void
resolve_letters(struct cond *c)
{
	size_t	 k;

	if (c->kind == COND_NAME) {
		c->ref = COND_SYMPTOM;
		c->index = (size_t)(c->name[0] - 'a');
	}
	for (k = 0; k < c->nkids; k++)
		resolve_letters(c->kids[k]);
}

static void
test_cond_eval(void **state)
{
	/* symptoms a..e are indexes 0..4 */
	static const struct {
		const char	*text;
		const char	*ticked;
		int		 want;
	} cases[] = {
		{ "a or b and c", "a", 1 },
		{ "a or b and c", "b", 0 },
		{ "a or b and c", "bc", 1 },
		{ "not a and b", "b", 1 },
		{ "not a and b", "ab", 0 },
		{ "2 of (a, b, c)", "a", 0 },
		{ "2 of (a, b, c)", "ac", 1 },
		{ "2 of (a, b, c)", "abc", 1 },
		{ "2 of (a, not b, c)", "", 0 },
		{ "2 of (a, not b, c)", "a", 1 },
		{ "not (a or b)", "c", 1 },
	};
	unsigned char	 sym[5], rules[1] = { 0 };
	struct diags	 d;
	struct cond	*c;
	size_t		 i, k;

	(void)state;
	diags_init(&d);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = cond_parse(cases[i].text, &d);
		assert_non_null(c);
		memset(sym, 0, sizeof(sym));
		for (k = 0; cases[i].ticked[k] != '\0'; k++)
			sym[cases[i].ticked[k] - 'a'] = 1;
		resolve_letters(c);
		if (cond_eval(c, sym, rules) != cases[i].want)
			fail_msg("'%s' with '%s' ticked should be %d",
			    cases[i].text, cases[i].ticked, cases[i].want);
		cond_free(c);
	}
	assert_int_equal(d.n, 0);
	diags_free(&d);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cond_precedence),
		cmocka_unit_test(test_cond_threshold),
		cmocka_unit_test(test_cond_errors),
		cmocka_unit_test(test_cond_depth),
		cmocka_unit_test(test_cond_hostile_depth),
		cmocka_unit_test(test_cond_eval),
	};

	return (TESTMAIN(argc, argv, tests));
}
