/*
 * test_rules.c: the shipped rules, etc/redflag.conf.  It must load with
 * no problem at all, keep its levels and traceability, and give each
 * clinical vignette in tests/data/vignettes.txt exactly the expected
 * highest level and set of fired rules.  Each vignette is a test case.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmocka_all.h"
#include "testlib.h"

#include "answers.h"
#include "conf.h"
#include "readfile.h"

struct vignette {
	char		*name;
	char		*answers;
	char		*highest;
	char		*fires;
	unsigned long	 line;
};

static struct rules *shipped;

static struct rules *
load_shipped(void)
{
	struct rules	*r;
	struct diags	 d;
	char		*path = test_srcpath("etc/redflag.conf");
	size_t		 i;

	diags_init(&d);
	if (conf_load_file(path, &r, &d) != CONF_OK || d.n > 0) {
		for (i = 0; i < d.n; i++)
			fprintf(stderr, "%s:%lu: %s\n", path, d.v[i].line,
			    d.v[i].msg);
		fprintf(stderr, "%s does not load cleanly\n", path);
		exit(1);
	}
	diags_free(&d);
	free(path);
	return (r);
}

static void
test_rules_levels(void **state)
{
	(void)state;
	assert_int_equal(shipped->nlevels, 3);
	assert_string_equal(shipped->levels[0].id, "emergency");
	assert_string_equal(shipped->levels[1].id, "urgent");
	assert_string_equal(shipped->levels[2].id, "soon");
}

static void
test_rules_sources(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < shipped->nrules; i++) {
		if (shipped->rules[i].nsources == 0)
			fail_msg("rule '%s' has no source", shipped->rules[i].id);
	}
}

/* Every statement of the seed article is traced to ids or explained. */
static void
test_rules_trace(void **state)
{
	const struct trace *t;
	size_t		 i, k, seed = 0;

	(void)state;
	for (i = 0; i < shipped->ntraces; i++) {
		t = &shipped->traces[i];
		if (strcmp(t->source_id, "seed") != 0)
			continue;
		seed++;
		assert_true(t->nids > 0 || t->note != NULL);
		for (k = 0; k < t->nids; k++)
			assert_true(strmap_get(&shipped->ids, t->ids[k], NULL));
	}
	/* the seed has eleven paragraphs, some with several statements */
	assert_true(seed >= 11);
}

/* "a, b, c" -> sorted, one per line, for comparing sets. */
static char *
sorted_set(const char *list)
{
	char	*copy = strdup(list), *tok, *items[256], *save = NULL;
	size_t	 n = 0, i, j;
	struct buf b;

	for (tok = strtok_r(copy, ", ", &save); tok != NULL && n < 256;
	    tok = strtok_r(NULL, ", ", &save))
		items[n++] = tok;
	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && strcmp(items[j - 1], items[j]) > 0; j--) {
			tok = items[j];
			items[j] = items[j - 1];
			items[j - 1] = tok;
		}
	}
	buf_init(&b);
	buf_puts(&b, "");
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s\n", items[i]);
	free(copy);
	return (b.s);
}

static void
test_rules_vignette(void **state)
{
	const struct vignette *vg = *state;
	struct eval	*ev = eval_new(shipped);
	struct diags	 d;
	struct buf	 got;
	char		*want_set, *got_set;
	size_t		*list, n, i, top;

	assert_non_null(ev);
	if (vg->name == NULL || vg->answers == NULL || vg->highest == NULL ||
	    vg->fires == NULL)
		fail_msg("vignette at line %lu needs name, answers, highest and "
		    "fires", vg->line);
	diags_init(&d);
	answers_list(vg->answers, ev, &d);
	if (d.nerrors > 0)
		fail_msg("vignette at line %lu: %s", vg->line, d.v[0].msg);
	list = calloc(shipped->nrules + 1, sizeof(*list));
	n = eval_list(ev, list);
	buf_init(&got);
	buf_puts(&got, "");
	for (i = 0; i < n; i++)
		buf_printf(&got, "%s ", shipped->rules[list[i]].id);
	got_set = sorted_set(buf_str(&got));
	want_set = sorted_set(vg->fires);
	if (strcmp(got_set, want_set) != 0)
		fail_msg("vignette at line %lu: fired\n%swanted\n%s", vg->line,
		    got_set, want_set);
	top = eval_highest(ev);
	assert_string_equal(top == EVAL_NONE ? "none" :
	    shipped->levels[top].id, vg->highest);
	free(got_set);
	free(want_set);
	free(list);
	buf_free(&got);
	diags_free(&d);
	eval_free(ev);
}

