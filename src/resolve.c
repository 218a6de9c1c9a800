/*
 * resolve.c: the second pass over a rules file that has been read
 * without errors.  It resolves levels, sources and the names in
 * conditions; derives, once for every reader, who uses each symptom and
 * rule, the order in which rules are evaluated (each after the rules it
 * names) and the order in which symptoms are shown and asked; and
 * reports cycles, chains that are too deep, rules that fire with
 * nothing ticked, entries that nothing uses, and symptom ids that plain
 * line mode would take for a command.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "i18n.h"
#include "reply.h"
#include "resolve.h"
#include "suggest.h"

struct resolve {
	struct rules	*r;
	struct diags	*d;
	size_t		*stamp[2];	/* per symptom and per rule: the list */
	size_t		 nstamp;	/* of ids that named it last */
};

/*
 * Filling the users lists: targets are numbered symptoms first, then
 * rules.  A first pass counts (pool is NULL), a second fills.
 */
struct resolve_users {
	const struct rules *r;
	size_t		*last;		/* per target: the rule naming it, + 1 */
	size_t		*at;		/* per target: a count, then a place */
	size_t		 rule;		/* the rule being walked */
	uint32_t	*pool;
};

static const char *
resolve_suggest_id(const struct rules *r, const char *name)
{
	struct suggest	 s;
	size_t		 i;

	suggest_init(&s, name, r->nsymptoms + r->nrules, 1);
	for (i = 0; i < r->nsymptoms; i++) {
		if (r->symptoms[i].id != NULL)
			suggest_try(&s, r->symptoms[i].id);
	}
	for (i = 0; i < r->nrules; i++) {
		if (r->rules[i].id != NULL)
			suggest_try(&s, r->rules[i].id);
	}
	return (suggest_result(&s));
}

static void
resolve_unknown_name(struct resolve *x, const struct rule *rule,
    const struct cond *c)
{
	const char	*best;
	unsigned long	 line = rules_when_line(rule, c->col);

	if (strmap_get(&x->r->level_ids, c->name, NULL)) {
		/* TRANSLATORS: in this message and the next two: the
		   rule's id; 'when' is the setting of its condition; the
		   column in the condition; the id named there; the
		   closest known id. */
		diags_add(x->d, DIAG_ERROR, line, c->col, _("rule '%s': "
		    "'when', column %u: '%s' is a level, not a symptom or a "
		    "rule"), rule->id, c->col, c->name);
		return;
	}
	if (x->d->n < DIAG_MAX &&
	    (best = resolve_suggest_id(x->r, c->name)) != NULL)
		diags_add(x->d, DIAG_ERROR, line, c->col, _("rule '%s': "
		    "'when', column %u: unknown id '%s' (did you mean '%s'?)"),
		    rule->id, c->col, c->name, best);
	else
		diags_add(x->d, DIAG_ERROR, line, c->col, _("rule '%s': "
		    "'when', column %u: unknown id '%s'"), rule->id, c->col,
		    c->name);
}

/* A name resolved to v, from rules->ids. */
static void
resolve_ref(struct cond *c, size_t v)
{
	c->ref = (v & RULES_RULE_BIT) != 0 ? COND_RULE : COND_SYMPTOM;
	c->index = v & ~RULES_RULE_BIT;
}

/* Resolve every name in a condition tree (its depth is bounded). */
static void
resolve_names(struct resolve *x, const struct rule *rule, struct cond *c)
{
	size_t	 i, v;

	if (c->kind == COND_NAME) {
		if (strmap_get(&x->r->ids, c->name, &v))
			resolve_ref(c, v);
		else
			resolve_unknown_name(x, rule, c);
		return;
	}
	for (i = 0; i < c->nkids; i++)
		resolve_names(x, rule, c->kids[i]);
}

static void
resolve_level(struct resolve *x, struct rule *rule)
{
	struct suggest	 s;
	size_t		 i;

	if (strmap_get(&x->r->level_ids, rule->level_id, &rule->level))
		return;
	suggest_init(&s, rule->level_id, x->r->nlevels, x->d->n < DIAG_MAX);
	for (i = 0; i < x->r->nlevels; i++) {
		if (x->r->levels[i].id != NULL)
			suggest_try(&s, x->r->levels[i].id);
	}
	if (suggest_result(&s) != NULL)
		/* TRANSLATORS: the rule's id, its level, and the closest
		   level. */
		diags_add(x->d, DIAG_ERROR, rule->line, 0, _("rule '%s': "
		    "unknown level '%s' (did you mean '%s'?)"), rule->id,
		    rule->level_id, suggest_result(&s));
	else
		diags_add(x->d, DIAG_ERROR, rule->line, 0, _("rule '%s': "
		    "unknown level '%s'"), rule->id, rule->level_id);
}

