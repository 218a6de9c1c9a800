/*
 * test_conf.c: loading rules files, from files and from strings: the
 * data read, line numbers, odd files, hostile sizes, and every file in
 * tests/bad with the exact problems it must produce.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmocka_all.h"
#include "testmain.h"
#include "testlib.h"

#include "conf.h"
#include "lint.h"
#include "readfile.h"

static char *
slurp(const char *path, size_t *len)
{
	struct diags	 d;
	char		*text;

	diags_init(&d);
	if (readfile_path(path, CONF_MAX_BYTES, &text, len, &d) != 0)
		fail_msg("%s: %s", path, d.n > 0 ? d.v[0].msg : "no memory");
	diags_free(&d);
	return (text);
}

/* "LINE: message" for each problem, one per line. */
static void
show_diags(struct buf *b, const struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++) {
		if (d->v[i].line > 0)
			buf_printf(b, "%lu: ", d->v[i].line);
		else
			buf_puts(b, "-: ");
		if (d->v[i].severity == DIAG_WARNING)
			buf_puts(b, "warning: ");
		buf_printf(b, "%s\n", d->v[i].msg);
	}
}

static void
test_conf_small(void **state)
{
	struct rules	*r;
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf");
	size_t		 i;

	(void)state;
	diags_init(&d);
	assert_int_equal(conf_load_file(path, &r, &d), CONF_OK);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->title, "Example red flags");
	assert_string_equal(r->origin, path);
	assert_int_equal(r->nlevels, 2);
	assert_int_equal(r->nsymptoms, 4);
	assert_int_equal(r->nrules, 2);
	assert_int_equal(r->ngroups, 3);
	assert_string_equal(r->groups[0].name, "Nerves");
	assert_int_equal(r->groups[0].n, 2);
	assert_string_equal(r->groups[2].name, "About you");
	assert_string_equal(r->levels[1].tag, "SOON");
	assert_string_equal(r->levels[0].color, "red");
	assert_int_equal(rules_rank(r, 0), 2);
	assert_true(rules_symptom(r, "weight_loss", &i));
	assert_int_equal(i, 2);
	assert_int_equal(r->symptoms[i].line, 25);
	assert_string_equal(r->symptoms[0].help,
	    "Wiping after the toilet feels different.");
	assert_null(r->symptoms[1].help);
	assert_true(rules_rule(r, "older_weight", &i));
	assert_int_equal(r->rules[i].line, 35);
	assert_int_equal(r->rules[i].when_line, 36);
	assert_false(rules_symptom(r, "nerves", &i));
	assert_string_equal(r->sources[r->rules[0].sources[0]].id, "nhs");
	rules_free(r);
	diags_free(&d);
	free(path);
}

/* The same text gives the same rules from a string and from a file. */
static void
test_conf_string_equals_file(void **state)
{
	struct rules	*a, *b;
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf"), *text;
	size_t		 len, i;

	(void)state;
	text = slurp(path, &len);
	diags_init(&d);
	assert_int_equal(conf_load_string(text, len, "x", &a, &d), CONF_OK);
	assert_int_equal(conf_load_file(path, &b, &d), CONF_OK);
	assert_int_equal(a->nsymptoms, b->nsymptoms);
	for (i = 0; i < a->nsymptoms; i++) {
		assert_string_equal(a->symptoms[i].id, b->symptoms[i].id);
		assert_int_equal(a->symptoms[i].line, b->symptoms[i].line);
	}
	for (i = 0; i < a->nrules; i++)
		assert_string_equal(a->rules[i].when, b->rules[i].when);
	assert_string_equal(a->origin, "x");
	rules_free(a);
	rules_free(b);
	diags_free(&d);
	free(text);
	free(path);
}

/*
 * keywords: a list of words or phrases, or one string for a list of
 * one, kept in order; a symptom without them has none.
 */
