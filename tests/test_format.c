/*
 * test_format.c: the batch output, as text and as JSON, for the small
 * example rules; JSON string escaping; filling text to a width; and
 * the parts of reports that say what was asked, list the flags under
 * their levels, and check a typed file name.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "answers.h"
#include "conf.h"
#include "format.h"
#include "json.h"
#include "readfile.h"
#include "report.h"
#include "wrap.h"

static struct rules *small;

static struct eval *
ticked(const char *ids)
{
	struct eval	*ev = eval_new(small);
	struct diags	 d;

	assert_non_null(ev);
	diags_init(&d);
	answers_list(ids, ev, &d);
	assert_int_equal(d.nerrors, 0);
	diags_free(&d);
	return (ev);
}

static void
test_format_text_flags(void **state)
{
	struct format_opts o = { FORMAT_ANSWERS | FORMAT_DISCLAIMER, 80,
	    NULL, 0 };
	struct eval	*ev = ticked("age_50,weight_loss,both_legs");
	struct buf	 b;

	(void)state;
	buf_init(&b);
	format_check_text(&b, ev, &o);
	assert_string_equal(buf_str(&b),
	    "Ticked answers (3):\n"
	    "  - Tingling in both legs (both_legs)\n"
	    "  - Losing weight without trying (weight_loss)\n"
	    "  - I am 50 or older (age_50)\n"
	    "\n"
	    "2 red flags. The most urgent is EMERGENCY.\n"
	    "\n"
	    "EMERGENCY: Possible pressure on the nerves at the base of the spine\n"
	    "  Do now:  Call your local emergency number now.\n"
	    "  Advice:  Do not wait to see if it gets better.\n"
	    "  Because: Tingling in both legs\n"
	    "  Sources: NHS: Back pain <https://www.nhs.uk/conditions/back-pain/>\n"
	    "\n"
	    "SOON: Weight loss at 50 or over needs a check\n"
	    "  Do now:  Book a doctor's appointment within two weeks.\n"
	    "  Advice:  Tell the doctor how much weight you lost.\n"
	    "  Because: Losing weight without trying; I am 50 or older\n"
	    "  Sources: NHS: Back pain <https://www.nhs.uk/conditions/back-pain/>\n"
	    "\n"
	    "Of 4 questions: 3 answered yes, 0 no, 1 not asked.\n"
	    "\n"
	    "This is an example. It is not a diagnosis.\n");
	buf_free(&b);
	eval_free(ev);
}

static void
test_format_text_none(void **state)
{
	struct format_opts o = { 0, 40, NULL, 0 };
	struct eval	*ev = ticked("age_50,!both_legs");
	struct buf	 b;

	(void)state;
	buf_init(&b);
	format_check_text(&b, ev, &o);
	assert_string_equal(buf_str(&b),
	    "No red flag: none of your answers is a\n"
	    "red flag in these rules. This does not\n"
	    "rule out serious disease.\n"
	    "See a doctor if the pain is bad, getting\n"
	    "worse, or not better in a few weeks.\n"
	    "\n"
	    "Of 4 questions: 1 answered yes, 1 no, 2\n"
	    "not asked.\n");
	buf_free(&b);
	eval_free(ev);
}

static void
test_format_json_check(void **state)
{
	struct eval	*ev = ticked("saddle_numbness");
	struct buf	 b;

	(void)state;
	buf_init(&b);
	json_check(&b, ev);
	assert_string_equal(buf_str(&b),
	    "{\"rules_file\":\"small\",\"rules_title\":\"Example red flags\","
	    "\"rules_version\":\"1.0\",\"rules_date\":\"2026-11-23\","
	    "\"checked\":[\"saddle_numbness\"],\"answered_no\":[],"
	    "\"not_asked\":[\"both_legs\",\"weight_loss\",\"age_50\"],"
	    "\"highest\":\"emergency\","
	    "\"flags\":[{\"rule\":\"nerves\",\"level\":\"emergency\","
	    "\"message\":\"Possible pressure on the nerves at the base of the "
	    "spine\",\"advice\":\"Do not wait to see if it gets better.\","
	    "\"action\":\"Call your local emergency number now.\","
	    "\"because\":[\"saddle_numbness\"],\"sources\":[{\"id\":\"nhs\","
	    "\"title\":\"NHS: Back pain\",\"url\":\"https://www.nhs.uk/"
	    "conditions/back-pain/\"}]}],\"note\":\"A red flag means: get "
	    "checked. It is not a diagnosis.\",\"no_flag\":null,"
	    "\"disclaimer\":\"This is an example. It is not a diagnosis.\"}\n");
	buf_free(&b);
	eval_free(ev);
}

static void
test_format_json_escapes(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b);
	json_string(&b, "a\"b\\c\n\t\x01/\xc3\xa9\xe2\x80\xa8\xff");
	assert_string_equal(buf_str(&b),
	    "\"a\\\"b\\\\c\\n\\t\\u0001/\xc3\xa9\\u2028\\ufffd\"");
	buf_free(&b);
}

static void
test_format_text_is_safe(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b);
	format_text(&b, "a\x1b[31mb\xe2\x80\xae" "c\xc3\xa9", 0);
	assert_string_equal(buf_str(&b), "a?[31mb?c\xc3\xa9");
	buf_reset(&b);
	format_text(&b, "caf\xc3\xa9 \xe2\x82\xac", 1);
	assert_string_equal(buf_str(&b), "caf? ?");
	buf_free(&b);
}

static void
test_format_wrap(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b);
	wrap(&b, "one two three four five six", 10, 0, 2);
	assert_string_equal(buf_str(&b), "one two\n  three\n  four\n  five six\n");
	buf_reset(&b);
	wrap(&b, "abcdefghijklmnop xy", 6, 0, 0);
	assert_string_equal(buf_str(&b), "abcdef\nghijkl\nmnop\nxy\n");
	buf_reset(&b);
	wrap(&b, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97 ab", 4, 0, 0);
	assert_string_equal(buf_str(&b), "\xe4\xb8\xad\xe6\x96\x87\n"
	    "\xe5\xad\x97\nab\n");	/* wide characters take two columns */
	buf_reset(&b);
	wrap(&b, "\xe2\x9a\xa1\xe2\x9a\xa1\xe2\x9a\xa1", 4, 0, 0);
	assert_string_equal(buf_str(&b), "\xe2\x9a\xa1\xe2\x9a\xa1\n"
	    "\xe2\x9a\xa1\n");		/* so do emoji, such as U+26A1 */
	buf_reset(&b);
	wrap(&b, "<http://a.example/bbbb/cc/dddddd>", 16, 0, 0);
	assert_string_equal(buf_str(&b), "<http://\na.example/bbbb/\n"
	    "cc/dddddd>\n");	/* an address is cut after a slash */
	buf_reset(&b);
	wrap(&b, "a/bcdefghijklmnop", 9, 0, 0);
	assert_string_equal(buf_str(&b), "a/bcdefgh\nijklmnop\n");
						/* not when it wastes a line */
	buf_free(&b);
}

