/*
 * test_trans.c: a catalogue applied to a loaded rules file.  A text is
 * translated only for its exact key and its exact English; anything
 * else stays English, and --lint's counts say what is missing, stale or
 * unusable.  Also: the shipped Spanish catalogue covers every text of
 * the shipped rules, with nothing stale.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"

#include "conf.h"
#include "eval.h"
#include "mo.h"
#include "testlib.h"
#include "testmain.h"
#include "trans.h"

static const char rules_text[] =
    "format = 1; title = \"Title\"; version = \"1\"; date = \"2026-12-01\";\n"
    "disclaimer = \"Disclaimer\"; no_flag = \"Nothing\";\n"
    "levels = ( { id = \"high\"; label = \"High\"; tag = \"HIGH\";\n"
    "  action = \"Act now\"; } );\n"
    "symptoms = (\n"
    "  { id = \"fever\"; group = \"Body\"; label = \"I have a fever\";\n"
    "    help = \"Hot\"; keywords = [\"temperature\", \"chills\"]; },\n"
    "  { id = \"cough\"; group = \"Body\"; label = \"I cough\"; } );\n"
    "rules = ( { id = \"r\"; level = \"high\"; when = \"fever\";\n"
    "  message = \"Fever\"; advice = \"See someone\"; } );\n";

/* 13 texts: title, disclaimer, no_flag, 3 of the level, the group, 4
 * of the symptoms (cough has no help and no keywords), 2 of the rule. */
#define NTEXTS	13

static const char *const catalogue[] = {
	"title", "Title", "Título",
	"level high tag", "HIGH", "ALTO",
	"level high label", "High", "Alto",
	"group Body", "Body", "Cuerpo",
	"symptom fever label", "I have a fever", "Tengo fiebre",
	"symptom fever keywords", "temperature\nchills", "temperatura\nescalofríos\nfiebre",
	"symptom cough label", "I cough (old English)", "Toso",	/* stale */
	"rule r message", "Fever", "Fiebre\033[J",		/* unusable */
	"level high action", "Act now", "Actúe ahora, con un texto "
	    "demasiado largo para nada, no",	/* fine: actions are long */
	"disclaimer", "Another disclaimer", "Otro",		/* stale */
};
#define NCAT	(sizeof(catalogue) / sizeof(catalogue[0]) / 3)

struct fixture {
	struct rules	*r;
	struct mo	*m;
	struct diags	 d;
};

static int
setup(void **state)
{
	struct fixture	*f = calloc(1, sizeof(*f));
	struct buf	 b;

	assert_non_null(f);
	diags_init(&f->d);
	assert_int_equal(conf_load_string(rules_text, strlen(rules_text),
	    "t.conf", &f->r, &f->d), CONF_OK);
	buf_init(&b);
	test_mo_image(&b, catalogue, NCAT, 0);
	assert_int_equal(mo_parse(b.s, b.len, &f->m, &f->d), 0);
	buf_free(&b);
	*state = f;
	return (0);
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	rules_free(f->r);
	mo_free(f->m);
	diags_free(&f->d);
	free(f);
	return (0);
}

static void
test_fields(void **state)
{
	struct fixture	*f = *state;
	struct trans_field *v;
	size_t		 n;

	assert_int_equal(trans_fields(f->r, &v, &n), 0);
	assert_int_equal(n, NTEXTS);
	assert_string_equal(v[0].key, "title");
	assert_string_equal(v[3].key, "level high label");
	assert_string_equal(v[6].key, "group Body");
	assert_string_equal(v[6].english, "Body");
	assert_string_equal(v[9].key, "symptom fever keywords");
	assert_string_equal(v[9].english, "temperature\nchills");
	assert_int_equal(v[9].line, 6);
	assert_string_equal(v[12].key, "rule r advice");
	trans_fields_free(v, n);
}