static void
test_conf_keywords(void **state)
{
	static const char text[] =
	    "format = 1; title = \"T\"; version = \"1\"; "
	    "date = \"2026-12-01\"; disclaimer = \"D\"; no_flag = \"N\";\n"
	    "levels = ( { id = \"high\"; label = \"H\"; action = \"A\"; } );\n"
	    "symptoms = (\n"
	    "  { id = \"urine_trouble\"; group = \"G\"; label = \"Peeing\";\n"
	    "    keywords = [\"bladder\", \"cauda equina\", \"wee\"]; },\n"
	    "  { id = \"numb\"; group = \"G\"; label = \"Numb\";\n"
	    "    keywords = \"saddle\"; },\n"
	    "  { id = \"legs\"; group = \"G\"; label = \"Legs\"; } );\n"
	    "rules = ( { id = \"r\"; level = \"high\"; when = \"urine_trouble\";"
	    " message = \"M\"; advice = \"X\"; } );\n";
	struct rules	*r;
	struct diags	 d;

	(void)state;
	diags_init(&d);
	assert_int_equal(conf_load_string(text, sizeof(text) - 1, "k", &r, &d),
	    CONF_OK);
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(r->symptoms[0].nkeywords, 3);
	assert_string_equal(r->symptoms[0].keywords[0], "bladder");
	assert_string_equal(r->symptoms[0].keywords[1], "cauda equina");
	assert_string_equal(r->symptoms[0].keywords[2], "wee");
	assert_int_equal(r->symptoms[1].nkeywords, 1);
	assert_string_equal(r->symptoms[1].keywords[0], "saddle");
	assert_int_equal(r->symptoms[2].nkeywords, 0);
	assert_null(r->symptoms[2].keywords);
	rules_free(r);
	diags_free(&d);
}

static void
unreadable(const char *path, const char *why)
{
	struct rules	*r;
	struct diags	 d;

	diags_init(&d);
	assert_int_equal(conf_load_file(path, &r, &d), CONF_UNREADABLE);
	assert_null(r);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.file, path);
	assert_int_equal(d.v[0].line, 0);
	assert_string_equal(d.v[0].msg, why);
	diags_free(&d);
}

/* The first block device in /dev, or NULL; a container may have none. */
static const char *
block_device(char *path, size_t size)
{
	struct dirent	*e;
	struct stat	 st;
	DIR		*dir;
	const char	*found = NULL;

	if ((dir = opendir("/dev")) == NULL)
		return (NULL);
	while (found == NULL && (e = readdir(dir)) != NULL) {
		snprintf(path, size, "/dev/%s", e->d_name);
		if (lstat(path, &st) == 0 && S_ISBLK(st.st_mode))
			found = path;
	}
	closedir(dir);
	return (found);
}

static void
test_conf_odd_files(void **state)
{
	char	 dir[] = "/tmp/redflag-test-XXXXXX", path[300];

	(void)state;
	assert_non_null(mkdtemp(dir));
	unreadable(dir, "is a directory");
	/* a device is read, but one that never ends stops at the limit */
	unreadable("/dev/zero", "is too large (the limit is 33554432 bytes)");
	if (block_device(path, sizeof(path)) != NULL)
		unreadable(path, "is a block device, not a file to read");
	snprintf(path, sizeof(path), "%s/missing", dir);
	unreadable(path, "No such file or directory");
	snprintf(path, sizeof(path), "%s/loop", dir);
	assert_int_equal(symlink(path, path), 0);
	unreadable(path, "Too many levels of symbolic links");
	unlink(path);
	rmdir(dir);
}

/*
 * What the shell gives for -f <(...) is a pipe named /dev/fd/N, and
 * /dev/null is a device: both are read like a file.
 */
static void
test_conf_pipes_and_devices(void **state)
{
	struct rules	*r;
	struct diags	 d;
	char		*path = test_srcpath("tests/data/small.conf"), *text;
	char		 name[32];
	size_t		 len;
	int		 fds[2];

	(void)state;
	text = slurp(path, &len);
	assert_true(len < 4096);	/* fits in the pipe: no writer needed */
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], text, len), (ssize_t)len);
	close(fds[1]);
	snprintf(name, sizeof(name), "/dev/fd/%d", fds[0]);
	diags_init(&d);
	assert_int_equal(conf_load_file(name, &r, &d), CONF_OK);
	assert_int_equal(r->nrules, 2);
	rules_free(r);
	diags_free(&d);
	close(fds[0]);
	diags_init(&d);
	assert_int_equal(conf_load_file("/dev/null", &r, &d), CONF_INVALID);
	assert_string_equal(d.v[0].msg, "missing setting 'format' (add: "
	    "format = 1;)");
	diags_free(&d);
	free(text);
	free(path);
}

