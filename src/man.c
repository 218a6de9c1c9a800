/*
 * man.c: the reference page of a rules file, redflag-rules(7), written
 * in mdoc from the loaded rules (redflag --man), so that the page can
 * never say something the rules do not.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "man.h"
#include "safety.h"
#include "tcase.h"
#include "utf8.h"

/*
 * Text for mdoc: \ becomes \e; each sentence goes on a line of its own,
 * as mdoc wants; a line that would start with . or ' gets \& first.
 */
static void
man_text(struct buf *b, const char *s)
{
	struct buf	 t;
	const char	*p;
	int		 bol = 1;

	buf_init(&t);
	utf8_sanitize(&t, s, strlen(s), 0);
	for (p = buf_str(&t); *p != '\0'; p++) {
		if (bol) {
			while (*p == ' ')
				p++;
			if (*p == '\0')
				break;
			if (*p == '.' || *p == '\'')
				buf_puts(b, "\\&");
			bol = 0;
		}
		if (*p == '\\')
			buf_puts(b, "\\e");
		else
			buf_putc(b, *p);
		if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ' &&
		    p[2] != '\0') {
			buf_putc(b, '\n');
			bol = 1;
		}
	}
	buf_absorb(b, &t);
}

/*
 * Text for the arguments of a macro line: every word starts with \& so
 * that none can be read as a macro, and quotes cannot open an argument.
 */
static void
man_args(struct buf *b, const char *s)
{
	struct buf	 t;
	const char	*p;
	int		 bow = 1;

	buf_init(&t);
	utf8_sanitize(&t, s, strlen(s), 0);
	for (p = buf_str(&t); *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t') {
			buf_putc(b, ' ');
			bow = 1;
			continue;
		}
		if (bow)
			buf_puts(b, "\\&");
		bow = 0;
		if (*p == '\\')
			buf_puts(b, "\\e");
		else if (*p == '"')
			buf_puts(b, "\\(dq");
		else
			buf_putc(b, *p);
	}
	buf_absorb(b, &t);
}

void
man_line(struct buf *b, const char *s)
{
	man_text(b, s);
	buf_putc(b, '\n');
}

/* 2026-11-23 -> November 23, 2026 (mdoc's date), else as it is. */
void
man_date(struct buf *b, const char *date)
{
	static const char *months[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	int	 y, m, d;
	char	 rest;

	if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && m >= 1 &&
	    m <= 12 && d >= 1 && d <= 31)
		buf_printf(b, ".Dd %s %d, %d\n", months[m - 1], d, y);
	else {
		buf_puts(b, ".Dd ");
		man_args(b, date);
		buf_putc(b, '\n');
	}
}

static void	man_cond(struct buf *, const struct rules *,
		    const struct cond *, int);

/* A condition in words: labels in quotes, and, or, not, "at least". */
static void
man_cond_kids(struct buf *b, const struct rules *r, const struct cond *c,
    const char *sep)
{
	size_t	 i;

	for (i = 0; i < c->nkids; i++) {
		if (i > 0)
			buf_puts(b, sep);
		man_cond(b, r, c->kids[i], 1);
	}
}

static void
man_cond(struct buf *b, const struct rules *r, const struct cond *c,
    int nested)
{
	int	 paren = nested && (c->kind == COND_AND || c->kind == COND_OR);

	if (paren)
		buf_putc(b, '(');
	switch (c->kind) {
	case COND_NAME:
		if (c->ref == COND_SYMPTOM)
			buf_printf(b, "\"%s\"", r->symptoms[c->index].label);
		else
			buf_printf(b, "the rule %s fires", r->rules[c->index].id);
		break;
	case COND_NOT:
		buf_puts(b, "not ");
		man_cond(b, r, c->kids[0], 1);
		break;
	case COND_AND:
		man_cond_kids(b, r, c, " and ");
		break;
	case COND_OR:
		man_cond_kids(b, r, c, " or ");
		break;
	case COND_OF:
		buf_printf(b, "at least %zu of these %zu: ", c->need, c->nkids);
		man_cond_kids(b, r, c, "; ");
		break;
	}
	if (paren)
		buf_putc(b, ')');
}

static void
man_head(struct buf *b, const struct rules *r)
{
	man_date(b, r->date);
	buf_puts(b, ".Dt REDFLAG-RULES 7\n.Os\n.Sh NAME\n.Nm redflag-rules\n"
	    ".Nd the red-flag rules shipped with redflag\n.Sh DESCRIPTION\n"
	    "This page lists everything in the rules file\n\\(lq");
	man_text(b, r->title);
	buf_puts(b, "\\(rq, version\n");
	man_line(b, r->version);
	buf_puts(b, "of\n");
	man_text(b, r->date);
	buf_puts(b, ".\n"
	    "It was written from that file by\n.Ic redflag --man ,\n"
	    "so it says what the program does.\n"
	    "Each symptom is a box that can be ticked.\n"
	    "Each rule has a condition over the boxes; when it is true the "
	    "rule fires, and its level, message and advice are shown, with the "
	    "answers that made it fire and its sources.\n"
	    "The most urgent level is listed first.\n.Pp\n");
	man_line(b, r->disclaimer);
}