/* On the screen a web address is never split, only put on its own line. */
static void
test_format_wrap_lines_url(void **state)
{
	const char	*text = "See <http://a.example/bbbb/cc/dddddd> now";
	size_t		 starts[4], lens[4];

	(void)state;
	assert_int_equal(wrap_lines(text, 16, starts, lens, 4), 3);
	assert_int_equal(starts[1], 4);
	assert_int_equal(lens[1], strlen("<http://a.example/bbbb/cc/dddddd>"));
	assert_int_equal(wrap_lines("a/bcdefghijklmnop", 9, NULL, NULL, 0), 2);
}

static void
asked_is(const struct report_asked *a, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	report_asked_text(&b, a);
	assert_string_equal(buf_str(&b), want);
	buf_free(&b);
}

/* A report says whether every question was asked and answered. */
static void
test_format_report_asked(void **state)
{
	struct report_asked a = { 54, 54, 54, REPORT_FINISHED, 0, 0 };

	(void)state;
	asked_is(&a, "Finished: all 54 questions were asked. Every question "
	    "was answered.");
	a.answered = 53;
	asked_is(&a, "Finished: all 54 questions were asked. 1 of the 54 "
	    "questions was never answered, which is not a no.");
	a.answered = 2;
	a.at = 3;
	a.end = REPORT_QUIT;
	asked_is(&a, "Unfinished: stopped with q at question 3 of 54. 52 of "
	    "the 54 questions were never answered, which is not a no.");
	a.end = REPORT_OUTPUT_FAILED;
	asked_is(&a, "Unfinished: cut short, as the questions could not be "
	    "written, at question 3 of 54. 52 of the 54 questions were never "
	    "answered, which is not a no.");
	a.end = REPORT_SIGNAL;
	a.sig = SIGHUP;
	asked_is(&a, "Unfinished: ended by a hang-up (SIGHUP) at question 3 "
	    "of 54. 52 of the 54 questions were never answered, which is not a "
	    "no.");
	a.end = REPORT_CHECKLIST;
	a.shown = 54;
	asked_is(&a, "Made in the full-screen checklist. All 54 questions were "
	    "on the screen. A question on the screen but not answered may have "
	    "been read and skipped.");
	a.shown = 20;
	asked_is(&a, "Made in the full-screen checklist. Unfinished: 34 of the "
	    "54 questions were never on the screen, which is not a no. A question "
	    "on the screen but not answered may have been read and skipped.");
}

