/* format.c: results and rules as plain text for people. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "format.h"
#include "utf8.h"
#include "wrap.h"

/* Append a string from the rules file, made safe for a terminal. */
void
format_text(struct buf *b, const char *s, int ascii)
{
	utf8_sanitize(b, s, strlen(s), ascii);
}

/* "  Label:  text", filled to the width with a hanging indent. */
static void
format_field(struct buf *b, const char *label, const char *text,
    const struct format_opts *o)
{
	struct buf	 t;
	size_t		 indent = 11;

	buf_init(&t);
	format_text(&t, text, o->ascii);
	buf_printf(b, "  %-*s", (int)indent - 2, label);
	wrap(b, buf_str(&t), o->width, indent, indent);
	buf_absorb(b, &t);
}

static void
format_para(struct buf *b, const char *text, const struct format_opts *o)
{
	struct buf	 t;

	buf_init(&t);
	format_text(&t, text, o->ascii);
	wrap(b, buf_str(&t), o->width, 0, 0);
	buf_absorb(b, &t);
}

/* When (if o->when is set) and which rules: title, version, date, file. */
void
format_header(struct buf *b, const struct rules *r,
    const struct format_opts *o)
{
	struct buf	 t;

	buf_init(&t);
	if (o->when != NULL)
		buf_printf(&t, "Date: %s. ", o->when);
	buf_puts(&t, "Rules: ");
	format_text(&t, r->title, o->ascii);
	buf_puts(&t, ", version ");
	format_text(&t, r->version, o->ascii);
	buf_puts(&t, " of ");
	format_text(&t, r->date, o->ascii);
	buf_puts(&t, ", from ");
	format_text(&t, r->origin, o->ascii);
	buf_putc(&t, '.');
	wrap(b, buf_str(&t), o->width, 0, 0);
	buf_absorb(b, &t);
}

static void
format_answers(struct buf *b, const struct eval *ev,
    const struct format_opts *o)
{
	const struct rules *r = ev->r;
	struct buf	 t;
	size_t		 i;

	if (ev->nchecked == 0) {
		buf_puts(b, "Ticked answers: none.\n");
		return;
	}
	buf_printf(b, "Ticked answers (%zu):\n", ev->nchecked);
	for (i = 0; i < r->nsymptoms; i++) {
		if (!ev->checked[i])
			continue;
		buf_init(&t);
		format_text(&t, r->symptoms[i].label, o->ascii);
		buf_printf(&t, " (%s)", r->symptoms[i].id);
		buf_puts(b, "  - ");
		wrap(b, buf_str(&t), o->width, 4, 4);
		buf_absorb(b, &t);
	}
}

/*
 * Append the labels of the ticked answers that make a fired rule fire,
 * joined by "; ".  Returns how many; b fails when out of memory.
 */
size_t
format_because(struct buf *b, const struct eval *ev, size_t rule)
{
	size_t	*ids, n, i;

	if ((ids = malloc((ev->nchecked + 1) * sizeof(*ids))) == NULL) {
		b->failed = 1;
		return (0);
	}
	if (eval_because(ev, rule, ids, ev->nchecked, &n) != 0) {
		b->failed = 1;
		n = 0;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, "; ");
		buf_puts(b, ev->r->symptoms[ids[i]].label);
	}
	free(ids);
	return (n);
}

static void
format_because_field(struct buf *b, const struct eval *ev, size_t rule,
    const struct format_opts *o)
{
	struct buf	 t;

	buf_init(&t);
	if (format_because(&t, ev, rule) == 0)
		buf_puts(&t, "(no single ticked answer)");
	format_field(b, "Because:", buf_str(&t), o);
	buf_absorb(b, &t);
}

static void
format_sources_text(struct buf *b, const struct rules *r,
    const struct rule *rule, const struct format_opts *o)
{
	const struct source *s;
	struct buf	 t;
	size_t		 i;

	buf_init(&t);
	for (i = 0; i < rule->nsources; i++) {
		s = &r->sources[rule->sources[i]];
		if (i > 0)
			buf_puts(&t, "; ");
		buf_puts(&t, s->title);
		if (s->url != NULL)
			buf_printf(&t, " <%s>", s->url);
	}
	if (rule->nsources == 0)
		buf_puts(&t, "none given");
	format_field(b, "Sources:", buf_str(&t), o);
	buf_absorb(b, &t);
}

