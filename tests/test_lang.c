/*
 * test_lang.c: the language list lang.c makes from --lang and the
 * locale, and the names it refuses because they would leave the locale
 * directory.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"

#include "lang.h"

/* The messages locale, as an installed C.UTF-8 gives it. */
static int
setup(void **state)
{
	(void)state;
	unsetenv("LANGUAGE");
	unsetenv("REDFLAG_LOCALEDIR");
	if (setlocale(LC_MESSAGES, "C.UTF-8") == NULL)
		return (-1);
	return (0);
}

static void
test_lang_valid(void **state)
{
	(void)state;
	assert_true(lang_valid("es"));
	assert_true(lang_valid("es_ES"));
	assert_true(lang_valid("es_MX:es"));
	assert_true(lang_valid("sr_RS@latin"));
	assert_false(lang_valid(""));
	assert_false(lang_valid("../x"));
	assert_false(lang_valid("es/../../tmp"));
	assert_false(lang_valid("es_ES.UTF-8"));
	assert_false(lang_valid("es:"));
	assert_false(lang_valid(":es"));
	assert_false(lang_valid("_es"));
	assert_false(lang_valid("es\033[2J"));
	assert_false(lang_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}

/* --lang gives the list, each name followed by its language. */
static void
test_lang_option(void **state)
{
	(void)state;
	assert_int_equal(lang_init("es_MX:es", 0), 0);
	assert_string_equal(lang_list(), "es_MX:es");
	assert_string_equal(getenv("LANGUAGE"), "es_MX:es");
	assert_int_equal(lang_init("pt_BR", 0), 0);
	assert_string_equal(lang_list(), "pt_BR:pt");
	assert_int_equal(lang_init("../etc", 0), -1);
}

/* LANGUAGE counts; an unsafe name in it is dropped, for gettext too. */
static void
test_lang_language(void **state)
{
	(void)state;
	setenv("LANGUAGE", "../../tmp/x:es_ES.UTF-8@euro:fr", 1);
	assert_int_equal(lang_init(NULL, 0), 0);
	assert_string_equal(lang_list(), "es_ES@euro:es_ES:es:fr");
	assert_string_equal(getenv("LANGUAGE"), "es_ES@euro:es_ES:es:fr");
	setenv("LANGUAGE", "/etc", 1);
	assert_int_equal(lang_init(NULL, 0), 0);
	assert_string_equal(lang_list(), "");
	assert_null(getenv("LANGUAGE"));
}

/* In the C locale gettext ignores LANGUAGE, and so does lang.c. */
static void
test_lang_c_locale(void **state)
{
	(void)state;
	setenv("LANGUAGE", "es", 1);
	assert_non_null(setlocale(LC_MESSAGES, "C"));
	assert_int_equal(lang_init(NULL, 0), 0);
	assert_string_equal(lang_list(), "");
	/* --lang still works: the messages locale becomes C.UTF-8. */
	assert_int_equal(lang_init("es", 0), 0);
	assert_string_equal(lang_list(), "es");
	assert_string_equal(setlocale(LC_MESSAGES, NULL), "C.UTF-8");
}

/* $REDFLAG_LOCALEDIR, except in restricted mode. */
static void
test_lang_localedir(void **state)
{
	(void)state;
	setenv("REDFLAG_LOCALEDIR", "/tmp/catalogues", 1);
	assert_int_equal(lang_init(NULL, 0), 0);
	assert_string_equal(lang_localedir(), "/tmp/catalogues");
	assert_int_equal(lang_init(NULL, 1), 0);
	assert_string_equal(lang_localedir(), LOCALEDIR);
	setenv("REDFLAG_LOCALEDIR", "", 1);
	assert_int_equal(lang_init(NULL, 0), 0);
	assert_string_equal(lang_localedir(), LOCALEDIR);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_lang_valid, setup),
		cmocka_unit_test_setup(test_lang_option, setup),
		cmocka_unit_test_setup(test_lang_language, setup),
		cmocka_unit_test_setup(test_lang_c_locale, setup),
		cmocka_unit_test_setup(test_lang_localedir, setup),
	};

	return (TESTMAIN(argc, argv, tests));
}
