/*
 * conf.c: read a rules file into struct rules.  The schema is here: the
 * tables of sections and fields, and what is checked in each.  lex.c
 * checks the text first, then libconfig parses it, then every setting
 * is read and checked in file order (pos.c gives the lines for the
 * messages).  resolve.c does the rest once everything has been read.
 * Every problem is recorded; the file is rejected if any of them is an
 * error.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <libconfig.h>

#include "ascii.h"
#include "conf.h"
#include "i18n.h"
#include "lex.h"
#include "pos.h"
#include "readfile.h"
#include "resolve.h"
#include "suggest.h"
#include "utf8.h"

enum field_kind {
	FIELD_TEXT,
	FIELD_ID,
	FIELD_IDLIST,
	FIELD_TEXTLIST		/* short strings, such as keywords */
};

struct field {
	const char	*name;
	enum field_kind	 kind;
	int		 required;
	size_t		 max;		/* bytes (of each item, for lists) */
	size_t		 offset;	/* of the char * (char ** for lists) */
	size_t		 count;		/* of the size_t count, for lists */
};

struct section {
	const char	*name;		/* "symptoms" */
	const char	*noun;		/* "symptom", to translate */
	const char	*noun_id;	/* "symptom '%s'"; NULL if unnamed */
	const struct field *fields;
	size_t		 nfields;
	size_t		 size;
	size_t		 line;		/* offset of the unsigned long line */
	int		 named;		/* fields[0] is the entry's id */
};

#define F(n, k, req, max, type, member) \
	{ n, k, req, max, offsetof(type, member), 0 }

static const struct field conf_level_fields[] = {
	F("id", FIELD_ID, 1, CONF_MAX_ID, struct level, id),
	F("label", FIELD_TEXT, 1, CONF_MAX_LABEL, struct level, label),
	F("tag", FIELD_TEXT, 0, CONF_MAX_TAG, struct level, tag),
	F("action", FIELD_TEXT, 1, CONF_MAX_TEXT, struct level, action),
	F("color", FIELD_TEXT, 0, CONF_MAX_ID, struct level, color),
};

static const struct field conf_source_fields[] = {
	F("id", FIELD_ID, 1, CONF_MAX_ID, struct source, id),
	F("title", FIELD_TEXT, 1, CONF_MAX_TEXT, struct source, title),
	F("url", FIELD_TEXT, 0, CONF_MAX_TEXT, struct source, url),
};

static const struct field conf_symptom_fields[] = {
	F("id", FIELD_ID, 1, CONF_MAX_ID, struct symptom, id),
	F("group", FIELD_TEXT, 1, CONF_MAX_LABEL, struct symptom, group),
	F("label", FIELD_TEXT, 1, CONF_MAX_LABEL, struct symptom, label),
	F("help", FIELD_TEXT, 0, CONF_MAX_TEXT, struct symptom, help),
	{ "keywords", FIELD_TEXTLIST, 0, CONF_MAX_KEYWORD,
	    offsetof(struct symptom, keywords),
	    offsetof(struct symptom, nkeywords) },
};

static const struct field conf_rule_fields[] = {
	F("id", FIELD_ID, 1, CONF_MAX_ID, struct rule, id),
	F("level", FIELD_ID, 1, CONF_MAX_ID, struct rule, level_id),
	F("when", FIELD_TEXT, 1, CONF_MAX_TEXT, struct rule, when),
	F("message", FIELD_TEXT, 1, CONF_MAX_TEXT, struct rule, message),
	F("advice", FIELD_TEXT, 1, CONF_MAX_TEXT, struct rule, advice),
	{ "sources", FIELD_IDLIST, 0, CONF_MAX_ID,
	    offsetof(struct rule, source_ids), offsetof(struct rule, nsources) },
};

static const struct field conf_trace_fields[] = {
	F("source", FIELD_ID, 1, CONF_MAX_ID, struct trace, source_id),
	F("statement", FIELD_TEXT, 1, CONF_MAX_TEXT, struct trace, statement),
	{ "covered_by", FIELD_IDLIST, 0, CONF_MAX_ID,
	    offsetof(struct trace, ids), offsetof(struct trace, nids) },
	F("note", FIELD_TEXT, 0, CONF_MAX_TEXT, struct trace, note),
};

static const struct field conf_tcase_fields[] = {
	F("name", FIELD_ID, 1, CONF_MAX_ID, struct tcase, name),
	{ "answers", FIELD_IDLIST, 1, CONF_MAX_ID,
	    offsetof(struct tcase, answer_ids),
	    offsetof(struct tcase, nanswer_ids) },
	F("expect", FIELD_ID, 1, CONF_MAX_ID, struct tcase, expect_id),
	{ "fires", FIELD_IDLIST, 0, CONF_MAX_ID,
	    offsetof(struct tcase, fire_ids), offsetof(struct tcase, nfire_ids) },
	{ "quiet", FIELD_IDLIST, 0, CONF_MAX_ID,
	    offsetof(struct tcase, quiet_ids),
	    offsetof(struct tcase, nquiet_ids) },
	F("source", FIELD_TEXT, 1, CONF_MAX_TEXT, struct tcase, source),
	F("tier", FIELD_TEXT, 0, CONF_MAX_LABEL, struct tcase, tier),
	F("note", FIELD_TEXT, 0, CONF_MAX_TEXT, struct tcase, note),
};