static void
test_apply(void **state)
{
	struct fixture	*f = *state;
	struct trans_stats st;
	const struct symptom *s = &f->r->symptoms[0];

	assert_int_equal(trans_apply(f->r, f->m, NULL, &st), 0);
	assert_int_equal(st.total, NTEXTS);
	assert_int_equal(st.translated, 7);
	/* exact key and English: translated */
	assert_string_equal(f->r->title, "Título");
	assert_string_equal(f->r->levels[0].tag, "ALTO");
	assert_string_equal(s->label, "Tengo fiebre");
	assert_int_equal(s->nkeywords, 3);
	assert_string_equal(s->keywords[1], "escalofríos");
	assert_null(s->keywords[3]);
	/* the group, and every symptom's pointer to its name */
	assert_string_equal(f->r->groups[0].name, "Cuerpo");
	assert_ptr_equal(f->r->symptoms[1].group, f->r->groups[0].name);
	/* stale: English */
	assert_string_equal(f->r->symptoms[1].label, "I cough");
	assert_string_equal(f->r->disclaimer, "Disclaimer");
	/* a control sequence is never applied */
	assert_string_equal(f->r->rules[0].message, "Fever");
	/* missing: English */
	assert_string_equal(s->help, "Hot");
	assert_string_equal(f->r->no_flag, "Nothing");
	assert_string_equal(f->r->rules[0].advice, "See someone");
}

static char *
shout(const char *s)
{
	char	*c = strdup(s), *p;

	for (p = c; p != NULL && *p != '\0'; p++)
		*p = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
	return (c);
}

static char *
too_long(const char *s)
{
	(void)s;
	return (strdup("MUCHO MAS DE DOCE BYTES"));
}

/* A respelling is used when it passes the checks, else the translation. */
static void
test_apply_conv(void **state)
{
	struct fixture	*f = *state;
	struct trans_stats st;

	assert_int_equal(trans_apply(f->r, f->m, shout, &st), 0);
	assert_int_equal(st.translated, 7);
	assert_string_equal(f->r->symptoms[0].label, "TENGO FIEBRE");
	rules_free(f->r);
	assert_int_equal(conf_load_string(rules_text, strlen(rules_text),
	    "t.conf", &f->r, &f->d), CONF_OK);
	assert_int_equal(trans_apply(f->r, f->m, too_long, &st), 0);
	assert_string_equal(f->r->levels[0].tag, "ALTO");	/* 12 bytes max */
	assert_string_equal(f->r->symptoms[0].label, "MUCHO MAS DE DOCE BYTES");
}

/* The same answers give the same levels, in any language. */
static void
test_apply_keeps_grading(void **state)
{
	struct fixture	*f = *state;
	struct trans_stats st;
	struct eval	*ev;

	assert_int_equal(trans_apply(f->r, f->m, NULL, &st), 0);
	assert_non_null(ev = eval_new(f->r));
	eval_set(ev, 0, 1);
	assert_int_equal(eval_highest(ev), 0);
	eval_free(ev);
}

static void
test_lint(void **state)
{
	struct fixture	*f = *state;
	struct trans_stats st;
	struct diags	 d;
	size_t		 i, stale = 0, missing = 0, unusable = 0;

	diags_init(&d);
	diags_set_file(&d, "t.conf");
	assert_int_equal(trans_lint(f->r, f->m, "es", &d, &st), 0);
	assert_int_equal(st.total, NTEXTS);
	assert_int_equal(st.translated, 7);
	assert_int_equal(st.stale, 2);
	assert_int_equal(st.unusable, 1);
	assert_int_equal(st.missing, 3);
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(d.nwarnings, 6);
	for (i = 0; i < d.n; i++) {
		stale += strstr(d.v[i].msg, "is stale") != NULL;
		missing += strstr(d.v[i].msg, "has no translation") != NULL;
		unusable += strstr(d.v[i].msg, "control character") != NULL;
		assert_non_null(strstr(d.v[i].msg, "es: "));
	}
	assert_int_equal(stale, 2);
	assert_int_equal(missing, 3);
	assert_int_equal(unusable, 1);
	/* each names its key, on the line of its entry */
	assert_string_equal(d.v[0].msg, "es: the translation of 'disclaimer' "
	    "is stale: its English has changed since; English is shown");
	assert_int_equal(d.v[3].line, 8);	/* symptom cough */
	assert_non_null(strstr(d.v[3].msg, "'symptom cough label'"));
	diags_free(&d);
}