/* How many of the rule's sources before the i-th have its name. */
static size_t
resolve_source_seen(const struct rule *rule, size_t i)
{
	size_t	 j, n = 0;

	for (j = 0; j < i; j++)
		n += strcmp(rule->source_ids[j], rule->source_ids[i]) == 0;
	return (n);
}

static int
resolve_sources(struct resolve *x, struct rule *rule)
{
	size_t	 i;

	if (rule->nsources == 0)
		return (0);	/* a warning, once the file is clean */
	if ((rule->sources = calloc(rule->nsources, sizeof(size_t))) == NULL)
		return (-1);
	for (i = 0; i < rule->nsources; i++) {
		if (strmap_get(&x->r->source_ids, rule->source_ids[i],
		    &rule->sources[i]))
			x->r->sources[rule->sources[i]].nusers++;
		else
			diags_add(x->d, DIAG_ERROR, rule->line, 0, _("rule "
			    "'%s': unknown source '%s'"), rule->id,
			    rule->source_ids[i]);
		if (resolve_source_seen(rule, i) == 1)
			diags_add(x->d, DIAG_ERROR, rule->line, 0, _("rule "
			    "'%s': source '%s' is named twice"), rule->id,
			    rule->source_ids[i]);
	}
	return (0);
}

/* A problem in a rule's condition, on the line of the file that holds it. */
static void
resolve_cond_error(struct resolve *x, const struct rule *rule,
    const struct diag *g)
{
	unsigned long	 line = rules_when_line(rule, g->col);

	/* TRANSLATORS: the rule's id, the column in its condition
	   ('when'), and what is wrong there. */
	diags_add(x->d, DIAG_ERROR, line, g->col, _("rule '%s': 'when', "
	    "column %u: %s"), rule->id, g->col, g->msg);
}

/* Parse the rule's condition and resolve its names.  -1: no memory. */
static int
resolve_cond(struct resolve *x, struct rule *rule)
{
	struct diags	 cd;
	int		 rc = 0;

	diags_init(&cd);
	if ((rule->cond = cond_parse(rule->when, &cd)) != NULL)
		resolve_names(x, rule, rule->cond);
	else if (cd.nomem || cd.n == 0)
		rc = -1;
	else
		resolve_cond_error(x, rule, &cd.v[0]);
	diags_free(&cd);
	return (rc);
}

static int
resolve_rule(struct resolve *x, size_t i)
{
	struct rule	*rule = &x->r->rules[i];

	if (rule->id == NULL)
		return (0);	/* reported already */
	if (rule->level_id != NULL)
		resolve_level(x, rule);
	if (resolve_sources(x, rule) != 0)
		return (-1);
	if (rule->when == NULL)
		return (0);
	return (resolve_cond(x, rule));
}

/* Note that u->rule names target t (once however often it does). */
static void
resolve_users_add(struct resolve_users *u, size_t t)
{
	if (u->last[t] == u->rule + 1)
		return;
	u->last[t] = u->rule + 1;
	if (u->pool == NULL)
		u->at[t]++;
	else
		u->pool[u->at[t]++] = (uint32_t)u->rule;
}

static void
resolve_users_walk(struct resolve_users *u, const struct cond *c)
{
	size_t	 i;

	if (c->kind == COND_NAME)
		resolve_users_add(u, c->index + (c->ref == COND_RULE ?
		    u->r->nsymptoms : 0));
	for (i = 0; i < c->nkids; i++)
		resolve_users_walk(u, c->kids[i]);
}

/* One pass over every condition, in file order. */
static void
resolve_users_pass(struct resolve_users *u)
{
	memset(u->last, 0, (u->r->nsymptoms + u->r->nrules + 1) *
	    sizeof(*u->last));
	for (u->rule = 0; u->rule < u->r->nrules; u->rule++)
		resolve_users_walk(u, u->r->rules[u->rule].cond);
}