#define NFIELDS(a)	(sizeof(a) / sizeof((a)[0]))

static const struct section conf_sections[] = {
	/* TRANSLATORS: the kinds of entry of a rules file, alone and
	   with an id, as in "symptom 'fever': missing 'label'". */
	{ "levels", N_("level"), N_("level '%s'"), conf_level_fields,
	    NFIELDS(conf_level_fields), sizeof(struct level),
	    offsetof(struct level, line), 1 },
	{ "sources", N_("source"), N_("source '%s'"), conf_source_fields,
	    NFIELDS(conf_source_fields), sizeof(struct source),
	    offsetof(struct source, line), 1 },
	{ "symptoms", N_("symptom"), N_("symptom '%s'"), conf_symptom_fields,
	    NFIELDS(conf_symptom_fields), sizeof(struct symptom),
	    offsetof(struct symptom, line), 1 },
	{ "rules", N_("rule"), N_("rule '%s'"), conf_rule_fields,
	    NFIELDS(conf_rule_fields), sizeof(struct rule),
	    offsetof(struct rule, line), 1 },
	{ "trace", N_("trace entry"), NULL, conf_trace_fields,
	    NFIELDS(conf_trace_fields), sizeof(struct trace),
	    offsetof(struct trace, line), 0 },
	{ "tests", N_("test case"), N_("test case '%s'"), conf_tcase_fields,
	    NFIELDS(conf_tcase_fields), sizeof(struct tcase),
	    offsetof(struct tcase, line), 1 },
};

enum {
	SEC_LEVELS, SEC_SOURCES, SEC_SYMPTOMS, SEC_RULES, SEC_TRACE, SEC_TESTS,
	SEC_COUNT
};

/* Sections that may be left out. */
#define SEC_OPTIONAL(i)	((i) == SEC_SOURCES || (i) == SEC_TRACE || \
			 (i) == SEC_TESTS)

/* The settings at the top that hold one string; all are required. */
struct scalar {
	const char	*name;
	size_t		 max;
	size_t		 offset;	/* of the char * in struct rules */
};

static const struct scalar conf_scalars[] = {
	{ "title", CONF_MAX_LABEL, offsetof(struct rules, title) },
	{ "version", CONF_MAX_ID, offsetof(struct rules, version) },
	{ "date", CONF_MAX_ID, offsetof(struct rules, date) },
	{ "disclaimer", CONF_MAX_TEXT, offsetof(struct rules, disclaimer) },
	{ "no_flag", CONF_MAX_TEXT, offsetof(struct rules, no_flag) },
};

static const char *const conf_colors[] = {
	"default", "red", "yellow", "green", "blue", "magenta", "cyan", "white"
};

struct conf_ctx {
	struct rules	*r;
	struct diags	*d;
	int		 raw_utf8_bad;	/* invalid UTF-8 already reported */
	struct pos	 pos;		/* lines, for messages */
	int		 seen[SEC_COUNT];
	struct strmap	 groups;
	struct strmap	 tcases;	/* test case names */
};

/* The index of a colour name, or -1. */
int
conf_color(const char *name)
{
	size_t	 i;

	for (i = 0; i < NFIELDS(conf_colors); i++) {
		if (strcmp(name, conf_colors[i]) == 0)
			return ((int)i);
	}
	return (-1);
}

static void
conf_nomem(struct conf_ctx *c)
{
	c->d->nomem = 1;
}

/* The line of a setting, past 65,535 too. */
static unsigned long
conf_line(struct conf_ctx *c, const config_setting_t *s)
{
	return (pos_line(&c->pos, (unsigned long)config_setting_source_line(s),
	    config_setting_name(s)));
}

