/*
 * report-text.c: the report, written as a handover that a clinician can
 * read in a minute.  First the most urgent level and what to do; then
 * each red flag with the answers that set it off; the other yeses; the
 * pertinent negatives ("Said no to": the questions of the more urgent
 * levels answered no); what was never answered, and how the check
 * ended; then the rules, the time of the check and the disclaimer.  Plain text, at most 80 columns.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "safety.h"
#include "utf8.h"
#include "wrap.h"

/* Append text, wrapped to the width with a hanging indent. */
static void
report_text_para(struct buf *b, struct buf *t, int indent)
{
	wrap(b, buf_str(t), FORMAT_WIDTH, 0, indent);
	buf_reset(t);
}

/* The most urgent level and what to do, or what no flag means. */
static void
report_text_urgent(struct buf *b, struct buf *t, const struct eval *ev)
{
	const struct level *l;
	size_t		 top = eval_highest(ev);

	struct buf	 tag, action;

	if (top == EVAL_NONE) {
		buf_printf(t, "%s ", _("No red flag."));
		format_no_flag(t, ev);
		report_text_para(b, t, 0);
		format_text(t, ev->r->no_flag, 0);
		report_text_para(b, t, 0);
		return;
	}
	l = &ev->r->levels[top];
	buf_init(&tag);
	buf_init(&action);
	format_text(&tag, l->tag, 0);
	format_text(&action, l->action, 0);
	/* TRANSLATORS: the tag of the most urgent level, such as
	   EMERGENCY, and what to do. */
	buf_printf(t, _("Most urgent: %s. %s"), buf_str(&tag),
	    buf_str(&action));
	buf_absorb(t, &tag);
	buf_absorb(t, &action);
	report_text_para(b, t, 2);
}

/* Each red flag, most urgent first, with the answers that set it off. */
static void
report_text_flags(struct buf *b, struct buf *t, const struct eval *ev,
    size_t *list)
{
	const struct rules *r = ev->r;
	const char	*because = _("Because:");
	size_t		 n = eval_list(ev, list), i;

	if (n == 0)
		return;
	buf_putc(b, '\n');
	buf_printf(b, _("Red flags (%zu), most urgent first:"), n);
	buf_putc(b, '\n');
	for (i = 0; i < n; i++) {
		buf_printf(t, "%zu. ", i + 1);
		format_text(t, r->levels[r->rules[list[i]].level].tag, 0);
		buf_puts(t, ": ");
		format_text(t, r->rules[list[i]].message, 0);
		buf_puts(b, "  ");
		wrap(b, buf_str(t), FORMAT_WIDTH, 2, 5);
		buf_reset(t);
		buf_printf(t, "%s ", because);
		if (format_because(t, ev, list[i]) == 0)
			buf_puts(t, _("(no single answer)"));
		buf_puts(b, "     ");
		wrap(b, buf_str(t), FORMAT_WIDTH, 5, 6 + utf8_width(because,
		    strlen(because)));
		buf_reset(t);
	}
}

/*
 * For each symptom, the most urgent level that a rule naming it, or a
 * rule naming such a rule, can reach.  Rules come in r->order after the
 * rules they name, so one pass from the last does it.
 */
static void
report_text_reach(const struct rules *r, size_t *rule_reach,
    size_t *sym_reach)
{
	const uint32_t	*users;
	size_t		 k, i, u, n;

	for (k = r->nrules; k-- > 0; ) {
		i = r->order[k];
		rule_reach[i] = r->rules[i].level;
		users = rules_rule_users(r, i, &n);
		for (u = 0; u < n; u++) {
			if (rule_reach[users[u]] < rule_reach[i])
				rule_reach[i] = rule_reach[users[u]];
		}
	}
	for (i = 0; i < r->nsymptoms; i++) {
		sym_reach[i] = RULES_NONE;
		users = rules_symptom_users(r, i, &n);
		for (u = 0; u < n; u++) {
			if (rule_reach[users[u]] < sym_reach[i])
				sym_reach[i] = rule_reach[users[u]];
		}
	}
}

/*
 * Is symptom i a pertinent negative if answered no: can it lead to a
 * level other than the least urgent (to any, with only one level)?
 */
static int
report_text_pertinent(const struct rules *r, const size_t *sym_reach,
    size_t i)
{
	return (sym_reach[i] != RULES_NONE && (r->nlevels == 1 ||
	    sym_reach[i] + 1 < r->nlevels));
}

/*
 * One paragraph: head, then the labels of the symptoms with answer a
 * (and, if reach is not NULL, only the pertinent ones), or "none".
 */
static void
report_text_answers(struct buf *b, struct buf *t, const struct eval *ev,
    enum eval_answer a, const size_t *reach, const char *head)
{
	const struct rules *r = ev->r;
	size_t		 i, n = 0;