/* One fired rule: its level, message, what to do, why, and sources. */
void
format_flag_text(struct buf *b, const struct eval *ev, size_t i,
    const struct format_opts *o)
{
	const struct rules *r = ev->r;
	const struct rule *rule = &r->rules[i];
	const struct level *l = &r->levels[rule->level];
	struct buf	 t;

	buf_init(&t);
	format_text(&t, l->tag, o->ascii);
	buf_puts(&t, ": ");
	format_text(&t, rule->message, o->ascii);
	wrap(b, buf_str(&t), o->width, 0, 2);
	buf_absorb(b, &t);
	format_field(b, "Do now:", l->action, o);
	format_field(b, "Advice:", rule->advice, o);
	format_because_field(b, ev, i, o);
	format_sources_text(b, r, rule, o);
}

/*
 * What no flag means, never more: with answers ticked, that none is a
 * red flag; with none ticked, that nothing was said.
 */
const char *
format_no_flag(const struct eval *ev)
{
	if (ev->nchecked == 0)
		return ("No answer is ticked, so no red flag can show. This "
		    "does not rule out serious disease.");
	return ("None of your answers is a red flag in these rules. This "
	    "does not rule out serious disease.");
}

static void
format_none(struct buf *b, const struct eval *ev, const struct format_opts *o)
{
	struct buf	 t;
	const char	*why = format_no_flag(ev);

	buf_init(&t);
	/* "No red flag: none of ...", in one sentence */
	buf_printf(&t, "No red flag: %c%s", ascii_tolower((unsigned char)*why),
	    why + 1);
	wrap(b, buf_str(&t), o->width, 0, 0);
	buf_absorb(b, &t);
	format_para(b, ev->r->no_flag, o);
}

static void
format_flags(struct buf *b, const struct eval *ev, const struct format_opts *o)
{
	const struct rules *r = ev->r;
	size_t		*list, n, i;

	if ((list = malloc((ev->nfired + 1) * sizeof(*list))) == NULL) {
		b->failed = 1;
		return;
	}
	n = eval_list(ev, list);
	buf_printf(b, "%zu red flag%s. The most urgent is ", n,
	    n == 1 ? "" : "s");
	format_text(b, r->levels[r->rules[list[0]].level].tag, o->ascii);
	buf_puts(b, ".\n");
	for (i = 0; i < n; i++) {
		buf_putc(b, '\n');
		format_flag_text(b, ev, list[i], o);
	}
	free(list);
}

/* The result of evaluating the answers, for --check and --answers. */
/* How many questions were answered yes, no and not at all. */
static void
format_counts(struct buf *b, const struct eval *ev,
    const struct format_opts *o)
{
	struct buf	 t;

	buf_init(&t);
	buf_printf(&t, "Of %zu questions: %zu answered yes, %zu no, %zu not "
	    "asked.", ev->r->nsymptoms, ev->nchecked, ev->nno,
	    eval_not_asked(ev));
	buf_putc(b, '\n');
	wrap(b, buf_str(&t), o->width, 0, 0);
	buf_absorb(b, &t);
}

void
format_check_text(struct buf *b, const struct eval *ev,
    const struct format_opts *o)
{
	if (o->flags & FORMAT_HEADER) {
		format_header(b, ev->r, o);
		buf_putc(b, '\n');
	}
	if (o->flags & FORMAT_ANSWERS) {
		format_answers(b, ev, o);
		buf_putc(b, '\n');
	}
	if (ev->nfired == 0)
		format_none(b, ev, o);
	else
		format_flags(b, ev, o);
	format_counts(b, ev, o);
	if (o->flags & FORMAT_DISCLAIMER) {
		buf_putc(b, '\n');
		format_para(b, ev->r->disclaimer, o);
	}
}

static void
format_list_levels(struct buf *b, const struct rules *r,
    const struct format_opts *o)
{
	struct buf	 t;
	size_t		 i;

	buf_puts(b, "Levels, most urgent first:\n");
	for (i = 0; i < r->nlevels; i++) {
		buf_init(&t);
		buf_printf(&t, "%s (", r->levels[i].id);
		format_text(&t, r->levels[i].tag, o->ascii);
		buf_printf(&t, ", rank %zu): ", rules_rank(r, i));
		format_text(&t, r->levels[i].label, o->ascii);
		buf_puts(&t, ". ");
		format_text(&t, r->levels[i].action, o->ascii);
		buf_puts(b, "  ");
		wrap(b, buf_str(&t), o->width, 2, 4);
		buf_absorb(b, &t);
	}
}