/* Report an unknown setting, with the suggestion s when one is close. */
static void
conf_unknown(struct conf_ctx *c, unsigned long line, const char *prefix,
    const char *name, const struct suggest *s)
{
	if (suggest_result(s) != NULL)
		/* TRANSLATORS: the entry the setting is in, with its colon
		   and space ("symptom 'fever': "), or nothing at the top
		   of the file; the setting's name; the closest known. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("%sunknown setting '%s' "
		    "(did you mean '%s'?)"), prefix, name, suggest_result(s));
	else
		/* TRANSLATORS: the entry the setting is in, with its colon
		   and space, or nothing; and the setting's name. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("%sunknown setting "
		    "'%s'"), prefix, name);
}

/*
 * Check a string from the file.  what names it in messages, for
 * example "symptom 'fever': 'label'".  Returns 0 when it is fine.
 */
static int
conf_check_text(struct conf_ctx *c, unsigned long line, const char *what,
    const char *s, size_t max, int may_be_empty)
{
	size_t	 len = strlen(s), off;
	uint32_t cp;

	if (len == 0 && !may_be_empty) {
		/* TRANSLATORS: %s names a setting of the rules file, as
		   "symptom 'fever': 'label'" or "'title'"; so do the first
		   %s of the other messages about a setting. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("%s is empty"), what);
		return (-1);
	}
	if (!utf8_valid(s, len, &off)) {
		if (!c->raw_utf8_bad)
			/* TRANSLATORS: where in the text, in bytes. */
			diags_add(c->d, DIAG_ERROR, line, 0, _("%s is not "
			    "valid UTF-8 (byte %zu)"), what, off + 1);
		return (-1);
	}
	if (utf8_unsafe(s, len, &off, &cp)) {
		/* TRANSLATORS: the setting, the character's code point and
		   where it is, in bytes. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("%s contains the "
		    "control character U+%04X at byte %zu; rules files may not "
		    "hold control characters"), what, (unsigned)cp, off + 1);
		return (-1);
	}
	if (len > max) {	/* after the checks that keep terminals safe */
		/* TRANSLATORS: the setting, its length and the longest
		   allowed, in bytes. */
		diags_add(c->d, DIAG_ERROR, line, 0, ngettext("%s is too long "
		    "(%zu byte; the limit is %zu)", "%s is too long (%zu "
		    "bytes; the limit is %zu)", len), what, len, max);
		return (-1);
	}
	return (0);
}

static int
conf_check_id(struct conf_ctx *c, unsigned long line, const char *what,
    const char *id)
{
	struct buf	 q;
	const char	*p;
	int		 bad = !(id[0] >= 'a' && id[0] <= 'z');

	for (p = id; *p != '\0' && !bad; p++) {
		if (!(*p >= 'a' && *p <= 'z') && !(*p >= '0' && *p <= '9') &&
		    *p != '_')	/* ASCII, whatever the locale */
			bad = 1;
	}
	if (!bad && cond_keyword(id)) {
		/* TRANSLATORS: the setting and its value; and, or, not and
		   of are words of the rules language: keep them. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("%s may not be '%s': "
		    "and, or, not and of are reserved words"), what, id);
		return (-1);
	}
	if (!bad)
		return (0);
	buf_init(&q);
	utf8_quote(&q, id, 64);
	/* TRANSLATORS: the setting, and its value. */
	diags_add(c->d, DIAG_ERROR, line, 0, _("%s must use only a-z, 0-9 "
	    "and _, and start with a letter (it is '%s')"), what, buf_str(&q));
	buf_free(&q);
	return (-1);
}

/* "symptom 'fever'", or "symptom" while the id is not known. */
static void
conf_entry_name(struct buf *b, const struct section *sec, const char *id)
{
	if (id != NULL && sec->noun_id != NULL)
		buf_printf(b, _(sec->noun_id), id);
	else
		buf_puts(b, _(sec->noun));
}

static char *
conf_strdup(struct conf_ctx *c, const char *s)
{
	char	*p;

	if ((p = strdup(s)) == NULL)
		conf_nomem(c);
	return (p);
}

/* Is the list too long?  Only keywords have a limit. */
static int
conf_list_too_long(struct conf_ctx *c, unsigned long line, const char *what,
    const struct field *f, int n)
{
	if (f->kind != FIELD_TEXTLIST || n <= CONF_MAX_KEYWORDS)
		return (0);
	/* TRANSLATORS: the setting, how many items it has, and the most
	   it may have. */
	diags_add(c->d, DIAG_ERROR, line, 0, ngettext("%s has %d item; the "
	    "limit is %d", "%s has %d items; the limit is %d",
	    (unsigned long)n), what, n, CONF_MAX_KEYWORDS);
	return (1);
}

/* Check one item of a list: an id, or a short text. */
static int
conf_check_item(struct conf_ctx *c, unsigned long line, const char *what,
    const struct field *f, const char *v)
{
	if (conf_check_text(c, line, what, v, f->max, 0) != 0)
		return (-1);
	if (f->kind == FIELD_IDLIST && conf_check_id(c, line, what, v) != 0)
		return (-1);
	return (0);
}

/* Read a list of ids or texts, or just one, into a NULL-free array. */
static int
conf_read_list(struct conf_ctx *c, config_setting_t *s, const char *what,
    const struct field *f, char ***out, size_t *count)
{
	unsigned long	 line = conf_line(c, s);
	config_setting_t *e;
	const char	*v;
	char		**items;
	int		 i, n, type = config_setting_type(s), rc = 0;

	if (type == CONFIG_TYPE_STRING)
		n = 1;
	else if (type == CONFIG_TYPE_ARRAY || type == CONFIG_TYPE_LIST)
		n = config_setting_length(s);
	else {
		diags_add(c->d, DIAG_ERROR, line, 0, f->kind == FIELD_IDLIST ?
		    _("%s must be a list of ids: [\"a\", \"b\"]") :
		    _("%s must be a list of strings: [\"a\", \"b\"]"), what);
		return (-1);
	}
	if (conf_list_too_long(c, line, what, f, n))
		return (-1);
	if ((items = calloc((size_t)n + 1, sizeof(*items))) == NULL) {
		conf_nomem(c);
		return (-1);
	}
	*out = items;
	for (i = 0; i < n; i++) {
		e = type == CONFIG_TYPE_STRING ? s : config_setting_get_elem(s,
		    (unsigned)i);
		if ((v = config_setting_get_string(e)) == NULL) {
			diags_add(c->d, DIAG_ERROR, line, 0, _("%s must hold "
			    "only strings"), what);
			rc = -1;
			continue;
		}
		if (conf_check_item(c, line, what, f, v) != 0) {
			rc = -1;
			continue;
		}
		if ((items[*count] = conf_strdup(c, v)) == NULL)
			return (-1);
		(*count)++;
	}
	return (rc);
}

static int
conf_read_field(struct conf_ctx *c, const struct section *sec,
    const struct field *f, config_setting_t *s, void *entry, const char *id)
{
	unsigned long	 line = conf_line(c, s);
	struct buf	 what;
	const char	*v;
	char		**dst = (char **)((char *)entry + f->offset);
	int		 rc = -1;

	buf_init(&what);
	conf_entry_name(&what, sec, id);
	buf_printf(&what, ": '%s'", f->name);
	if (f->kind == FIELD_IDLIST || f->kind == FIELD_TEXTLIST) {
		rc = conf_read_list(c, s, buf_str(&what), f, (char ***)dst,
		    (size_t *)((char *)entry + f->count));
		goto out;
	}
	if ((v = config_setting_get_string(s)) == NULL) {
		diags_add(c->d, DIAG_ERROR, line, 0, _("%s must be a string "
		    "in double quotes"), buf_str(&what));
		goto out;
	}
	if (conf_check_text(c, line, buf_str(&what), v, f->max, 0) != 0)
		goto out;
	if (f->kind == FIELD_ID &&
	    conf_check_id(c, line, buf_str(&what), v) != 0)
		goto out;
	if ((*dst = conf_strdup(c, v)) != NULL)
		rc = 0;
out:
	buf_free(&what);
	return (rc);
}

static void
conf_unknown_field(struct conf_ctx *c, const struct section *sec,
    config_setting_t *m, const char *id)
{
	const char	*name = config_setting_name(m);
	struct suggest	 s;
	struct buf	 prefix;
	size_t		 i;

	suggest_init(&s, name, sec->nfields, c->d->n < DIAG_MAX);
	for (i = 0; i < sec->nfields; i++)
		suggest_try(&s, sec->fields[i].name);
	buf_init(&prefix);
	conf_entry_name(&prefix, sec, id);
	buf_puts(&prefix, ": ");
	conf_unknown(c, conf_line(c, m), buf_str(&prefix), name, &s);
	buf_free(&prefix);
}

/*
 * Read the first field first: for most entries it is the id, which
 * later messages use to name the entry.
 */
static const char *
conf_read_entry_id(struct conf_ctx *c, const struct section *sec,
    config_setting_t *g, void *entry)
{
	config_setting_t *m;
	char		**id = (char **)((char *)entry + sec->fields[0].offset);

	if ((m = config_setting_get_member(g, sec->fields[0].name)) == NULL)
		return (NULL);
	conf_read_field(c, sec, &sec->fields[0], m, entry, NULL);
	return (sec->named ? *id : NULL);
}

/* Read one { ... } entry of a section into entry. */
static void
conf_read_entry(struct conf_ctx *c, const struct section *sec,
    config_setting_t *g, void *entry)
{
	config_setting_t *m;
	const struct field *f;
	const char	*id, *name;
	unsigned long	 line = conf_line(c, g);
	struct buf	 who;
	int		 i, n;
	size_t		 k;

	*(unsigned long *)((char *)entry + sec->line) = line;
	id = conf_read_entry_id(c, sec, g, entry);
	buf_init(&who);
	conf_entry_name(&who, sec, id);
	n = config_setting_length(g);
	for (i = 0; i < n; i++) {
		m = config_setting_get_elem(g, (unsigned)i);
		name = config_setting_name(m);
		for (k = 0; k < sec->nfields; k++) {
			if (strcmp(name, sec->fields[k].name) == 0)
				break;
		}
		if (k == sec->nfields)
			conf_unknown_field(c, sec, m, id);
		else if (k > 0)
			conf_read_field(c, sec, &sec->fields[k], m, entry, id);
	}
	for (k = 0; k < sec->nfields; k++) {
		f = &sec->fields[k];
		if (f->required && config_setting_get_member(g, f->name) ==
		    NULL)
			/* TRANSLATORS: the entry, as "symptom 'fever'",
			   and the name of the setting it lacks. */
			diags_add(c->d, DIAG_ERROR, line, 0, _("%s: missing "
			    "'%s'"), buf_str(&who), f->name);
	}
	buf_free(&who);
}

/* Put a symptom in its group, creating the group on first use. */
static int
conf_group(struct conf_ctx *c, struct symptom *sym, size_t index)
{
	struct rules	*r = c->r;
	struct group	*g;
	size_t		 gi, *v;

	if (!strmap_get(&c->groups, sym->group, &gi)) {
		gi = r->ngroups++;
		g = &r->groups[gi];
		g->name = sym->group;
		if (strmap_put(&c->groups, g->name, gi, NULL) < 0) {
			conf_nomem(c);
			return (-1);
		}
	} else {
		g = &r->groups[gi];
		free(sym->group);
	}
	sym->group = g->name;
	sym->group_index = gi;
	if ((v = realloc(g->symptoms, (g->n + 1) * sizeof(*v))) == NULL) {
		conf_nomem(c);
		return (-1);
	}
	g->symptoms = v;
	g->symptoms[g->n++] = index;
	return (0);
}

/*
 * An id given twice: fmt is one of the sentences below, for the kind of
 * the entry and of the first with the id.
 */
static const char *const conf_dup_symptom[] = {
	/* TRANSLATORS: in these five messages, the id given twice, and
	   the line where it was given first. */
	N_("duplicate symptom id '%s' (the symptom at line %lu has it "
	    "already)"),
	N_("duplicate symptom id '%s' (the rule at line %lu has it already)")
};
static const char *const conf_dup_rule[] = {
	N_("duplicate rule id '%s' (the symptom at line %lu has it already)"),
	N_("duplicate rule id '%s' (the rule at line %lu has it already)")
};

static void
conf_duplicate(struct conf_ctx *c, unsigned long line, const char *fmt,
    const char *id, unsigned long first_line)
{
	diags_add(c->d, DIAG_ERROR, line, 0, _(fmt), id, first_line);
}

/*
 * A condition may be written as several strings on several lines: note
 * where each begins, so that a problem in it is reported on its own
 * line.
 */
static void
conf_when_pieces(struct conf_ctx *c, struct rule *rule)
{
	if (pos_pieces(&c->pos, rule->when_line, "when", &rule->when_lines,
	    &rule->when_offs, &rule->when_pieces) != 0)
		conf_nomem(c);
}

/* Register a symptom or rule id; ids are unique across both. */
static void
conf_register_id(struct conf_ctx *c, const char *id, size_t value,
    unsigned long line)
{
	struct rules	*r = c->r;
	const char *const *dup = value & RULES_RULE_BIT ? conf_dup_rule :
	    conf_dup_symptom;
	size_t		 old;
	int		 rc;

	if ((rc = strmap_put(&r->ids, id, value, &old)) < 0) {
		conf_nomem(c);
		return;
	}
	if (rc == 0)
		return;
	if (old & RULES_RULE_BIT)
		conf_duplicate(c, line, dup[1], id,
		    r->rules[old & ~RULES_RULE_BIT].line);
	else
		conf_duplicate(c, line, dup[0], id, r->symptoms[old].line);
}

static void
conf_after_level(struct conf_ctx *c, struct level *l, size_t i)
{
	struct rules	*r = c->r;
	size_t		 old;
	char		*p;

	switch (strmap_put(&r->level_ids, l->id, i, &old)) {
	case 1:
		conf_duplicate(c, l->line, N_("duplicate level id '%s' (the "
		    "level at line %lu has it already)"), l->id,
		    r->levels[old].line);
		break;
	case -1:
		conf_nomem(c);
		return;
	}
	if (l->color != NULL && conf_color(l->color) < 0)
		/* TRANSLATORS: a level's id and the color it gives; the
		   names of the colors are values of the rules file. */
		diags_add(c->d, DIAG_ERROR, l->line, 0, _("level '%s': "
		    "unknown color '%s' (use default, red, yellow, green, "
		    "blue, magenta, cyan or white)"), l->id, l->color);
	if (l->color == NULL)
		l->color = conf_strdup(c, "default");
	if (l->tag == NULL && (l->tag = conf_strdup(c, l->id)) != NULL) {
		for (p = l->tag; *p != '\0'; p++)
			*p = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
		if (strlen(l->tag) > CONF_MAX_TAG)
			l->tag[CONF_MAX_TAG] = '\0';
	}
}

static void
conf_after_source(struct conf_ctx *c, struct source *s, size_t i)
{
	size_t	 old;

	switch (strmap_put(&c->r->source_ids, s->id, i, &old)) {
	case 1:
		conf_duplicate(c, s->line, N_("duplicate source id '%s' (the "
		    "source at line %lu has it already)"), s->id,
		    c->r->sources[old].line);
		break;
	case -1:
		conf_nomem(c);
		break;
	}
}

static void
conf_after_tcase(struct conf_ctx *c, struct tcase *t, size_t i)
{
	size_t	 old;

	switch (strmap_put(&c->tcases, t->name, i, &old)) {
	case 1:
		diags_add(c->d, DIAG_ERROR, t->line, 0, _("two test cases are "
		    "named '%s' (the first is at line %lu)"), t->name,
		    c->r->tcases[old].line);
		break;
	case -1:
		conf_nomem(c);
		break;
	}
}

static void
conf_after_entry(struct conf_ctx *c, int sec, void *entry, size_t i,
    config_setting_t *g)
{
	struct symptom	*sym;
	struct rule	*rule;
	config_setting_t *m;

	switch (sec) {
	case SEC_LEVELS:
		conf_after_level(c, entry, i);
		break;
	case SEC_SOURCES:
		conf_after_source(c, entry, i);
		break;
	case SEC_SYMPTOMS:
		sym = entry;
		conf_register_id(c, sym->id, i, sym->line);
		if (sym->group != NULL)
			conf_group(c, sym, i);
		break;
	case SEC_RULES:
		rule = entry;
		conf_register_id(c, rule->id, i | RULES_RULE_BIT, rule->line);
		rule->when_line = rule->line;
		if ((m = config_setting_get_member(g, "when")) != NULL) {
			rule->when_line = conf_line(c, m);
			conf_when_pieces(c, rule);
		}
		break;
	case SEC_TESTS:
		conf_after_tcase(c, entry, i);
		break;
	}
}

static void **
conf_section_array(struct rules *r, int sec, size_t **count)
{
	switch (sec) {
	case SEC_LEVELS:
		*count = &r->nlevels;
		return ((void **)&r->levels);
	case SEC_SOURCES:
		*count = &r->nsources;
		return ((void **)&r->sources);
	case SEC_SYMPTOMS:
		*count = &r->nsymptoms;
		return ((void **)&r->symptoms);
	case SEC_TRACE:
		*count = &r->ntraces;
		return ((void **)&r->traces);
	case SEC_TESTS:
		*count = &r->ntcases;
		return ((void **)&r->tcases);
	default:
		*count = &r->nrules;
		return ((void **)&r->rules);
	}
}

/* Make room for a section's n entries, and check how many there are. */
static int
conf_section_start(struct conf_ctx *c, int sec, size_t n, unsigned long line)
{
	const struct section *s = &conf_sections[sec];
	size_t		*count;
	void		**arr = conf_section_array(c->r, sec, &count);

	if ((*arr = calloc(n ? n : 1, s->size)) == NULL ||
	    (sec == SEC_SYMPTOMS && (c->r->groups = calloc(n ? n : 1,
	    sizeof(*c->r->groups))) == NULL)) {
		conf_nomem(c);
		return (-1);
	}
	if (n == 0 && !SEC_OPTIONAL(sec))
		/* TRANSLATORS: %s is the name of a section, such as
		   symptoms. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("'%s' is empty"),
		    s->name);
	if (sec == SEC_LEVELS && n > CONF_MAX_LEVELS)
		/* TRANSLATORS: how many levels there are, and the most
		   there may be. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("too many levels (%zu; "
		    "the limit is %d)"), n, CONF_MAX_LEVELS);
	return (0);
}

/* Read entry i of a section from the group g. */
static void
conf_section_entry(struct conf_ctx *c, int sec, config_setting_t *g,
    char *entry, size_t i)
{
	const struct section *s = &conf_sections[sec];

	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		/* TRANSLATORS: %s is the name of a section, such as
		   symptoms; what follows the colon is the rules file's
		   syntax. */
		diags_add(c->d, DIAG_ERROR, conf_line(c, g), 0, _("each entry "
		    "of '%s' must be a group in braces: { id = \"...\"; ... }"),
		    s->name);
		return;
	}
	conf_read_entry(c, s, g, entry);
	if (*(char **)(entry + s->fields[0].offset) != NULL)
		conf_after_entry(c, sec, entry, i, g);
	else if (sec == SEC_SYMPTOMS) {
		free(((struct symptom *)entry)->group);
		((struct symptom *)entry)->group = NULL;
	}
}

static int
conf_read_section(struct conf_ctx *c, int sec, config_setting_t *list)
{
	const struct section *s = &conf_sections[sec];
	unsigned long	 line = conf_line(c, list);
	size_t		*count, i, n;
	void		**arr;

	if (config_setting_type(list) != CONFIG_TYPE_LIST) {
		diags_add(c->d, DIAG_ERROR, line, 0, _("'%s' must be a list in "
		    "parentheses: ( { ... }, { ... } )"), s->name);
		return (-1);
	}
	n = (size_t)config_setting_length(list);
	if (conf_section_start(c, sec, n, line) != 0)
		return (-1);
	arr = conf_section_array(c->r, sec, &count);
	for (i = 0; i < n && !c->d->nomem; i++) {
		(*count)++;
		conf_section_entry(c, sec, config_setting_get_elem(list,
		    (unsigned)i), (char *)*arr + i * s->size, i);
	}
	return (0);
}

static void
conf_read_format(struct conf_ctx *c, config_setting_t *s)
{
	unsigned long	 line = conf_line(c, s);
	int		 type = config_setting_type(s);

	if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64) {
		diags_add(c->d, DIAG_ERROR, line, 0, "%s", _("'format' must be "
		    "a whole number"));
		return;
	}
	c->r->format = (long)config_setting_get_int64(s);
	if (c->r->format != CONF_FORMAT)
		/* TRANSLATORS: the file's format number, and the one this
		   redflag reads. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("format %ld is not "
		    "understood; this redflag reads format %d"), c->r->format,
		    CONF_FORMAT);
}

/* Is s a real date written YYYY-MM-DD? */
static int
conf_is_date(const char *s)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int	 y, m, d, i;

	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7 ? s[i] != '-' : !ascii_isdigit((unsigned char)s[i]))
			return (0);
	}
	if (s[10] != '\0')
		return (0);
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return (0);
	return (m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)));
}

