/*
 * json.c: results and rules as JSON for programs.  Output is UTF-8;
 * quotes, backslashes and control characters are escaped.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "json.h"
#include "safety.h"
#include "utf8.h"

void
json_string(struct buf *b, const char *s)
{
	size_t	 len = strlen(s), i = 0;
	uint32_t cp;
	int	 n;

	buf_putc(b, '"');
	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			buf_puts(b, "\\ufffd");
			i++;
			continue;
		}
		if (cp == '"' || cp == '\\')
			buf_printf(b, "\\%c", (char)cp);
		else if (cp == '\n')
			buf_puts(b, "\\n");
		else if (cp == '\t')
			buf_puts(b, "\\t");
		else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 ||
		    cp == 0x2029 || (cp >= 0x80 && cp <= 0x9f))
			buf_printf(b, "\\u%04x", (unsigned)cp);
		else
			buf_add(b, s + i, (size_t)n);
		i += (size_t)n;
	}
	buf_putc(b, '"');
}

static void
json_key(struct buf *b, const char *key)
{
	json_string(b, key);
	buf_putc(b, ':');
}

static void
json_field(struct buf *b, const char *key, const char *value, int comma)
{
	json_key(b, key);
	if (value != NULL)
		json_string(b, value);
	else
		buf_puts(b, "null");
	if (comma)
		buf_putc(b, ',');
}

/* An array of symptom ids, or of rule ids when rules is set. */
static void
json_id_array(struct buf *b, const struct rules *r, const size_t *ids,
    size_t n, int rules)
{
	size_t	 i;

	buf_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		json_string(b, rules ? r->rules[ids[i]].id :
		    r->symptoms[ids[i]].id);
	}
	buf_putc(b, ']');
}

static void
json_ids(struct buf *b, const struct rules *r, const size_t *ids, size_t n)
{
	json_id_array(b, r, ids, n, 0);
}

static void
json_sources(struct buf *b, const struct rules *r, const struct rule *rule)
{
	const struct source *s;
	size_t		 i;

	buf_putc(b, '[');
	for (i = 0; i < rule->nsources; i++) {
		s = &r->sources[rule->sources[i]];
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '{');
		json_field(b, "id", s->id, 1);
		json_field(b, "title", s->title, 1);
		json_field(b, "url", s->url, 0);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

static void
json_flag(struct buf *b, const struct eval *ev, size_t i, size_t *tmp)
{
	const struct rules *r = ev->r;
	const struct rule *rule = &r->rules[i];
	size_t		 n;

	buf_putc(b, '{');
	json_field(b, "rule", rule->id, 1);
	json_field(b, "level", r->levels[rule->level].id, 1);
	json_field(b, "message", rule->message, 1);
	json_field(b, "advice", rule->advice, 1);
	json_field(b, "action", r->levels[rule->level].action, 1);
	if (eval_because(ev, i, tmp, ev->nchecked, &n) != 0) {
		b->failed = 1;
		n = 0;
	}
	json_key(b, "because");
	json_ids(b, r, tmp, n);
	buf_putc(b, ',');
	json_key(b, "sources");
	json_sources(b, r, rule);
	buf_putc(b, '}');
}

/* The ids of the symptoms with answer a, as an array. */
static void
json_answered(struct buf *b, const struct eval *ev, enum eval_answer a)
{
	size_t	 i, n = 0;

	buf_putc(b, '[');
	for (i = 0; i < ev->r->nsymptoms; i++) {
		if (eval_state(ev, i) != a)
			continue;
		if (n++ > 0)
			buf_putc(b, ',');
		json_string(b, ev->r->symptoms[i].id);
	}
	buf_putc(b, ']');
}

/* "note": what the result means, in the user's language. */
static void
json_note(struct buf *b, size_t nflags)
{
	struct buf	 t;

	buf_init(&t);
	if (nflags == 0)
		buf_printf(&t, "%s %s", _("None of the answers is a red flag in "
		    "these rules."), safety(SAFETY_NOT_RULED_OUT));
	else
		buf_printf(&t, "%s %s", safety(SAFETY_GET_CHECKED),
		    safety(SAFETY_IT_IS_NOT_A_DIAGNOSIS));
	json_field(b, "note", buf_str(&t), 1);
	buf_absorb(b, &t);
}

/* The result of evaluating the answers, for --check and --answers. */
void
json_check(struct buf *b, const struct eval *ev)
{
	const struct rules *r = ev->r;
	size_t		*list, *tmp, n, i, top = eval_highest(ev);

	list = malloc((ev->nfired + 1) * sizeof(*list));
	tmp = malloc((ev->nchecked + 1) * sizeof(*tmp));
	if (list == NULL || tmp == NULL) {
		b->failed = 1;
		goto out_free;
	}
	buf_putc(b, '{');
	json_field(b, "rules_file", r->origin, 1);
	json_field(b, "rules_title", r->title, 1);
	json_field(b, "rules_version", r->version, 1);
	json_field(b, "rules_date", r->date, 1);
	json_key(b, "checked");
	json_answered(b, ev, EVAL_YES);
	buf_putc(b, ',');
	json_key(b, "answered_no");
	json_answered(b, ev, EVAL_NO);
	buf_putc(b, ',');
	json_key(b, "not_asked");
	json_answered(b, ev, EVAL_NOT_ASKED);
	buf_putc(b, ',');
	json_field(b, "highest", top == EVAL_NONE ? NULL : r->levels[top].id,
	    1);
	json_key(b, "flags");
	buf_putc(b, '[');
	n = eval_list(ev, list);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		json_flag(b, ev, list[i], tmp);
	}
	buf_puts(b, "],");
	json_note(b, n);
	json_field(b, "no_flag", n == 0 ? r->no_flag : NULL, 1);
	json_field(b, "disclaimer", r->disclaimer, 0);
	buf_puts(b, "}\n");
out_free:
	free(list);
	free(tmp);
}

