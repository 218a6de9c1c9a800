/* format.c: results and rules as plain text for people. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "safety.h"
#include "utf8.h"
#include "wrap.h"

/* Append a string from the rules file, made safe for a terminal. */
void
format_text(struct buf *b, const char *s, int ascii)
{
	utf8_sanitize(b, s, strlen(s), ascii);
}

/* The labels of a flag's fields, translated where they are shown. */
static const char *const format_labels[] = {
	/* TRANSLATORS: the labels of a red flag's fields, in a column:
	   what to do now, the advice, the answers that set it off, and the
	   sources of its rule. */
	N_("Do now:"), N_("Advice:"), N_("Because:"), N_("Sources:")
};

/* Where the fields' text starts: a space after the widest label. */
static size_t
format_indent(void)
{
	size_t	 i, w, most = 0;

	for (i = 0; i < sizeof(format_labels) / sizeof(*format_labels); i++) {
		w = utf8_width(_(format_labels[i]), strlen(_(format_labels[i])));
		most = w > most ? w : most;
	}
	return (2 + most + 1);
}

/* "  Label:  text", filled to the width with a hanging indent. */
static void
format_field(struct buf *b, size_t label, const char *text,
    const struct format_opts *o)
{
	struct buf	 t;
	const char	*l = _(format_labels[label]);
	size_t		 indent = format_indent();

	buf_init(&t);
	format_text(&t, text, o->ascii);
	buf_puts(b, "  ");
	format_text(b, l, o->ascii);
	buf_repeat(b, ' ', indent - 2 - utf8_width(l, strlen(l)));
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
	struct buf	 t, f[4];
	const char	*field[4] = { r->title, r->version, r->date, r->origin };
	size_t		 i;

	buf_init(&t);
	for (i = 0; i < 4; i++) {
		buf_init(&f[i]);
		format_text(&f[i], field[i], o->ascii);
	}
	if (o->when != NULL)
		/* TRANSLATORS: the date and time of the check; the rules'
		   title, version and date; and the rules file. */
		buf_printf(&t, _("Date: %s. Rules: %s, version %s of %s, "
		    "from %s."), o->when, buf_str(&f[0]), buf_str(&f[1]),
		    buf_str(&f[2]), buf_str(&f[3]));
	else
		/* TRANSLATORS: the rules' title, version and date, and the
		   rules file. */
		buf_printf(&t, _("Rules: %s, version %s of %s, from %s."),
		    buf_str(&f[0]), buf_str(&f[1]), buf_str(&f[2]),
		    buf_str(&f[3]));
	wrap(b, buf_str(&t), o->width, 0, 0);
	for (i = 0; i < 4; i++)
		buf_absorb(b, &f[i]);
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
		buf_printf(b, "%s\n", _("Ticked answers: none."));
		return;
	}
	buf_printf(b, _("Ticked answers (%zu):"), ev->nchecked);
	buf_putc(b, '\n');
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
		buf_puts(&t, _("(no single ticked answer)"));
	format_field(b, 2, buf_str(&t), o);
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
		/* TRANSLATORS: a rule that names no source. */
		buf_puts(&t, _("none given"));
	format_field(b, 3, buf_str(&t), o);
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
	format_field(b, 0, l->action, o);
	format_field(b, 1, rule->advice, o);
	format_because_field(b, ev, i, o);
	format_sources_text(b, r, rule, o);
}

/*
 * What no flag means, never more: with answers ticked, that none is a
 * red flag; with none ticked, that nothing was said.  Then that this
 * does not rule out serious disease.
 */
void
format_no_flag(struct buf *b, const struct eval *ev)
{
	buf_puts(b, ev->nchecked == 0 ? _("No answer is ticked, so no red "
	    "flag can show.") : _("None of your answers is a red flag in "
	    "these rules."));
	buf_printf(b, " %s", safety(SAFETY_NOT_RULED_OUT));
}

static void
format_none(struct buf *b, const struct eval *ev, const struct format_opts *o)
{
	struct buf	 t;

	buf_init(&t);
	buf_puts(&t, ev->nchecked == 0 ? _("No red flag: no answer is ticked, "
	    "so no red flag can show.") : _("No red flag: none of your "
	    "answers is a red flag in these rules."));
	buf_printf(&t, " %s", safety(SAFETY_NOT_RULED_OUT));
	wrap(b, buf_str(&t), o->width, 0, 0);
	buf_absorb(b, &t);
	format_para(b, ev->r->no_flag, o);
}