static void
test_check_limits(void **state)
{
	struct fixture	*f = *state;
	struct trans_field *v;
	size_t		 n;

	assert_int_equal(trans_fields(f->r, &v, &n), 0);
	assert_null(trans_check(&v[4], "EMERGENCIA"));		/* the tag */
	assert_non_null(trans_check(&v[4], "EMERGENCIA YA!"));	/* 14 bytes */
	assert_non_null(trans_check(&v[0], ""));
	assert_non_null(trans_check(&v[0], "\xc3("));		/* bad UTF-8 */
	assert_non_null(trans_check(&v[0], "a\xc2\x9b" "1m"));	/* C1 CSI */
	assert_null(trans_check(&v[9], "uno\ndos"));
	trans_fields_free(v, n);
}

/* A translation must keep every number of its English, no more, no less. */
static void
test_check_numbers(void **state)
{
	struct trans_field f;

	(void)state;
	memset(&f, 0, sizeof(f));
	f.kind = TRANS_LEVEL_ACTION;
	f.max = CONF_MAX_TEXT;
	f.english = (char *)"Call 999 in the UK, 112 in the EU; within 2 weeks.";
	assert_null(trans_check(&f, "Llame al 999 (Reino Unido) o al 112 "
	    "(UE); antes de 2 semanas."));
	assert_null(trans_check(&f, "En 2 semanas; 112 en la UE, 999 en el "
	    "Reino Unido."));	/* another order */
	assert_non_null(trans_check(&f, "Llame al 99 o al 112; 2 semanas."));
	assert_non_null(trans_check(&f, "Llame al 999 o al 112."));
	assert_non_null(trans_check(&f, "Llame al 999 o al 112; 2 o 3 "
	    "semanas."));
	assert_non_null(trans_check(&f, "Llame al 999 o al 112; 4 semanas."));
	f.english = (char *)"Over 30 minutes";
	assert_null(trans_check(&f, "Más de 30 minutos"));
	assert_non_null(trans_check(&f, "Más de media hora"));
}

/* Keywords: none empty, each within its own limit. */
static void
test_check_keywords(void **state)
{
	struct fixture	*f = *state;
	struct trans_field *v;
	size_t		 n;

	assert_int_equal(trans_fields(f->r, &v, &n), 0);
	assert_non_null(trans_check(&v[9], "uno\n\ndos"));	/* empty one */
	assert_non_null(trans_check(&v[9],
	    "una palabra clave de mucho mas de cuarenta bytes"));
	trans_fields_free(v, n);
}

/* The shipped catalogue covers the shipped rules: nothing missing or stale. */
static void
test_shipped_spanish(void **state)
{
	struct trans_stats st;
	struct rules	*r;
	struct diags	 d;
	struct mo	*m;
	char		*conf, *mo;
	size_t		 i;

	(void)state;
	conf = test_srcpath("etc/redflag.conf");
	mo = test_buildpath("locale/es/LC_MESSAGES/redflag-rules.mo");
	diags_init(&d);
	assert_int_equal(conf_load_file(conf, &r, &d), CONF_OK);
	assert_int_equal(mo_read(mo, &m, &d), 0);
	assert_int_equal(trans_lint(r, m, "es", &d, &st), 0);
	for (i = 0; i < d.n; i++)
		print_message("%s\n", d.v[i].msg);
	assert_int_equal(st.missing, 0);
	assert_int_equal(st.stale, 0);
	assert_int_equal(st.unusable, 0);
	assert_int_equal(st.translated, st.total);
	assert_true(st.total >= 200);
	mo_free(m);
	rules_free(r);
	diags_free(&d);
	free(conf);
	free(mo);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_apply, setup, teardown),
		cmocka_unit_test_setup_teardown(test_apply_conv, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_apply_keeps_grading, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_lint, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_limits, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_check_keywords, setup,
		    teardown),
		cmocka_unit_test(test_check_numbers),
		cmocka_unit_test(test_shipped_spanish),
	};

	return (TESTMAIN(argc, argv, tests));
}