/*
 * For every symptom and rule, the rules whose condition names it, in
 * file order, each once: counted, then filled into one pool, r->users,
 * where r->users_at says where each list starts (see rules.h).
 * -1: no memory.
 */
static int
resolve_users(struct resolve *x)
{
	struct rules	*r = x->r;
	struct resolve_users u;
	size_t		 t, n = 0, nt = r->nsymptoms + r->nrules;
	int		 rc = -1;

	memset(&u, 0, sizeof(u));
	u.r = r;
	u.last = calloc(nt + 1, sizeof(*u.last));
	u.at = calloc(nt + 1, sizeof(*u.at));
	r->users_at = calloc(nt + 1, sizeof(*r->users_at));
	if (u.last == NULL || u.at == NULL || r->users_at == NULL)
		goto out_free;
	resolve_users_pass(&u);
	for (t = 0; t < nt; t++) {
		r->users_at[t] = (uint32_t)n;
		n += u.at[t];
		u.at[t] = r->users_at[t];
	}
	r->users_at[nt] = (uint32_t)n;
	if ((r->users = calloc(n + 1, sizeof(*r->users))) == NULL)
		goto out_free;
	u.pool = r->users;
	resolve_users_pass(&u);
	rc = 0;
out_free:
	free(u.last);
	free(u.at);
	return (rc);
}

/* The first rule that c names which is in or behind a cycle, if any. */
static int
resolve_first_cyclic(const struct cond *c, const size_t *indeg, size_t *out)
{
	size_t	 i;

	if (c->kind == COND_NAME && c->ref == COND_RULE && indeg[c->index] > 0) {
		*out = c->index;
		return (1);
	}
	for (i = 0; i < c->nkids; i++) {
		if (resolve_first_cyclic(c->kids[i], indeg, out))
			return (1);
	}
	return (0);
}

/* The first rule that rule i names which is itself in or behind a cycle. */
static size_t
resolve_next(const struct resolve *x, size_t i, const size_t *indeg)
{
	size_t	 next = i;	/* kept only if none: such a rule names one */

	resolve_first_cyclic(x->r->rules[i].cond, indeg, &next);
	return (next);
}

/*
 * Walk from start along resolve_next until a rule repeats.  If it was
 * seen on this walk, the rules from there on form a new cycle: report
 * it.  walk[] records which walk saw each rule (start + 1).
 */
static void
resolve_report_cycle(struct resolve *x, size_t start, size_t *walk,
    const size_t *indeg)
{
	struct rules	*r = x->r;
	struct buf	 b;
	size_t		 cur = start, first;

	while (walk[cur] == 0) {
		walk[cur] = start + 1;
		cur = resolve_next(x, cur, indeg);
	}
	if (walk[cur] != start + 1)
		return;		/* runs into a cycle reported already */
	first = cur;
	buf_init(&b);
	do {
		buf_printf(&b, "%s -> ", r->rules[cur].id);
		cur = resolve_next(x, cur, indeg);
	} while (cur != first && b.len < 400);
	buf_puts(&b, cur == first ? r->rules[first].id : "...");
	/* TRANSLATORS: the rule's id, and the cycle, as "a -> b -> a". */
	diags_add(x->d, DIAG_ERROR, r->rules[first].line, 0, _("rule '%s' "
	    "depends on itself: %s"), r->rules[first].id, buf_str(&b));
	buf_free(&b);
}

/* How many rules each rule names, each once. */
static void
resolve_indegrees(const struct rules *r, size_t *indeg)
{
	uint32_t	 k;

	for (k = r->users_at[r->nsymptoms]; k < r->users_at[r->nsymptoms +
	    r->nrules]; k++)
		indeg[r->users[k]]++;
}

/*
 * Kahn's algorithm: a rule goes in the order once every rule it names
 * is in; its depth is one more than theirs.  Returns how many went in.
 */
static size_t
resolve_kahn(struct rules *r, size_t *indeg)
{
	const uint32_t	*users;
	size_t		 head = 0, tail = 0, i, j, u, n;

	for (i = 0; i < r->nrules; i++) {
		if (indeg[i] == 0)
			r->order[tail++] = i;
	}
	while (head < tail) {
		i = r->order[head];
		r->topo[i] = head++;
		users = rules_rule_users(r, i, &n);
		for (j = 0; j < n; j++) {
			u = users[j];
			if (r->rules[u].depth < r->rules[i].depth + 1)
				r->rules[u].depth = r->rules[i].depth + 1;
			if (--indeg[u] == 0)
				r->order[tail++] = u;
		}
	}
	return (tail);
}