static void
format_flags(struct buf *b, const struct eval *ev, const struct format_opts *o)
{
	const struct rules *r = ev->r;
	struct buf	 t;
	size_t		*list, n, i;

	if ((list = malloc((ev->nfired + 1) * sizeof(*list))) == NULL) {
		b->failed = 1;
		return;
	}
	n = eval_list(ev, list);
	buf_init(&t);
	format_text(&t, r->levels[r->rules[list[0]].level].tag, o->ascii);
	/* TRANSLATORS: %s is the tag of the most urgent level, such as
	   EMERGENCY. */
	buf_printf(b, ngettext("%zu red flag. The most urgent is %s.",
	    "%zu red flags. The most urgent is %s.", n), n, buf_str(&t));
	buf_putc(b, '\n');
	buf_absorb(b, &t);
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
	buf_printf(&t, ngettext("Of %zu question: %zu answered yes, %zu no, "
	    "%zu not asked.", "Of %zu questions: %zu answered yes, %zu no, "
	    "%zu not asked.", ev->r->nsymptoms), ev->r->nsymptoms,
	    ev->nchecked, ev->nno, eval_not_asked(ev));
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
	struct buf	 t, tag, label, action;
	size_t		 i;

	buf_printf(b, "%s\n", _("Levels, most urgent first:"));
	for (i = 0; i < r->nlevels; i++) {
		buf_init(&t);
		buf_init(&tag);
		buf_init(&label);
		buf_init(&action);
		format_text(&tag, r->levels[i].tag, o->ascii);
		format_text(&label, r->levels[i].label, o->ascii);
		format_text(&action, r->levels[i].action, o->ascii);
		/* TRANSLATORS: a level's id, tag, rank, label and what to
		   do, as in "urgent (URGENT, rank 2): Urgent - get seen
		   today. Call ...". */
		buf_printf(&t, _("%s (%s, rank %zu): %s. %s"), r->levels[i].id,
		    buf_str(&tag), rules_rank(r, i), buf_str(&label),
		    buf_str(&action));
		buf_puts(b, "  ");
		wrap(b, buf_str(&t), o->width, 2, 4);
		buf_absorb(b, &tag);
		buf_absorb(b, &label);
		buf_absorb(b, &action);
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

	buf_printf(b, "\n%s\n", _("Symptoms:"));
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

	buf_printf(b, "\n%s\n", _("Rules:"));
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

/* A TAP diagnostic: fmt (with one %s) and the ids, separated by ", ". */
static void
format_test_ids(struct buf *b, const char *fmt, const struct rules *r,
    const size_t *v, size_t n, int rules)
{
	struct buf	 ids;
	size_t		 i;

	buf_init(&ids);
	if (n == 0)
		buf_puts(&ids, C_("no ids", "none"));
	for (i = 0; i < n; i++)
		buf_printf(&ids, "%s%s", i ? ", " : "", rules ?
		    r->rules[v[i]].id : r->symptoms[v[i]].id);
	buf_puts(b, "#   ");
	buf_printf(b, fmt, buf_str(&ids));
	buf_putc(b, '\n');
	b->failed |= ids.failed;
	buf_free(&ids);
}

/* Why a test case failed, as TAP diagnostics. */
static void
format_test_failure(struct buf *b, const struct rules *r,
    const struct tcase *t, const struct tcase_result *res)
{
	buf_printf(b, "#   %s:%lu: ", r->origin, t->line);
	buf_printf(b, _("expected %s, got %s"), rules_level_id(r, t->expect),
	    rules_level_id(r, res->got));
	buf_putc(b, '\n');
	format_test_ids(b, _("answers: %s"), r, t->answers, t->nanswer_ids, 0);
	format_test_ids(b, _("fired: %s"), r, res->fired, res->nfired, 1);
	if (res->nmissing > 0)
		format_test_ids(b, _("must fire but did not: %s"), r,
		    res->missing, res->nmissing, 1);
	if (res->nunwanted > 0)
		format_test_ids(b, _("fired but must not: %s"), r,
		    res->unwanted, res->nunwanted, 1);
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
	buf_puts(b, "# ");
	/* TRANSLATORS: how many test cases passed, and then how many
	   failed, in a TAP comment: "# 155 passed, 1 failed". */
	buf_printf(b, ngettext("%zu passed", "%zu passed", r->ntcases -
	    failed), r->ntcases - failed);
	buf_puts(b, ", ");
	buf_printf(b, ngettext("%zu failed", "%zu failed", failed), failed);
	buf_putc(b, '\n');
}