static void
conf_read_scalar(struct conf_ctx *c, const struct scalar *sc,
    config_setting_t *s)
{
	unsigned long	 line = conf_line(c, s);
	char		**dst = (char **)((char *)c->r + sc->offset);
	const char	*v;
	char		 what[32];

	snprintf(what, sizeof(what), "'%s'", sc->name);
	if ((v = config_setting_get_string(s)) == NULL) {
		diags_add(c->d, DIAG_ERROR, line, 0, _("%s must be a string "
		    "in double quotes"), what);
		return;
	}
	if (conf_check_text(c, line, what, v, sc->max, 0) != 0)
		return;
	if (strcmp(sc->name, "date") == 0 && !conf_is_date(v)) {
		/* TRANSLATORS: YYYY-MM-DD stands for the year, month and
		   day; translate the letters if the readers would. */
		diags_add(c->d, DIAG_ERROR, line, 0, _("'date' must be a real "
		    "date written YYYY-MM-DD (it is '%s')"), v);
		return;
	}
	*dst = conf_strdup(c, v);
}

/* An unknown setting at the top, and the closest name it may have. */
static void
conf_unknown_top(struct conf_ctx *c, config_setting_t *s, const char *name)
{
	struct suggest	 sg;
	size_t		 i;

	suggest_init(&sg, name, 1 + NFIELDS(conf_scalars) + SEC_COUNT,
	    c->d->n < DIAG_MAX);
	suggest_try(&sg, "format");
	for (i = 0; i < NFIELDS(conf_scalars); i++)
		suggest_try(&sg, conf_scalars[i].name);
	for (i = 0; i < SEC_COUNT; i++)
		suggest_try(&sg, conf_sections[i].name);
	conf_unknown(c, conf_line(c, s), "", name, &sg);
}

