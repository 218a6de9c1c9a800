/*
 * test_undo.c: the history of changes behind the checklist's u key:
 * the last change comes back first, a change may hold many answers,
 * and only the last UNDO_MAX changes are kept.
 */
#include "config.h"

#include "cmocka_all.h"

#include "undo.h"

static void
test_undo_order(void **state)
{
	struct undo	 h;
	const size_t	*ids;
	size_t		 a = 3, many[] = { 1, 4, 9 };

	(void)state;
	undo_init(&h);
	assert_int_equal(undo_pop(&h, &ids), 0);
	assert_int_equal(undo_push(&h, &a, 1), 0);
	assert_int_equal(undo_push(&h, many, 3), 0);
	assert_int_equal(undo_pop(&h, &ids), 3);
	assert_int_equal(ids[0], 1);
	assert_int_equal(ids[2], 9);
	assert_int_equal(undo_pop(&h, &ids), 1);
	assert_int_equal(ids[0], 3);
	assert_int_equal(undo_pop(&h, &ids), 0);
	undo_free(&h);
}

/* A change of no answers is not a change: u skips nothing. */
static void
test_undo_empty_change(void **state)
{
	struct undo	 h;
	const size_t	*ids;
	size_t		 a = 7;

	(void)state;
	undo_init(&h);
	assert_int_equal(undo_push(&h, &a, 1), 0);
	assert_int_equal(undo_push(&h, NULL, 0), 0);
	assert_int_equal(undo_pop(&h, &ids), 1);
	assert_int_equal(ids[0], 7);
	undo_free(&h);
}

static void
test_undo_limit(void **state)
{
	struct undo	 h;
	const size_t	*ids;
	size_t		 i, n = 0, two[2];

	(void)state;
	undo_init(&h);
	for (i = 0; i < UNDO_MAX + 10; i++) {
		two[0] = i;
		two[1] = i + 100000;
		assert_int_equal(undo_push(&h, two, i % 2 + 1), 0);
	}
	assert_int_equal(h.n, UNDO_MAX);
	while (undo_pop(&h, &ids) > 0) {
		assert_int_equal(ids[0], UNDO_MAX + 10 - 1 - n);
		n++;
	}
	assert_int_equal(n, UNDO_MAX);
	undo_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_undo_order),
		cmocka_unit_test(test_undo_empty_change),
		cmocka_unit_test(test_undo_limit),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
