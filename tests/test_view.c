/*
 * test_view.c: the checklist's state (view.c) in the order the rules
 * give, and what it says when memory runs out.  Allocations are made to
 * fail through the linker (-Wl,--wrap, in Makefile.am): a change whose
 * flags and marks cannot be brought up to date must say so, and so
 * must eval_because.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testlib.h"

#include "conf.h"
#include "eval.h"
#include "view.h"

static int failing;	/* every allocation fails */

void	*__real_malloc(size_t);
void	*__wrap_malloc(size_t);
void	*__real_calloc(size_t, size_t);
void	*__wrap_calloc(size_t, size_t);
void	*__real_realloc(void *, size_t);
void	*__wrap_realloc(void *, size_t);

void *
__wrap_malloc(size_t n)
{
	return (failing ? NULL : __real_malloc(n));
}

void *
__wrap_calloc(size_t n, size_t size)
{
	return (failing ? NULL : __real_calloc(n, size));
}

void *
__wrap_realloc(void *p, size_t n)
{
	return (failing ? NULL : __real_realloc(p, n));
}

struct fixture {
	struct rules	*r;
	struct eval	*ev;
	struct view	*v;
};

static int
setup(void **state)
{
	static struct fixture f;
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf");

	diags_init(&d);
	if (conf_load_file(path, &f.r, &d) != CONF_OK)
		return (-1);
	diags_free(&d);
	free(path);
	if ((f.ev = eval_new(f.r)) == NULL ||
	    (f.v = view_new(f.r, f.ev)) == NULL)
		return (-1);
	view_layout(f.v, 80, 24);
	*state = &f;
	return (0);
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	failing = 0;
	view_free(f->v);
	eval_free(f->ev);
	rules_free(f->r);
	return (0);
}

/* Focus a symptom by id. */
static size_t
focus(struct view *v, const char *id)
{
	size_t	 sym, row;

	assert_true(rules_symptom(v->r, id, &sym));
	for (row = 0; row < v->nrows; row++) {
		if (!v->rows[row].group && v->rows[row].index == sym)
			v->focus = row;
	}
	assert_int_equal(view_symptom(v), sym);
	return (sym);
}

/* The rows are the rules' order of symptoms, a heading for each group. */
static void
test_view_rows(void **state)
{
	struct fixture	*f = *state;
	const struct rules *r = f->r;
	size_t		 row, k = 0, g = 0;

	assert_int_equal(f->v->nrows, r->ngroups + r->nsymptoms);
	for (row = 0; row < f->v->nrows; row++) {
		if (f->v->rows[row].group) {
			assert_int_equal(f->v->rows[row].index, g++);
			continue;
		}
		assert_int_equal(f->v->rows[row].index, r->sym_order[k]);
		assert_int_equal(r->sym_place[r->sym_order[k]], k);
		k++;
	}
	assert_int_equal(k, r->nsymptoms);
	assert_int_equal(g, r->ngroups);
}

/* Undo focuses the answer it gives back, on its row. */
static void
test_view_undo(void **state)
{
	struct fixture	*f = *state;
	size_t		 sym = focus(f->v, "age_50"), n;

	assert_int_equal(view_toggle(f->v), 0);
	focus(f->v, "saddle_numbness");
	assert_int_equal(view_undo(f->v, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(view_symptom(f->v), sym);
	assert_int_equal(eval_state(f->ev, sym), EVAL_NOT_ASKED);
	assert_int_equal(view_undo(f->v, &n), 0);
	assert_int_equal(n, 0);
}

/* Out of memory: the change is made, and view_toggle says -1. */
static void
test_view_nomem(void **state)
{
	struct fixture	*f = *state;
	size_t		 sym = focus(f->v, "saddle_numbness"), n;

	failing = 1;
	assert_int_equal(view_toggle(f->v), -1);
	failing = 0;
	assert_int_equal(eval_state(f->ev, sym), EVAL_YES);
	assert_int_equal(view_update(f->v), 0);
	assert_int_equal(f->v->nfired, 1);
	assert_int_equal(f->v->marks[sym], 0);
	/* reset: with no memory to remember, nothing is cleared */
	failing = 1;
	assert_int_equal(view_reset(f->v, &n), -1);
	failing = 0;
	assert_int_equal(n, 0);
	assert_int_equal(eval_state(f->ev, sym), EVAL_YES);
	assert_int_equal(view_reset(f->v, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(f->v->nfired, 0);
}

/* eval_because and eval_marks say when they have no memory. */
static void
test_view_because_nomem(void **state)
{
	struct fixture	*f = *state;
	size_t		 out[4], n = 99, marks[4];

	focus(f->v, "both_legs");
	assert_int_equal(view_toggle(f->v), 0);
	failing = 1;
	assert_int_equal(eval_because(f->ev, f->v->fired[0], out, 4, &n), -1);
	assert_int_equal(eval_marks(f->ev, marks), -1);
	failing = 0;
	assert_int_equal(eval_because(f->ev, f->v->fired[0], out, 4, &n), 0);
	assert_int_equal(n, 1);
	assert_true(rules_symptom(f->r, "both_legs", &n));
	assert_int_equal(out[0], n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_view_rows, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_view_undo, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_view_nomem, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_view_because_nomem, setup,
		    teardown),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