static void
conf_read_top(struct conf_ctx *c, config_setting_t *s)
{
	const char	*name = config_setting_name(s);
	size_t		 i;

	if (strcmp(name, "format") == 0) {
		conf_read_format(c, s);
		return;
	}
	for (i = 0; i < NFIELDS(conf_scalars); i++) {
		if (strcmp(name, conf_scalars[i].name) == 0) {
			conf_read_scalar(c, &conf_scalars[i], s);
			return;
		}
	}
	for (i = 0; i < SEC_COUNT; i++) {
		if (strcmp(name, conf_sections[i].name) == 0) {
			c->seen[i] = 1;
			conf_read_section(c, (int)i, s);
			return;
		}
	}
	conf_unknown_top(c, s, name);
}

static void
conf_read_root(struct conf_ctx *c, config_t *cfg)
{
	config_setting_t *root = config_root_setting(cfg), *s;
	size_t		 i;
	int		 n = config_setting_length(root), k;

	for (k = 0; k < n && !c->d->nomem; k++)
		conf_read_top(c, config_setting_get_elem(root, (unsigned)k));
	if (config_setting_get_member(root, "format") == NULL)
		diags_add(c->d, DIAG_ERROR, 0, 0, _("missing setting 'format' "
		    "(add: format = %d;)"), CONF_FORMAT);
	for (i = 0; i < NFIELDS(conf_scalars); i++) {
		s = config_setting_get_member(root, conf_scalars[i].name);
		if (s == NULL)
			diags_add(c->d, DIAG_ERROR, 0, 0, _("missing setting "
			    "'%s'"), conf_scalars[i].name);
	}
	for (i = 0; i < SEC_COUNT; i++) {
		if (!c->seen[i] && !SEC_OPTIONAL(i))
			diags_add(c->d, DIAG_ERROR, 0, 0, _("missing setting "
			    "'%s'"), conf_sections[i].name);
	}
}