static void
man_levels(struct buf *b, const struct rules *r)
{
	size_t	 i;

	buf_puts(b, ".Sh LEVELS\nMost urgent first.\n"
	    "The exit status of\n.Fl -check\nis 1 + the rank of the most "
	    "urgent level that fired.\n.Bl -tag -width Ds\n");
	for (i = 0; i < r->nlevels; i++) {
		buf_printf(b, ".It Cm %s Pq ", r->levels[i].id);
		man_args(b, r->levels[i].tag);
		buf_printf(b, ", rank %zu\n", rules_rank(r, i));
		man_line(b, r->levels[i].label);
		buf_puts(b, ".Pp\n");
		man_line(b, r->levels[i].action);
	}
	buf_puts(b, ".El\n");
}

static void
man_symptoms(struct buf *b, const struct rules *r)
{
	const struct symptom *s;
	size_t	 g, k;

	buf_puts(b, ".Sh SYMPTOMS\nEach is shown as a box to tick, under its "
	    "group.\nThe id is what\n.Fl -check\nand\n.Fl -answers\ntake.\n");
	for (g = 0; g < r->ngroups; g++) {
		buf_puts(b, ".Ss ");
		man_args(b, r->groups[g].name);
		buf_putc(b, '\n');
		buf_puts(b, ".Bl -tag -width Ds\n");
		for (k = 0; k < r->groups[g].n; k++) {
			s = &r->symptoms[r->groups[g].symptoms[k]];
			buf_printf(b, ".It Cm %s\n", s->id);
			man_line(b, s->label);
			if (s->help != NULL) {
				buf_puts(b, ".Pp\n");
				man_line(b, s->help);
			}
		}
		buf_puts(b, ".El\n");
	}
}

static void
man_sources_of(struct buf *b, const struct rules *r, const struct rule *rule)
{
	size_t	 i;

	buf_puts(b, "Sources:\n");
	for (i = 0; i < rule->nsources; i++) {
		buf_printf(b, ".Sx %s%s\n", r->sources[rule->sources[i]].id,
		    i + 1 < rule->nsources ? " ," : " .");
	}
	if (rule->nsources == 0)
		buf_puts(b, "none given.\n");
}

/* The test cases in which a rule fires. */
static void
man_tested_by(struct buf *b, const struct rules *r, size_t rule,
    const struct tcase_result *res)
{
	size_t	 i, k, n = 0;

	for (i = 0; res != NULL && i < r->ntcases; i++) {
		for (k = 0; k < res[i].nfired; k++) {
			if (res[i].fired[k] != rule)
				continue;
			buf_puts(b, n++ ? " ,\n" : ".Pp\nIt fires in the test "
			    "cases\n");
			buf_printf(b, ".Sx %s", r->tcases[i].name);
		}
	}
	if (n > 0)
		buf_puts(b, " .\n");
	else if (r->ntcases > 0)
		buf_puts(b, ".Pp\nNo test case makes it fire.\n");
}

static void
man_rules(struct buf *b, const struct rules *r, const struct tcase_result *res)
{
	const struct rule *rule;
	struct buf	 t;
	size_t		 i;

	buf_puts(b, ".Sh RULES\nIn the order of the file.\n");
	for (i = 0; i < r->nrules; i++) {
		rule = &r->rules[i];
		buf_printf(b, ".Ss %s Pq %s\n", rule->id,
		    r->levels[rule->level].id);
		man_line(b, rule->message);
		buf_puts(b, ".Pp\nIt fires when:\n");
		buf_init(&t);
		man_cond(&t, r, rule->cond, 0);
		buf_putc(&t, '.');
		man_line(b, buf_str(&t));
		buf_absorb(b, &t);
		buf_puts(b, ".Pp\nThe condition as written:\n.Ql ");
		man_line(b, rule->when);
		buf_puts(b, ".Pp\n");
		man_line(b, rule->advice);
		buf_puts(b, ".Pp\n");
		man_sources_of(b, r, rule);
		man_tested_by(b, r, i, res);
	}
}

static void
man_ids(struct buf *b, const struct rules *r, const size_t *v, size_t n,
    int rules)
{
	size_t	 i;

	if (n == 0)
		buf_puts(b, "nothing ticked\n");
	for (i = 0; i < n; i++)
		buf_printf(b, ".Cm %s%s\n", rules ? r->rules[v[i]].id :
		    r->symptoms[v[i]].id, i + 1 < n ? " ," : "");
}

/* Each case that names an outside source's grade, beside ours. */
static void
man_tiers(struct buf *b, const struct rules *r, const struct tcase_result *res)
{
	const struct tcase *t;
	size_t	 i, k, n = 0;

	for (i = 0; res != NULL && i < r->ntcases; i++) {
		t = &r->tcases[i];
		if (t->tier == NULL)
			continue;
		if (n++ == 0)
			buf_puts(b, ".Sh OUTSIDE GRADES\nThe grade that an "
			    "outside source gives these answers, beside the "
			    "level these rules give them, as computed when this "
			    "page was written.\n.Bl -tag -width Ds\n");
		buf_puts(b, ".It");
		for (k = 0; k < t->nanswer_ids; k++)
			buf_printf(b, "%s Cm %s", k ? " ," : "",
			    r->symptoms[t->answers[k]].id);
		buf_putc(b, '\n');
		man_line(b, t->tier);
		buf_printf(b, ".Pp\nThese rules:\n.Cm %s .\n",
		    rules_level_id(r, res[i].got));
	}
	if (n > 0)
		buf_puts(b, ".El\n");
}