static char *
trimmed(const char *s)
{
	size_t	 len;

	while (*s == ' ')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	return (strndup(s, len));
}

static void
vignette_field(struct vignette *vg, const char *line)
{
	static const char *keys[] = { "name:", "answers:", "highest:",
	    "fires:" };
	char	**dst[] = { &vg->name, &vg->answers, &vg->highest, &vg->fires };
	size_t	 i;

	for (i = 0; i < 4; i++) {
		if (strncmp(line, keys[i], strlen(keys[i])) == 0) {
			free(*dst[i]);
			*dst[i] = trimmed(line + strlen(keys[i]));
		}
	}
}

/* Read the records; each becomes a test case named after it. */
static size_t
read_vignettes(struct CMUnitTest *tests, size_t n, size_t max)
{
	char		*path = test_srcpath("tests/data/vignettes.txt"), *text;
	char		*line, *save = NULL, why[128];
	struct vignette	*vg = NULL;
	unsigned long	 lineno = 0;
	size_t		 len;

	if (readfile_path(path, 1 << 20, 0, &text, &len, why, sizeof(why))) {
		fprintf(stderr, "%s: %s\n", path, why);
		exit(1);
	}
	for (line = text; line != NULL && n < max; line = save) {
		save = strchr(line, '\n');
		if (save != NULL)
			*save++ = '\0';
		lineno++;
		if (*line == '#')
			continue;
		if (*line == '\0' || *line == '\r') {
			vg = NULL;
			continue;
		}
		if (vg == NULL) {
			vg = calloc(1, sizeof(*vg));
			vg->line = lineno;
			tests[n].test_func = test_rules_vignette;
			tests[n].initial_state = vg;
			n++;
		}
		vignette_field(vg, line);
		tests[n - 1].name = vg->name != NULL ? vg->name : "?";
	}
	free(text);
	free(path);
	return (n);
}

/* At least 30 vignettes; every level; 6 or more with none or soon. */
static int
check_coverage(const struct CMUnitTest *tests, size_t n)
{
	const struct vignette *vg;
	size_t	 i, k, low = 0, seen[CONF_MAX_LEVELS] = { 0 };

	for (i = 0; i < n; i++) {
		vg = tests[i].initial_state;
		if (vg->highest == NULL)
			continue;
		if (strcmp(vg->highest, "none") == 0 ||
		    strcmp(vg->highest, "soon") == 0)
			low++;
		for (k = 0; k < shipped->nlevels; k++)
			seen[k] += strcmp(vg->highest, shipped->levels[k].id) == 0;
	}
	for (k = 0; k < shipped->nlevels; k++) {
		if (seen[k] == 0) {
			fprintf(stderr, "no vignette reaches level %s\n",
			    shipped->levels[k].id);
			return (-1);
		}
	}
	if (n < 30 || low < 6) {
		fprintf(stderr, "%zu vignettes, %zu with none or soon; at least "
		    "30 and 6 are needed\n", n, low);
		return (-1);
	}
	return (0);
}

int
main(void)
{
	static struct CMUnitTest tests[400] = {
		cmocka_unit_test(test_rules_levels),
		cmocka_unit_test(test_rules_sources),
		cmocka_unit_test(test_rules_trace),
	};
	size_t	 n = 3, first;

	shipped = load_shipped();
	first = n;
	n = read_vignettes(tests, n, sizeof(tests) / sizeof(tests[0]));
	if (check_coverage(tests + first, n - first) != 0)
		return (1);
	return (_cmocka_run_group_tests("test_rules", tests, n, NULL, NULL));
}