/*
 * What libconfig 1.5 says of a text it cannot parse, to be translated;
 * anything else it says is shown as it is.
 */
static const char *const conf_libconfig_texts[] = {
	N_("syntax error"),
	N_("mismatched element type in array"),
	N_("memory exhausted")
};

/* libconfig's text, translated if it is one of the above. */
static const char *
conf_libconfig_text(const char *text)
{
	size_t	 i;

	for (i = 0; i < NFIELDS(conf_libconfig_texts); i++) {
		if (strcmp(text, conf_libconfig_texts[i]) == 0)
			return (_(conf_libconfig_texts[i]));
	}
	return (text);
}

static void
conf_syntax_error(struct conf_ctx *c, config_t *cfg)
{
	const char	*text = config_error_text(cfg);
	unsigned long	 line = (unsigned long)config_error_line(cfg);

	if (text != NULL && strcmp(text, "duplicate setting name") == 0) {
		/* not a syntax slip: the hint below would mislead */
		diags_add(c->d, DIAG_ERROR, line, 0, "%s", _("a setting is "
		    "given twice in the same group"));
		return;
	}
	/* TRANSLATORS: what libconfig found wrong, such as "syntax
	   error"; then how a setting is written. */
	diags_add(c->d, DIAG_ERROR, line, 0, _("%s (libconfig syntax: name = "
	    "value; with strings in double quotes)"), conf_libconfig_text(text
	    != NULL ? text : "syntax error"));
}