/* The order of evaluation; rules left over are in or behind a cycle. */
static int
resolve_order(struct resolve *x)
{
	struct rules	*r = x->r;
	size_t		*indeg, *walk, i;
	int		 rc = -1;

	indeg = calloc(r->nrules + 1, sizeof(*indeg));
	walk = calloc(r->nrules + 1, sizeof(*walk));
	r->order = calloc(r->nrules + 1, sizeof(*r->order));
	r->topo = calloc(r->nrules + 1, sizeof(*r->topo));
	if (indeg == NULL || walk == NULL || r->order == NULL ||
	    r->topo == NULL)
		goto out_free;
	resolve_indegrees(r, indeg);
	if (resolve_kahn(r, indeg) < r->nrules) {
		for (i = 0; i < r->nrules; i++) {
			if (indeg[i] > 0 && walk[i] == 0)
				resolve_report_cycle(x, i, walk, indeg);
		}
	}
	rc = 0;
out_free:
	free(indeg);
	free(walk);
	return (rc);
}

static void
resolve_depth(struct resolve *x)
{
	struct rule	*rule;
	size_t		 i;

	for (i = 0; i < x->r->nrules; i++) {
		rule = &x->r->rules[i];
		/* depth counts the rules below it; the chain has one more */
		if (rule->depth + 1 == CONF_MAX_RULE_DEPTH + 1)
			diags_add(x->d, DIAG_ERROR, rule->line, 0, ngettext(
			    "rule '%s' heads a chain of more than %d rule "
			    "naming rules", "rule '%s' heads a chain of more "
			    "than %d rules naming rules", CONF_MAX_RULE_DEPTH),
			    rule->id, CONF_MAX_RULE_DEPTH);
	}
}

/* A red flag must need at least one ticked answer. */
static int
resolve_check_empty(struct resolve *x)
{
	struct rules	*r = x->r;
	unsigned char	*sym, *fired;
	size_t		 i, k;

	sym = calloc(r->nsymptoms + 1, 1);
	fired = calloc(r->nrules + 1, 1);
	if (sym == NULL || fired == NULL) {
		free(sym);
		free(fired);
		return (-1);
	}
	for (k = 0; k < r->nrules; k++) {
		i = r->order[k];
		fired[i] = (unsigned char)cond_eval(r->rules[i].cond, sym,
		    fired);
		if (fired[i])
			diags_add(x->d, DIAG_ERROR, r->rules[i].when_line, 0,
			    _("rule '%s' fires when no box is ticked; a red "
			    "flag must need at least one ticked answer"),
			    r->rules[i].id);
	}
	free(sym);
	free(fired);
	return (0);
}

static void
resolve_warn_unused(struct resolve *x)
{
	struct rules	*r = x->r;
	size_t		 i;

	for (i = 0; i < r->nsymptoms; i++) {
		if (r->users_at[i] == r->users_at[i + 1])
			diags_add(x->d, DIAG_WARNING, r->symptoms[i].line, 0,
			    _("symptom '%s' is not used by any rule"),
			    r->symptoms[i].id);
	}
	for (i = 0; i < r->nrules; i++) {
		if (r->rules[i].nsources == 0)
			diags_add(x->d, DIAG_WARNING, r->rules[i].line, 0,
			    _("rule '%s' cites no source"), r->rules[i].id);
	}
	for (i = 0; i < r->nsources; i++) {
		if (r->sources[i].nusers == 0)
			diags_add(x->d, DIAG_WARNING, r->sources[i].line, 0,
			    _("source '%s' is not cited by any rule or trace "
			    "entry"), r->sources[i].id);
	}
}

/* Trace entries name a source and the symptoms and rules covering it. */
static void
resolve_traces(struct resolve *x)
{
	struct rules	*r = x->r;
	struct trace	*t;
	size_t		 i, k;

	for (i = 0; i < r->ntraces; i++) {
		t = &r->traces[i];
		if (t->source_id == NULL)
			continue;
		if (strmap_get(&r->source_ids, t->source_id, &t->source))
			r->sources[t->source].nusers++;
		else
			diags_add(x->d, DIAG_ERROR, t->line, 0, _("trace "
			    "entry: unknown source '%s'"), t->source_id);
		for (k = 0; k < t->nids; k++) {
			if (!strmap_get(&r->ids, t->ids[k], NULL))
				diags_add(x->d, DIAG_ERROR, t->line, 0,
				    _("trace entry: unknown id '%s' in "
				    "'covered_by'"), t->ids[k]);
		}
		if (t->nids == 0 && t->note == NULL)
			diags_add(x->d, DIAG_ERROR, t->line, 0, "%s", _("trace "
			    "entry: give 'covered_by', or a 'note' saying why "
			    "the statement is not covered"));
	}
}