/* libconfig counts lines in 16 bits; the loader must not. */
static void
test_conf_line_over_65535(void **state)
{
	char		*path = test_srcpath("tests/data/small.conf"), *text;
	struct rules	*r;
	struct diags	 d;
	struct buf	 b;
	size_t		 len, i;

	(void)state;
	text = slurp(path, &len);
	buf_init(&b);
	for (i = 0; i < 70000; i++)
		buf_puts(&b, "# padding\n");
	buf_add(&b, text, len);
	buf_puts(&b, "extra = 1;\n");
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "big", &r, &d),
	    CONF_INVALID);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 70000 + 41);
	assert_string_equal(d.v[0].msg, "unknown setting 'extra'");
	diags_free(&d);
	buf_free(&b);
	free(text);
	free(path);
}

static void
big_file(struct buf *b, size_t n, size_t labellen)
{
	size_t	 i;

	buf_puts(b, "format = 1; title = \"t\"; version = \"1\"; date = \"2026-11-24\";"
	    " disclaimer = \"d\"; no_flag = \"n\";\n"
	    "levels = ( { id = \"high\"; label = \"H\"; action = \"a\"; } );\n"
	    "symptoms = (\n");
	for (i = 0; i < n; i++) {
		buf_printf(b, "%s{ id = \"s%zu\"; group = \"g\"; label = \"",
		    i ? "," : "", i);
		buf_repeat(b, 'x', labellen);
		buf_puts(b, "\"; }\n");
	}
	buf_puts(b, ");\nrules = (\n");
	for (i = 0; i < n; i++)
		buf_printf(b, "%s{ id = \"r%zu\"; level = \"high\"; when = \"s%zu "
		    "and s%zu\"; message = \"m\"; advice = \"a\"; }\n",
		    i ? "," : "", i, i, (i + 1) % n);
	buf_puts(b, ");\n");
}

static void
test_conf_hostile_sizes(void **state)
{
	struct rules	*r;
	struct diags	 d;
	struct buf	 b;

	(void)state;
	/* 100,000 symptoms and rules: loads. */
	buf_init(&b);
	big_file(&b, 100000, 4);
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "big", &r, &d),
	    CONF_OK);
	assert_int_equal(r->nsymptoms, 100000);
	assert_int_equal(r->symptoms[99999].line, 100003);
	rules_free(r);
	diags_free(&d);
	buf_free(&b);
	/* A label of 1 MB: one clear message. */
	buf_init(&b);
	big_file(&b, 1, 1024 * 1024);
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "big", &r, &d),
	    CONF_INVALID);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].msg, "symptom 's0': 'label' is too long "
	    "(1048576 bytes; the limit is 200)");
	diags_free(&d);
	buf_free(&b);
}

static void
test_conf_nesting(void **state)
{
	struct rules	*r;
	struct diags	 d;
	struct buf	 b;

	(void)state;
	buf_init(&b);
	buf_puts(&b, "x = ");
	buf_repeat(&b, '(', 100000);
	buf_repeat(&b, ')', 100000);
	buf_puts(&b, ";\n");
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "deep", &r, &d),
	    CONF_INVALID);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 1);
	diags_free(&d);
	buf_free(&b);
}

/* Rules r1 to rN, each naming the one before it, in a small file. */
static void
chain_file(struct buf *b, int n)
{
	int	 i;

	buf_puts(b, "format = 1; title = \"T\"; version = \"1\"; "
	    "date = \"2026-12-01\"; disclaimer = \"D\"; no_flag = \"N\";\n"
	    "sources = ( { id = \"s\"; title = \"S\"; } );\n"
	    "levels = ( { id = \"soon\"; label = \"Soon\"; "
	    "action = \"A\"; } );\n"
	    "symptoms = ( { id = \"a\"; group = \"G\"; label = \"A\"; } );\n"
	    "rules = (\n");
	for (i = 1; i <= n; i++) {
		buf_printf(b, "{ id = \"r%d\"; level = \"soon\"; when = ",
		    i);
		if (i == 1)
			buf_puts(b, "\"a\";");
		else
			buf_printf(b, "\"r%d\";", i - 1);
		buf_printf(b, " message = \"M\"; advice = \"A\"; sources = "
		    "[\"s\"]; }%s\n", i < n ? "," : "");
	}
	buf_puts(b, ");\n");
}