static enum conf_status
conf_status_of(struct diags *d)
{
	if (d->nomem)
		return (CONF_NOMEM);
	return (d->nerrors > 0 ? CONF_INVALID : CONF_OK);
}

/* Parse, read and resolve; the result is in c->r, problems in c->d. */
static void
conf_parse(struct conf_ctx *c, const char *text, size_t len)
{
	config_t	 cfg;
	size_t		 bom = lex_bom(text, len);

	text += bom;
	len -= bom;
	if (lex_bytes(c->d, text, len, &c->raw_utf8_bad) != 0 ||
	    lex_check(c->d, text, len) != 0)
		return;
	if (pos_init(&c->pos, text, len) != 0) {
		conf_nomem(c);
		return;
	}
	config_init(&cfg);
	if (config_read_string(&cfg, text) != CONFIG_TRUE)
		conf_syntax_error(c, &cfg);
	else {
		conf_read_root(c, &cfg);
		/*
		 * Resolve while libconfig's tree is still allocated: what
		 * resolve.c keeps then comes from fresh memory, not from the
		 * small holes the tree leaves, so that the pages the tree
		 * frees can go back to the system (malloc_trim).
		 */
		if (!c->d->nomem)
			resolve_rules(c->r, c->d);
	}
	config_destroy(&cfg);
}