/*
 * What is wrong with an id of a test case, by what it must be (a
 * symptom, or a rule): unknown, unknown with a hint, or the other kind.
 */
static const char *const resolve_tcase_msgs[2][3] = { {
	/* TRANSLATORS: in these six messages, the test case's name, the
	   id, and the closest known id. */
	N_("test case '%s': unknown symptom '%s'"),
	N_("test case '%s': unknown symptom '%s' (did you mean '%s'?)"),
	N_("test case '%s': '%s' is a rule, not a symptom")
}, {
	N_("test case '%s': unknown rule '%s'"),
	N_("test case '%s': unknown rule '%s' (did you mean '%s'?)"),
	N_("test case '%s': '%s' is a symptom, not a rule")
} };

/* Resolve one id of a test case to a symptom (want 0) or a rule. */
static int
resolve_tcase_id(struct resolve *x, const struct tcase *t, const char *id,
    int want_rule, size_t *out)
{
	const char *const *msg = resolve_tcase_msgs[want_rule != 0];
	const char	*hint;
	size_t		 v;

	if (!strmap_get(&x->r->ids, id, &v)) {
		hint = resolve_suggest_id(x->r, id);
		diags_add(x->d, DIAG_ERROR, t->line, 0, _(msg[hint != NULL]),
		    t->name, id, hint);
		return (-1);
	}
	if (((v & RULES_RULE_BIT) != 0) != want_rule) {
		diags_add(x->d, DIAG_ERROR, t->line, 0, _(msg[2]), t->name, id);
		return (-1);
	}
	*out = v & ~RULES_RULE_BIT;
	return (0);
}

/*
 * Resolve a list of ids; an id named twice is an error, reported once.
 * Each list gets a new stamp, so the check is linear.  -1: no memory.
 */
static int
resolve_tcase_ids(struct resolve *x, const struct tcase *t, char **ids,
    size_t n, int want_rule, size_t **out)
{
	size_t	*stamp = x->stamp[want_rule], v, i;

	if ((*out = calloc(n + 1, sizeof(**out))) == NULL)
		return (-1);
	x->nstamp++;
	for (i = 0; i < n; i++) {
		if (resolve_tcase_id(x, t, ids[i], want_rule, &v) != 0)
			continue;
		(*out)[i] = v;
		if (stamp[v] == x->nstamp)
			diags_add(x->d, DIAG_ERROR, t->line, 0, _("test case "
			    "'%s': '%s' is named twice"), t->name, ids[i]);
		stamp[v] = x->nstamp;
	}
	return (0);
}

static void
resolve_tcase_expect(struct resolve *x, struct tcase *t)
{
	if (strcmp(t->expect_id, RULES_NONE_ID) == 0)
		t->expect = RULES_NONE;
	else if (!strmap_get(&x->r->level_ids, t->expect_id, &t->expect))
		/* TRANSLATORS: the test case's name, none (the word that
		   means no level, kept as it is) and what 'expect' is. */
		diags_add(x->d, DIAG_ERROR, t->line, 0, _("test case '%s': "
		    "'expect' must be a level id or '%s' (it is '%s')"),
		    t->name, RULES_NONE_ID, t->expect_id);
}

/* A rule both in 'fires' and in 'quiet' can never pass. */
static void
resolve_tcase_clash(struct resolve *x, const struct tcase *t)
{
	size_t	 i, k;

	for (i = 0; i < t->nfire_ids; i++) {
		for (k = 0; k < t->nquiet_ids; k++) {
			if (strcmp(t->fire_ids[i], t->quiet_ids[k]) == 0)
				diags_add(x->d, DIAG_ERROR, t->line, 0,
				    _("test case '%s': rule '%s' is in both "
				    "'fires' and 'quiet'"), t->name,
				    t->fire_ids[i]);
		}
	}
}

