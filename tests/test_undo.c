/*
 * test_undo.c: the history of changes behind the checklist's u key:
 * the last change comes back first, a change may hold many answers,
 * and only the last UNDO_MAX changes are kept.
 */
#include "config.h"

#include "cmocka_all.h"
#include "testmain.h"

#include "undo.h"

static void
test_undo_order(void **state)
{
	struct undo	 h;
	const struct undo_step *ids;
	struct undo_step a = { 3, 1 };
	struct undo_step many[] = { { 1, 0 }, { 4, 2 }, { 9, 0 } };

	(void)state;
	undo_init(&h);
	assert_int_equal(undo_pop(&h, &ids), 0);
	assert_int_equal(undo_push(&h, &a, 1), 0);
	assert_int_equal(undo_push(&h, many, 3), 0);
	assert_int_equal(undo_pop(&h, &ids), 3);
	assert_int_equal(ids[0].sym, 1);
	assert_int_equal(ids[1].was, 2);
	assert_int_equal(ids[2].sym, 9);
	assert_int_equal(undo_pop(&h, &ids), 1);
	assert_int_equal(ids[0].sym, 3);
	assert_int_equal(ids[0].was, 1);
	assert_int_equal(undo_pop(&h, &ids), 0);
	undo_free(&h);
}

/* A change of no answers is not a change: u skips nothing. */
static void
test_undo_empty_change(void **state)
{
	struct undo	 h;
	const struct undo_step *ids;
	struct undo_step a = { 7, 0 };

	(void)state;
	undo_init(&h);
	assert_int_equal(undo_push(&h, &a, 1), 0);
	assert_int_equal(undo_push(&h, NULL, 0), 0);
	assert_int_equal(undo_pop(&h, &ids), 1);
	assert_int_equal(ids[0].sym, 7);
	undo_free(&h);
}

static void
test_undo_limit(void **state)
{
	struct undo	 h;
	const struct undo_step *ids;
	struct undo_step two[2] = { { 0, 0 }, { 0, 0 } };
	size_t		 i, n = 0;

	(void)state;
	undo_init(&h);
	for (i = 0; i < UNDO_MAX + 10; i++) {
		two[0].sym = i;
		two[1].sym = i + 100000;
		assert_int_equal(undo_push(&h, two, i % 2 + 1), 0);
	}
	assert_int_equal(h.n, UNDO_MAX);
	while (undo_pop(&h, &ids) > 0) {
		assert_int_equal(ids[0].sym, UNDO_MAX + 10 - 1 - n);
		n++;
	}
	assert_int_equal(n, UNDO_MAX);
	undo_free(&h);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_undo_order),
		cmocka_unit_test(test_undo_empty_change),
		cmocka_unit_test(test_undo_limit),
	};

	return (TESTMAIN(argc, argv, tests));
}