/*
 * Load rules from text (NUL-terminated, len bytes); name is used in
 * messages.  On CONF_OK *out holds the rules; otherwise it is NULL and
 * d says why.  Warnings may come with CONF_OK.
 */
enum conf_status
conf_load_string(const char *text, size_t len, const char *name,
    struct rules **out, struct diags *d)
{
	struct conf_ctx	 c;
	enum conf_status st;

	*out = NULL;
	memset(&c, 0, sizeof(c));
	c.d = d;
	strmap_init(&c.groups);
	strmap_init(&c.tcases);
	if (diags_set_file(d, name) != 0 ||
	    (c.r = calloc(1, sizeof(*c.r))) == NULL ||
	    (c.r->origin = strdup(name)) == NULL) {
		d->nomem = 1;
		goto out;
	}
	if (len > CONF_MAX_BYTES)
		/* TRANSLATORS: after the file's name: its size and the
		   largest size read, in bytes. */
		diags_add(d, DIAG_ERROR, 0, 0, ngettext("is too large (%zu "
		    "byte; the limit is %lu)", "is too large (%zu bytes; the "
		    "limit is %lu)", len), len, CONF_MAX_BYTES);
	else
		conf_parse(&c, text, len);
out:
	strmap_free(&c.groups);
	strmap_free(&c.tcases);
	pos_free(&c.pos);
	diags_sort(d);
	if ((st = conf_status_of(d)) == CONF_OK)
		*out = c.r;
	else
		rules_free(c.r);
	return (st);
}

/* Load rules from a file.  See conf_load_string. */
enum conf_status
conf_load_file(const char *path, struct rules **out, struct diags *d)
{
	enum conf_status st;
	char		*text;
	size_t		 len;

	*out = NULL;
	if (diags_set_file(d, path) != 0)
		return (CONF_NOMEM);
	if (readfile_path(path, CONF_MAX_BYTES, &text, &len, d) != 0)
		return (d->nomem ? CONF_NOMEM : CONF_UNREADABLE);
	st = conf_load_string(text, len, path, out, d);
	free(text);
	return (st);
}