/* A chain of 16 rules naming rules is the longest allowed. */
static void
test_conf_rule_chain(void **state)
{
	struct rules	*r;
	struct diags	 d;
	struct buf	 b;

	(void)state;
	buf_init(&b);
	chain_file(&b, 16);
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "c16", &r, &d),
	    CONF_OK);
	rules_free(r);
	diags_free(&d);
	buf_free(&b);
	buf_init(&b);
	chain_file(&b, 17);
	diags_init(&d);
	assert_int_equal(conf_load_string(buf_str(&b), b.len, "c17", &r, &d),
	    CONF_INVALID);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].msg, "rule 'r17' heads a chain of more "
	    "than 16 rules naming rules");
	assert_int_equal(d.v[0].line, 22);
	diags_free(&d);
	buf_free(&b);
}

/*
 * Every file in tests/bad: the problems listed in its "# expect:" lines,
 * with those of the test cases and the safety proof when it loads.
 */
static void
test_conf_bad_file(void **state)
{
	const char	*path = *state;
	struct lint_stats st;
	struct rules	*r;
	struct diags	 d;
	struct buf	 want, got;
	char		*text, *p, *eol;
	size_t		 len, load_errors;

	text = slurp(path, &len);
	buf_init(&want);
	for (p = text; (p = memmem(p, len - (size_t)(p - text),
	    "# expect: ", 10)) != NULL; p = eol) {
		p += 10;
		eol = memchr(p, '\n', len - (size_t)(p - text));
		assert_non_null(eol);
		eol++;
		buf_add(&want, p, (size_t)(eol - p));
	}
	diags_init(&d);
	conf_load_file(path, &r, &d);
	load_errors = d.nerrors;
	if (r != NULL) {	/* what --lint adds: the cases and the proof */
		memset(&st, 0, sizeof(st));
		assert_int_equal(lint_rules(r, &d, 0, &st), 0);
	}
	buf_init(&got);
	show_diags(&got, &d);
	assert_string_equal(buf_str(&got), buf_str(&want));
	assert_true(want.len > 0);
	if (load_errors == 0)
		assert_non_null(r);
	else
		assert_null(r);
	rules_free(r);
	diags_free(&d);
	buf_free(&want);
	buf_free(&got);
	free(text);
}

static int
by_name(const void *a, const void *b)
{
	return (strcmp(((const struct CMUnitTest *)a)->name,
	    ((const struct CMUnitTest *)b)->name));
}

static size_t
add_bad_files(struct CMUnitTest *tests, size_t n, size_t max)
{
	char		*dir = test_srcpath("tests/bad"), *path;
	struct dirent	*e;
	DIR		*dp;
	size_t		 first = n;
	struct buf	 b;

	if ((dp = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		exit(1);
	}
	while ((e = readdir(dp)) != NULL && n < max) {
		if (strlen(e->d_name) < 6 || strcmp(e->d_name +
		    strlen(e->d_name) - 5, ".conf") != 0)
			continue;
		buf_init(&b);
		buf_printf(&b, "%s/%s", dir, e->d_name);
		path = b.s;
		tests[n].name = strdup(e->d_name);
		tests[n].test_func = test_conf_bad_file;
		tests[n].setup_func = NULL;
		tests[n].teardown_func = NULL;
		tests[n].initial_state = path;
		n++;
	}
	closedir(dp);
	free(dir);
	qsort(tests + first, n - first, sizeof(*tests), by_name);
	return (n);
}

int
main(int argc, char **argv)
{
	static struct CMUnitTest tests[200] = {
		cmocka_unit_test(test_conf_small),
		cmocka_unit_test(test_conf_string_equals_file),
		cmocka_unit_test(test_conf_odd_files),
		cmocka_unit_test(test_conf_pipes_and_devices),
		cmocka_unit_test(test_conf_rule_chain),
		cmocka_unit_test(test_conf_line_over_65535),
		cmocka_unit_test(test_conf_hostile_sizes),
		cmocka_unit_test(test_conf_nesting),
		cmocka_unit_test(test_conf_keywords),
	};
	size_t	 n = 0;

	while (tests[n].test_func != NULL)	/* the cases above */
		n++;
	n = add_bad_files(tests, n, sizeof(tests) / sizeof(tests[0]));
	return (testmain_run(argc, argv, tests, n));
}