static void
json_levels(struct buf *b, const struct rules *r)
{
	size_t	 i;

	buf_putc(b, '[');
	for (i = 0; i < r->nlevels; i++) {
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '{');
		json_field(b, "id", r->levels[i].id, 1);
		json_field(b, "label", r->levels[i].label, 1);
		json_field(b, "tag", r->levels[i].tag, 1);
		json_field(b, "action", r->levels[i].action, 1);
		json_field(b, "color", r->levels[i].color, 1);
		buf_printf(b, "\"rank\":%zu}", rules_rank(r, i));
	}
	buf_putc(b, ']');
}

static void
json_symptoms(struct buf *b, const struct rules *r)
{
	const struct symptom *s;
	size_t		 g, k, n = 0;

	buf_putc(b, '[');
	for (g = 0; g < r->ngroups; g++) {
		for (k = 0; k < r->groups[g].n; k++) {
			s = &r->symptoms[r->groups[g].symptoms[k]];
			if (n++ > 0)
				buf_putc(b, ',');
			buf_putc(b, '{');
			json_field(b, "id", s->id, 1);
			json_field(b, "group", s->group, 1);
			json_field(b, "label", s->label, 1);
			json_field(b, "help", s->help, 0);
			buf_putc(b, '}');
		}
	}
	buf_putc(b, ']');
}