	buf_puts(t, head);
	for (i = 0; i < r->nsymptoms; i++) {
		if (eval_state(ev, i) != a || (reach != NULL &&
		    !report_text_pertinent(r, reach, i)))
			continue;
		buf_puts(t, n++ > 0 ? "; " : " ");
		format_text(t, r->symptoms[i].label, 0);
	}
	if (n == 0)
		/* TRANSLATORS: after a heading such as "Answered yes (0):". */
		buf_printf(t, " %s", _("none"));
	buf_putc(t, '.');
	buf_putc(b, '\n');
	report_text_para(b, t, 2);
}

/*
 * "Said no to (questions that can lead to EMERGENCY or URGENT):", with
 * the tags of every level but the least urgent.
 */
static void
report_text_negatives_head(const struct rules *r, struct buf *head)
{
	size_t		 i, last = r->nlevels > 1 ? r->nlevels - 1 : 1;
	struct buf	 tags, both;

	buf_init(&tags);
	buf_init(&both);
	buf_puts(&tags, r->levels[0].tag);
	for (i = 1; i < last; i++) {
		buf_reset(&both);
		buf_puts(&both, buf_str(&tags));
		buf_reset(&tags);
		if (i + 1 < last)
			buf_printf(&tags, "%s, %s", buf_str(&both),
			    r->levels[i].tag);
		else
			/* TRANSLATORS: the last two of a list of level tags,
			   such as "EMERGENCY or URGENT". */
			buf_printf(&tags, _("%s or %s"), buf_str(&both),
			    r->levels[i].tag);
	}
	/* TRANSLATORS: %s is a list of level tags, such as "EMERGENCY or
	   URGENT". */
	buf_printf(head, _("Said no to (questions that can lead to %s):"),
	    buf_str(&tags));
	buf_absorb(head, &both);
	buf_absorb(head, &tags);
}

/* How many noes the list above leaves out, so that the counts add up. */
static void
report_text_other_noes(struct buf *b, struct buf *t, const struct eval *ev,
    const size_t *reach)
{
	size_t	 i, n = 0;

	for (i = 0; i < ev->r->nsymptoms; i++)
		n += eval_state(ev, i) == EVAL_NO &&
		    !report_text_pertinent(ev->r, reach, i);
	if (n == 0)
		return;
	buf_printf(t, ngettext("Also answered no: %zu other question.",
	    "Also answered no: %zu other questions.", n), n);
	report_text_para(b, t, 0);
}

/* The answers: yes, the pertinent noes, and those never asked. */
static void
report_text_said(struct buf *b, struct buf *t, const struct eval *ev,
    const struct report_asked *a, const size_t *reach)
{
	struct buf	 head;

	buf_init(&head);
	buf_printf(&head, _("Answered yes (%zu):"), ev->nchecked);
	report_text_answers(b, t, ev, EVAL_YES, NULL, buf_str(&head));
	buf_reset(&head);
	report_text_negatives_head(ev->r, &head);
	report_text_answers(b, t, ev, EVAL_NO, reach, buf_str(&head));
	report_text_other_noes(b, t, ev, reach);
	buf_reset(&head);
	buf_printf(&head, _("Not answered (%zu of %zu):"),
	    eval_not_asked(ev), ev->r->nsymptoms);
	report_text_answers(b, t, ev, EVAL_NOT_ASKED, NULL, buf_str(&head));
	buf_absorb(b, &head);
	report_asked_text(t, a);
	report_text_para(b, t, 0);
}

/*
 * The whole report.  The time of the check is now; list has room for
 * every rule, reach for every rule and symptom.
 */
static void
report_text_all(struct buf *b, const struct eval *ev,
    const struct report_asked *a, const char *when, size_t *list,
    size_t *reach)
{
	struct format_opts o = { 0, FORMAT_WIDTH, NULL, 0 };
	struct buf	 t;

	o.when = when;
	buf_init(&t);
	buf_printf(b, "%s %s\n\n", _("redflag report: back-pain red flags."),
	    safety(SAFETY_NOT_A_DIAGNOSIS));
	report_text_urgent(b, &t, ev);
	report_text_flags(b, &t, ev, list);
	report_text_reach(ev->r, reach, reach + ev->r->nrules);
	report_text_said(b, &t, ev, a, reach + ev->r->nrules);
	buf_putc(b, '\n');
	format_header(b, ev->r, &o);
	buf_putc(b, '\n');
	format_text(&t, ev->r->disclaimer, 0);
	report_text_para(b, &t, 0);
	buf_free(&t);
}

void
report_text(struct buf *b, const struct eval *ev,
    const struct report_asked *a, time_t now)
{
	const struct rules *r = ev->r;
	size_t		*list, *reach;
	char		 when[64];
	struct tm	 tm;

	if (localtime_r(&now, &tm) == NULL || strftime(when, sizeof(when),
	    "%Y-%m-%d %H:%M:%S %z", &tm) == 0)
		snprintf(when, sizeof(when), "%lld", (long long)now);
	list = malloc((r->nrules + 1) * sizeof(*list));
	reach = malloc((r->nrules + r->nsymptoms + 1) * sizeof(*reach));
	if (list == NULL || reach == NULL)
		b->failed = 1;
	else
		report_text_all(b, ev, a, when, list, reach);
	free(list);
	free(reach);
}
