/* rules.c: a loaded rules file: lookups and freeing. */
#include "config.h"

#include <stdlib.h>

#include "rules.h"

static void
rules_free_rule(struct rule *r)
{
	size_t	 i;

	free(r->id);
	free(r->level_id);
	free(r->when);
	cond_free(r->cond);
	free(r->message);
	free(r->advice);
	for (i = 0; i < r->nsources; i++)
		free(r->source_ids[i]);
	free(r->source_ids);
	free(r->sources);
	free(r->when_lines);
	free(r->when_offs);
}

static void
rules_free_ids(char **ids, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

static void
rules_free_tcase(struct tcase *t)
{
	free(t->name);
	rules_free_ids(t->answer_ids, t->nanswer_ids);
	free(t->answers);
	free(t->expect_id);
	rules_free_ids(t->fire_ids, t->nfire_ids);
	free(t->fires);
	rules_free_ids(t->quiet_ids, t->nquiet_ids);
	free(t->quiets);
	free(t->source);
	free(t->tier);
	free(t->note);
}

static void
rules_free_level(struct level *l)
{
	free(l->id);
	free(l->label);
	free(l->tag);
	free(l->action);
	free(l->color);
}

static void
rules_free_source(struct source *s)
{
	free(s->id);
	free(s->title);
	free(s->url);
}

static void
rules_free_symptom(struct symptom *s)
{
	free(s->id);
	free(s->label);
	free(s->help);
	rules_free_ids(s->keywords, s->nkeywords);
}

static void
rules_free_trace(struct trace *t)
{
	free(t->source_id);
	free(t->statement);
	free(t->note);
	rules_free_ids(t->ids, t->nids);
}

/* What resolve.c derived. */
static void
rules_free_derived(struct rules *r)
{
	free(r->order);
	free(r->topo);
	free(r->users);
	free(r->users_at);
	free(r->sym_order);
	free(r->sym_place);
}

void
rules_free(struct rules *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nlevels; i++)
		rules_free_level(&r->levels[i]);
	for (i = 0; i < r->nsources; i++)
		rules_free_source(&r->sources[i]);
	for (i = 0; i < r->nsymptoms; i++)
		rules_free_symptom(&r->symptoms[i]);
	for (i = 0; i < r->nrules; i++)
		rules_free_rule(&r->rules[i]);
	for (i = 0; i < r->ntraces; i++)
		rules_free_trace(&r->traces[i]);
	for (i = 0; i < r->ntcases; i++)
		rules_free_tcase(&r->tcases[i]);
	for (i = 0; i < r->ngroups; i++) {
		free(r->groups[i].name);
		free(r->groups[i].symptoms);
	}
	free(r->levels);
	free(r->sources);
	free(r->symptoms);
	free(r->rules);
	free(r->traces);
	free(r->tcases);
	free(r->groups);
	rules_free_derived(r);
	strmap_free(&r->ids);
	strmap_free(&r->level_ids);
	strmap_free(&r->source_ids);
	free(r->origin);
	free(r->title);
	free(r->version);
	free(r->date);
	free(r->disclaimer);
	free(r->no_flag);
	free(r);
}

/* Find a symptom by id.  Returns 1 and sets *index, else 0. */
int
rules_symptom(const struct rules *r, const char *id, size_t *index)
{
	size_t	 v;

	if (!strmap_get(&r->ids, id, &v) || (v & RULES_RULE_BIT))
		return (0);
	*index = v;
	return (1);
}

/* Find a rule by id.  Returns 1 and sets *index, else 0. */
int
rules_rule(const struct rules *r, const char *id, size_t *index)
{
	size_t	 v;

	if (!strmap_get(&r->ids, id, &v) || !(v & RULES_RULE_BIT))
		return (0);
	*index = v & ~RULES_RULE_BIT;
	return (1);
}

/* The rank of a level: 1 for the least urgent, nlevels for the most. */
size_t
rules_rank(const struct rules *r, size_t level)
{
	return (r->nlevels - level);
}

/*
 * The line of the file that holds byte col (from 1) of the rule's
 * condition, which may be written as several strings on several lines.
 */
unsigned long
rules_when_line(const struct rule *rule, unsigned col)
{
	unsigned long	 line = rule->when_line;
	size_t		 i;

	for (i = 0; i < rule->when_pieces && col > 0 &&
	    rule->when_offs[i] <= (size_t)col - 1; i++)
		line = rule->when_lines[i];
	return (line);
}

/* A level's id, or "none" for RULES_NONE. */
const char *
rules_level_id(const struct rules *r, size_t level)
{
	return (level == RULES_NONE ? RULES_NONE_ID : r->levels[level].id);
}

/* The most urgent level among the rules that fired, or RULES_NONE. */
size_t
rules_highest(const struct rules *r, const unsigned char *fired)
{
	size_t	 i, best = RULES_NONE;

	for (i = 0; i < r->nrules; i++) {
		if (fired[i] && (best == RULES_NONE || r->rules[i].level < best))
			best = r->rules[i].level;
	}
	return (best);
}

/*
 * The rules whose condition names symptom i, in file order, each once;
 * *n gets how many.  Their lists, one for each symptom and then one for
 * each rule, are one after another in r->users, list k from
 * r->users_at[k] to r->users_at[k + 1].
 */
const uint32_t *
rules_symptom_users(const struct rules *r, size_t i, size_t *n)
{
	*n = r->users_at[i + 1] - r->users_at[i];
	return (r->users + r->users_at[i]);
}

/* The rules whose condition names rule i; see rules_symptom_users. */
const uint32_t *
rules_rule_users(const struct rules *r, size_t i, size_t *n)
{
	return (rules_symptom_users(r, r->nsymptoms + i, n));
}