static void
man_cases(struct buf *b, const struct rules *r, const struct tcase_result *res)
{
	const struct tcase *t;
	size_t	 i;

	if (r->ntcases == 0)
		return;
	buf_puts(b, ".Sh TEST CASES\nEach case ticks its answers and names the "
	    "most urgent level they must give;\n.Ic redflag --test\nruns "
	    "them.\n");
	for (i = 0; i < r->ntcases; i++) {
		t = &r->tcases[i];
		buf_printf(b, ".Ss %s\nAnswers:\n", t->name);
		man_ids(b, r, t->answers, t->nanswer_ids, 0);
		buf_printf(b, ".Pp\nExpected:\n.Cm %s ;\ngiven now:\n.Cm %s .\n",
		    rules_level_id(r, t->expect), res != NULL ?
		    rules_level_id(r, res[i].got) : "?");
		buf_puts(b, ".Pp\n");
		man_line(b, t->source);
	}
}

static void
man_trace(struct buf *b, const struct rules *r)
{
	const struct trace *t;
	size_t	 i, k;

	if (r->ntraces == 0)
		return;
	buf_puts(b, ".Sh TRACEABILITY\nEach statement of the source material, "
	    "in other words, with the symptoms and rules that cover it, or why "
	    "it is not covered.\n.Bl -tag -width Ds\n");
	for (i = 0; i < r->ntraces; i++) {
		t = &r->traces[i];
		buf_printf(b, ".It Sx %s :\n", t->source_id);
		man_line(b, t->statement);
		if (t->nids > 0) {
			buf_puts(b, ".Pp\nCovered by\n");
			for (k = 0; k < t->nids; k++)
				buf_printf(b, ".Cm %s%s\n", t->ids[k],
				    k + 1 < t->nids ? " ," : " .");
		}
		if (t->note != NULL) {
			buf_puts(b, ".Pp\n");
			man_line(b, t->note);
		}
	}
	buf_puts(b, ".El\n");
}

/* A web address, which may break after each / to fit 80 columns. */
static void
man_url(struct buf *b, const char *url)
{
	const char	*p;

	buf_puts(b, ".Pp\n");
	if (*url == '.' || *url == '\'')
		buf_puts(b, "\\&");
	for (p = url; *p != '\0'; p++) {
		if (*p == '\\')
			buf_puts(b, "\\e");
		else if ((unsigned char)*p >= 0x20 && *p != 0x7f)
			buf_putc(b, *p);
		if (*p == '/' || *p == '_' || *p == '?' || *p == '&')
			buf_puts(b, "\\:");
	}
	buf_putc(b, '\n');
}

static void
man_sources(struct buf *b, const struct rules *r)
{
	size_t	 i;

	buf_puts(b, ".Sh SOURCES\n");
	for (i = 0; i < r->nsources; i++) {
		buf_printf(b, ".Ss %s\n", r->sources[i].id);
		man_line(b, r->sources[i].title);
		if (r->sources[i].url != NULL)
			man_url(b, r->sources[i].url);
	}
}

/* The whole page. */
void
man_page(struct buf *b, const struct rules *r)
{
	buf_puts(b, ".\\\" Generated by redflag --man from the rules file: "
	    "do not edit.\n");
	struct tcase_result *res;
	size_t		 i, n = 0;

	if ((res = calloc(r->ntcases + 1, sizeof(*res))) != NULL) {
		for (n = 0; n < r->ntcases; n++) {
			if (tcase_run(r, &r->tcases[n], &res[n]) != 0)
				break;
		}
	}
	if (res == NULL || n < r->ntcases)
		b->failed = 1;
	man_head(b, r);
	man_levels(b, r);
	man_symptoms(b, r);
	man_rules(b, r, b->failed ? NULL : res);
	man_tiers(b, r, b->failed ? NULL : res);
	man_cases(b, r, b->failed ? NULL : res);
	man_trace(b, r);
	man_sources(b, r);
	for (i = 0; i < n; i++)
		tcase_result_free(&res[i]);
	free(res);
	buf_printf(b, ".Sh SEE ALSO\n.Xr redflag 1 ,\n.Xr redflag.conf 5\n"
	    ".Sh CAVEATS\n%s\n%s\n%s\n",
	    safety_english(SAFETY_RULES_NOT_A_DIAGNOSIS),
	    safety_english(SAFETY_RULES_GET_CHECKED),
	    safety_english(SAFETY_RULES_NO_FLAG));
	buf_puts(b, "The rules reflect the sources they name and the date they were "
	    "written; whoever edits them takes responsibility for what they "
	    "say.\n");
}