static void
format_list_symptoms(struct buf *b, const struct rules *r,
    const struct format_opts *o)
{
	const struct symptom *s;
	struct buf	 t;
	size_t		 g, k;

	buf_puts(b, "\nSymptoms:\n");
	for (g = 0; g < r->ngroups; g++) {
		buf_puts(b, "  ");
		format_text(b, r->groups[g].name, o->ascii);
		buf_puts(b, ":\n");
		for (k = 0; k < r->groups[g].n; k++) {
			s = &r->symptoms[r->groups[g].symptoms[k]];
			buf_init(&t);
			buf_printf(&t, "%s: ", s->id);
			format_text(&t, s->label, o->ascii);
			buf_puts(b, "    ");
			wrap(b, buf_str(&t), o->width, 4, 6);
			buf_absorb(b, &t);
		}
	}
}

static void
format_list_rules(struct buf *b, const struct rules *r,
    const struct format_opts *o)
{
	const struct rule *rule;
	struct buf	 t;
	size_t		 i;

	buf_puts(b, "\nRules:\n");
	for (i = 0; i < r->nrules; i++) {
		rule = &r->rules[i];
		buf_init(&t);
		buf_printf(&t, "%s (%s): ", rule->id,
		    r->levels[rule->level].id);
		format_text(&t, rule->message, o->ascii);
		buf_puts(b, "  ");
		wrap(b, buf_str(&t), o->width, 2, 4);
		buf_absorb(b, &t);
		buf_init(&t);
		format_text(&t, rule->when, o->ascii);
		buf_puts(b, "    when: ");
		wrap(b, buf_str(&t), o->width, 10, 10);
		buf_absorb(b, &t);
	}
}

/* Everything in the rules file, for --list. */
void
format_list_text(struct buf *b, const struct rules *r,
    const struct format_opts *o)
{
	format_header(b, r, o);
	buf_putc(b, '\n');
	format_list_levels(b, r, o);
	format_list_symptoms(b, r, o);
	format_list_rules(b, r, o);
}

static void
format_test_ids(struct buf *b, const char *label, const struct rules *r,
    const size_t *v, size_t n, int rules)
{
	size_t	 i;

	buf_printf(b, "#   %s", label);
	if (n == 0)
		buf_puts(b, " none");
	for (i = 0; i < n; i++)
		buf_printf(b, "%s %s", i ? "," : "", rules ? r->rules[v[i]].id :
		    r->symptoms[v[i]].id);
	buf_putc(b, '\n');
}

/* Why a test case failed, as TAP diagnostics. */
static void
format_test_failure(struct buf *b, const struct rules *r,
    const struct tcase *t, const struct tcase_result *res)
{
	buf_printf(b, "#   %s:%lu: expected %s, got %s\n", r->origin, t->line,
	    rules_level_id(r, t->expect), rules_level_id(r, res->got));
	format_test_ids(b, "answers:", r, t->answers, t->nanswer_ids, 0);
	format_test_ids(b, "fired:", r, res->fired, res->nfired, 1);
	if (res->nmissing > 0)
		format_test_ids(b, "must fire but did not:", r, res->missing,
		    res->nmissing, 1);
	if (res->nunwanted > 0)
		format_test_ids(b, "fired but must not:", r, res->unwanted,
		    res->nunwanted, 1);
}

/* The test cases' results as TAP: a line per case, then a summary. */
void
format_tests_tap(struct buf *b, const struct rules *r,
    const struct tcase_result *res, const struct format_opts *o)
{
	size_t	 i, failed = 0;

	buf_printf(b, "1..%zu\n", r->ntcases);
	for (i = 0; i < r->ntcases; i++) {
		buf_printf(b, "%sok %zu - ", res[i].pass ? "" : "not ", i + 1);
		format_text(b, r->tcases[i].name, o->ascii);
		buf_putc(b, '\n');
		if (!res[i].pass) {
			failed++;
			format_test_failure(b, r, &r->tcases[i], &res[i]);
		}
	}
	buf_printf(b, "# %zu passed, %zu failed\n", r->ntcases - failed,
	    failed);
}
