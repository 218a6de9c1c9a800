/*
 * test_answers.c: the answers syntax.  A bare id is a yes (so files
 * written before "no" existed read as they did), "!id" is a no, a
 * symptom not named is not asked, and answers_write gives back text
 * that reads as the same answers.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "answers.h"
#include "conf.h"

static const char rules_text[] =
    "format = 1; title = \"t\"; version = \"1\"; date = \"2026-11-24\";\n"
    "disclaimer = \"d\"; no_flag = \"n\";\n"
    "levels = ( { id = \"high\"; label = \"H\"; action = \"a\"; } );\n"
    "symptoms = ( { id = \"sa\"; group = \"g\"; label = \"A\"; },\n"
    "  { id = \"sb\"; group = \"g\"; label = \"B\"; },\n"
    "  { id = \"sc\"; group = \"g\"; label = \"C\"; } );\n"
    "rules = ( { id = \"r\"; level = \"high\"; when = \"sa or sb\";\n"
    "  message = \"m\"; advice = \"x\"; } );\n";

struct fixture {
	struct rules	*r;
	struct eval	*ev;
	struct diags	 d;
};

static int
setup(void **state)
{
	struct fixture	*f = calloc(1, sizeof(*f));

	assert_non_null(f);
	diags_init(&f->d);
	if (conf_load_string(rules_text, strlen(rules_text), "t", &f->r,
	    &f->d) != CONF_OK)
		fail_msg("did not load: %s", f->d.n ? f->d.v[0].msg : "?");
	diags_free(&f->d);	/* the loader's warnings */
	diags_init(&f->d);
	assert_non_null(f->ev = eval_new(f->r));
	*state = f;
	return (0);
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	eval_free(f->ev);
	rules_free(f->r);
	diags_free(&f->d);
	free(f);
	return (0);
}

/* A file of bare ids, as before: every one is a yes, the rest unasked. */
static void
test_answers_old_file(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(answers_text("# old\nsa   # yes\n\nsc\n", f->ev,
	    &f->d), 0);
	assert_int_equal(eval_state(f->ev, 0), EVAL_YES);
	assert_int_equal(eval_state(f->ev, 1), EVAL_NOT_ASKED);
	assert_int_equal(eval_state(f->ev, 2), EVAL_YES);
	assert_int_equal(f->ev->nfired, 1);
}

/* "!id" is a no, in a file and in a --check list; a no fires nothing. */
static void
test_answers_no(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(answers_text("!sa sc\n", f->ev, &f->d), 0);
	assert_int_equal(answers_list("!sb", f->ev, &f->d), 0);
	assert_int_equal(eval_state(f->ev, 0), EVAL_NO);
	assert_int_equal(eval_state(f->ev, 1), EVAL_NO);
	assert_int_equal(eval_state(f->ev, 2), EVAL_YES);
	assert_int_equal(f->ev->nfired, 0);
	assert_int_equal(eval_not_asked(f->ev), 0);
}

/* Yes and no for one symptom is a mistake, said with its line. */
static void
test_answers_both(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(answers_text("sa\nsb\n!sa\n", f->ev, &f->d), 1);
	assert_int_equal(f->d.n, 1);
	assert_int_equal(f->d.v[0].line, 3);
	assert_string_equal(f->d.v[0].msg, "'sa' is answered both yes and no");
	assert_int_equal(eval_state(f->ev, 0), EVAL_YES);
}

/* "!" on an unknown id, or alone, is an unknown id. */
static void
test_answers_unknown(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(answers_list("!zz,!", f->ev, &f->d), 2);
	assert_string_equal(f->d.v[0].msg, "unknown symptom id 'zz'");
	assert_int_equal(eval_not_asked(f->ev), 3);
}

/* What answers_write writes reads back as the same answers. */
static void
test_answers_round_trip(void **state)
{
	struct fixture	*f = *state;
	struct eval	*again;
	struct buf	 b;
	size_t		 i;

	eval_answer(f->ev, 0, EVAL_NO);
	eval_answer(f->ev, 2, EVAL_YES);
	buf_init(&b);
	answers_write(&b, f->ev);
	assert_non_null(strstr(buf_str(&b), "\n!sa\nsc\n"));
	assert_non_null(again = eval_new(f->r));
	assert_int_equal(answers_text(buf_str(&b), again, &f->d), 0);
	for (i = 0; i < f->r->nsymptoms; i++)
		assert_int_equal(eval_state(again, i), eval_state(f->ev, i));
	eval_free(again);
	buf_free(&b);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_answers_old_file, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_answers_no, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_answers_both, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_answers_unknown, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_answers_round_trip, setup,
		    teardown),
	};

	return (TESTMAIN(argc, argv, tests));
}