static void
json_rules(struct buf *b, const struct rules *r)
{
	const struct rule *rule;
	size_t		 i;

	buf_putc(b, '[');
	for (i = 0; i < r->nrules; i++) {
		rule = &r->rules[i];
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '{');
		json_field(b, "id", rule->id, 1);
		json_field(b, "level", r->levels[rule->level].id, 1);
		json_field(b, "when", rule->when, 1);
		json_field(b, "message", rule->message, 1);
		json_field(b, "advice", rule->advice, 1);
		json_key(b, "sources");
		json_sources(b, r, rule);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

static void
json_all_sources(struct buf *b, const struct rules *r)
{
	size_t	 i;

	buf_putc(b, '[');
	for (i = 0; i < r->nsources; i++) {
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '{');
		json_field(b, "id", r->sources[i].id, 1);
		json_field(b, "title", r->sources[i].title, 1);
		json_field(b, "url", r->sources[i].url, 0);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

static void
json_trace(struct buf *b, const struct rules *r)
{
	const struct trace *t;
	size_t		 i, k;

	buf_putc(b, '[');
	for (i = 0; i < r->ntraces; i++) {
		t = &r->traces[i];
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '{');
		json_field(b, "source", t->source_id, 1);
		json_field(b, "statement", t->statement, 1);
		json_key(b, "covered_by");
		buf_putc(b, '[');
		for (k = 0; k < t->nids; k++) {
			if (k > 0)
				buf_putc(b, ',');
			json_string(b, t->ids[k]);
		}
		buf_puts(b, "],");
		json_field(b, "note", t->note, 0);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

/* Everything in the rules file, for --list. */
void
json_list(struct buf *b, const struct rules *r)
{
	buf_putc(b, '{');
	json_field(b, "rules_file", r->origin, 1);
	json_field(b, "title", r->title, 1);
	json_field(b, "version", r->version, 1);
	json_field(b, "date", r->date, 1);
	json_field(b, "disclaimer", r->disclaimer, 1);
	json_key(b, "levels");
	json_levels(b, r);
	buf_putc(b, ',');
	json_key(b, "symptoms");
	json_symptoms(b, r);
	buf_putc(b, ',');
	json_key(b, "rules");
	json_rules(b, r);
	buf_putc(b, ',');
	json_key(b, "sources");
	json_all_sources(b, r);
	buf_putc(b, ',');
	json_key(b, "trace");
	json_trace(b, r);
	buf_puts(b, "}\n");
}

static void
json_rule_ids(struct buf *b, const struct rules *r, const size_t *v,
    size_t n)
{
	json_id_array(b, r, v, n, 1);
}

static void
json_test(struct buf *b, const struct rules *r, const struct tcase *t,
    const struct tcase_result *res)
{
	buf_putc(b, '{');
	json_field(b, "name", t->name, 1);
	buf_printf(b, "\"line\":%lu,\"pass\":%s,", t->line, res->pass ?
	    "true" : "false");
	json_key(b, "answers");
	json_ids(b, r, t->answers, t->nanswer_ids);
	buf_putc(b, ',');
	json_field(b, "expect", t->expect == RULES_NONE ? NULL :
	    r->levels[t->expect].id, 1);
	json_field(b, "got", res->got == RULES_NONE ? NULL :
	    r->levels[res->got].id, 1);
	json_key(b, "fired");
	json_rule_ids(b, r, res->fired, res->nfired);
	buf_putc(b, ',');
	json_key(b, "missing");
	json_rule_ids(b, r, res->missing, res->nmissing);
	buf_putc(b, ',');
	json_key(b, "unwanted");
	json_rule_ids(b, r, res->unwanted, res->nunwanted);
	buf_putc(b, ',');
	json_field(b, "source", t->source, 1);
	json_field(b, "tier", t->tier, 1);
	json_field(b, "note", t->note, 0);
	buf_putc(b, '}');
}

/* The test cases' results, for --test --format json. */
void
json_tests(struct buf *b, const struct rules *r,
    const struct tcase_result *res)
{
	size_t	 i, failed = 0;

	buf_putc(b, '{');
	json_field(b, "rules_file", r->origin, 1);
	json_field(b, "rules_title", r->title, 1);
	json_field(b, "rules_version", r->version, 1);
	json_field(b, "rules_date", r->date, 1);
	json_key(b, "cases");
	buf_putc(b, '[');
	for (i = 0; i < r->ntcases; i++) {
		if (i > 0)
			buf_putc(b, ',');
		json_test(b, r, &r->tcases[i], &res[i]);
		failed += !res[i].pass;
	}
	buf_printf(b, "],\"passed\":%zu,\"failed\":%zu}\n",
	    r->ntcases - failed, failed);
}