/* Test cases name symptoms, a level and rules.  -1: no memory. */
static int
resolve_tcases(struct resolve *x)
{
	struct rules	*r = x->r;
	struct tcase	*t;
	size_t		 i;

	if (r->ntcases == 0)
		return (0);
	x->stamp[0] = calloc(r->nsymptoms + 1, sizeof(size_t));
	x->stamp[1] = calloc(r->nrules + 1, sizeof(size_t));
	if (x->stamp[0] == NULL || x->stamp[1] == NULL)
		return (-1);

	if (r->ntcases > 0 && strmap_get(&r->level_ids, RULES_NONE_ID, &i))
		/* TRANSLATORS: both %s are none, the word of the rules file
		   that means no level: keep it. */
		diags_add(x->d, DIAG_ERROR, r->levels[i].line, 0, _("a level "
		    "may not be called '%s' when there are test cases: "
		    "'expect = \"%s\"' means that no rule fires"),
		    RULES_NONE_ID, RULES_NONE_ID);
	for (i = 0; i < r->ntcases; i++) {
		t = &r->tcases[i];
		if (t->name == NULL || t->expect_id == NULL)
			continue;
		resolve_tcase_expect(x, t);
		if (resolve_tcase_ids(x, t, t->answer_ids, t->nanswer_ids, 0,
		    &t->answers) != 0 ||
		    resolve_tcase_ids(x, t, t->fire_ids, t->nfire_ids, 1,
		    &t->fires) != 0 ||
		    resolve_tcase_ids(x, t, t->quiet_ids, t->nquiet_ids, 1,
		    &t->quiets) != 0)
			return (-1);
		resolve_tcase_clash(x, t);
	}
	return (0);
}

/* A symptom id typed in plain line mode must not read as a command. */
static void
resolve_commands(struct resolve *x)
{
	const struct symptom *s;
	size_t		 i;

	for (i = 0; i < x->r->nsymptoms; i++) {
		s = &x->r->symptoms[i];
		if (s->id != NULL &&
		    reply_word(s->id, strlen(s->id)) != REPLY_OTHER)
			/* TRANSLATORS: both %s are the same id. */
			diags_add(x->d, DIAG_ERROR, s->line, 0, _("symptom "
			    "'%s': '%s' is a command in plain line mode, so it "
			    "cannot be an id"), s->id, s->id);
	}
}

/*
 * The order in which symptoms are shown and asked, group by group, and
 * each symptom's place in it.  -1: no memory.
 */
static int
resolve_sym_order(struct rules *r)
{
	size_t	 g, k, n = 0;

	r->sym_order = calloc(r->nsymptoms + 1, sizeof(*r->sym_order));
	r->sym_place = calloc(r->nsymptoms + 1, sizeof(*r->sym_place));
	if (r->sym_order == NULL || r->sym_place == NULL)
		return (-1);
	for (g = 0; g < r->ngroups; g++) {
		for (k = 0; k < r->groups[g].n; k++) {
			r->sym_place[r->groups[g].symptoms[k]] = n;
			r->sym_order[n++] = r->groups[g].symptoms[k];
		}
	}
	return (0);
}

/*
 * Resolve what can be resolved; the checks that need every rule intact
 * run only when there is no error at all.
 */
static int
resolve_all(struct resolve *x)
{
	size_t	 i;

	resolve_commands(x);
	for (i = 0; i < x->r->nrules; i++) {
		if (resolve_rule(x, i) != 0)
			return (-1);
	}
	resolve_traces(x);
	if (resolve_tcases(x) != 0)
		return (-1);
	if (x->d->nerrors > 0)
		return (0);
	if (resolve_users(x) != 0 || resolve_order(x) != 0 ||
	    resolve_sym_order(x->r) != 0)
		return (-1);
	resolve_depth(x);
	if (x->d->nerrors > 0)
		return (0);
	if (resolve_check_empty(x) != 0)
		return (-1);
	resolve_warn_unused(x);
	return (0);
}

/* Returns -1 when out of memory; problems go to d. */
int
resolve_rules(struct rules *r, struct diags *d)
{
	struct resolve	 x;
	int		 rc;

	memset(&x, 0, sizeof(x));
	x.r = r;
	x.d = d;
	if ((rc = resolve_all(&x)) != 0)
		d->nomem = 1;
	free(x.stamp[0]);
	free(x.stamp[1]);
	return (rc);
}