/* Each level's action once, its flags numbered under it. */
static void
test_format_report_by_level(void **state)
{
	struct format_opts o = { 0, 80, NULL, 0 };
	struct eval	*ev = ticked("age_50,weight_loss,both_legs");
	struct buf	 b;
	size_t		 list[4], n;

	(void)state;
	buf_init(&b);
	n = report_flags_by_level(&b, ev, list, &o);
	assert_int_equal(n, 2);
	assert_string_equal(buf_str(&b),
	    "EMERGENCY: Call your local emergency number now.\n"
	    "  1. Possible pressure on the nerves at the base of the spine\n"
	    "SOON: Book a doctor's appointment within two weeks.\n"
	    "  2. Weight loss at 50 or over needs a check\n");
	buf_free(&b);
	eval_free(ev);
}

/* A typed report name is text, with no control character, not too long. */
static void
test_format_report_name(void **state)
{
	char	 why[64], name[300];

	(void)state;
	assert_int_equal(report_name_check("r.txt", 5, why, sizeof(why)), 0);
	assert_int_equal(report_name_check("r\033[2J", 5, why, sizeof(why)),
	    -1);
	assert_string_equal(why, "it holds a control character");
	assert_int_equal(report_name_check("r\377", 2, why, sizeof(why)), -1);
	assert_string_equal(why, "it is not text");
	assert_int_equal(report_name_check("a\0b", 3, why, sizeof(why)), -1);
	assert_string_equal(why, "it is not text");
	memset(name, 'a', 256);
	name[256] = '\0';
	assert_int_equal(report_name_check(name, 256, why, sizeof(why)), -1);
	assert_string_equal(why, "it is longer than 255 bytes");
	name[255] = '\0';
	assert_int_equal(report_name_check(name, 255, why, sizeof(why)), 0);
}

/*
 * A report from answers yes, no and not given is the handover in
 * tests/data/report-tristate.txt: the urgent level first, the flags
 * with their reasons, the yeses, the pertinent negatives (both_legs;
 * not weight_loss, which only a SOON rule reads), what was not
 * answered, the rules and the time, the disclaimer; within 80 columns.
 */
static void
test_format_report_handover(void **state)
{
	struct report_asked a = { 4, 3, 3, REPORT_QUIT, 0, 0 };
	struct eval	*ev = ticked("saddle_numbness,!both_legs,!weight_loss");
	char		*path = test_srcpath("tests/data/report-tristate.txt");
	char		*want;
	size_t		 len;
	struct diags	 d;
	struct buf	 b;

	(void)state;
	diags_init(&d);
	assert_int_equal(readfile_path(path, 1 << 16, &want, &len, &d), 0);
	diags_free(&d);
	buf_init(&b);
	report_text(&b, ev, &a, 0);
	assert_string_equal(buf_str(&b), want);
	buf_free(&b);
	free(want);
	free(path);
	eval_free(ev);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_text_flags),
		cmocka_unit_test(test_format_text_none),
		cmocka_unit_test(test_format_json_check),
		cmocka_unit_test(test_format_json_escapes),
		cmocka_unit_test(test_format_text_is_safe),
		cmocka_unit_test(test_format_wrap),
		cmocka_unit_test(test_format_wrap_lines_url),
		cmocka_unit_test(test_format_report_asked),
		cmocka_unit_test(test_format_report_by_level),
		cmocka_unit_test(test_format_report_name),
		cmocka_unit_test(test_format_report_handover),
	};
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf"), *text;
	size_t		 len;
	int		 rc;

	setenv("TZ", "UTC", 1);		/* the report's time of the check */
	diags_init(&d);
	if (readfile_path(path, 1 << 20, &text, &len, &d)) {
		fprintf(stderr, "%s: cannot be read\n", path);
		return (1);
	}
	if (conf_load_string(text, len, "small", &small, &d) != CONF_OK) {
		fprintf(stderr, "%s does not load\n", path);
		return (1);
	}
	rc = TESTMAIN(argc, argv, tests);
	rules_free(small);
	diags_free(&d);
	free(text);
	free(path);
	return (rc);
}
