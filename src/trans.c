/*
 * trans.c: the translatable fields of a rules file, and a catalogue
 * applied to them or checked against them; see trans.h.  The list of
 * fields, their keys and their limits is here and nowhere else:
 * src/rulespot writes the template from it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "conf.h"
#include "i18n.h"
#include "trans.h"
#include "utf8.h"

static const struct {
	const char	*name;		/* the last word of the key */
	size_t		 max;
	const char	*note;
} trans_kinds[] = {
	[TRANS_TITLE] = { "title", CONF_MAX_LABEL,
	    "The title of the rules, at the top of the checklist." },
	[TRANS_DISCLAIMER] = { "disclaimer", CONF_MAX_TEXT,
	    "Shown with every result: keep every number as it is." },
	[TRANS_NO_FLAG] = { "no_flag", CONF_MAX_TEXT,
	    "Shown when no red flag fires: keep every number and 'now'." },
	[TRANS_LEVEL_LABEL] = { "label", CONF_MAX_LABEL,
	    "A level's name and how soon, e.g. on the most-urgent line." },
	[TRANS_LEVEL_TAG] = { "tag", CONF_MAX_TAG,
	    "A level's short marker in capitals: at most 12 bytes." },
	[TRANS_LEVEL_ACTION] = { "action", CONF_MAX_TEXT,
	    "What to do at this level: keep every number and time frame." },
	[TRANS_GROUP] = { "group", CONF_MAX_LABEL,
	    "A heading over a group of questions." },
	[TRANS_SYMPTOM_LABEL] = { "label", CONF_MAX_LABEL,
	    "An answer beside a box to tick, said by the person." },
	[TRANS_SYMPTOM_HELP] = { "help", CONF_MAX_TEXT,
	    "What the question means, said to the person." },
	[TRANS_SYMPTOM_KEYWORDS] = { "keywords", CONF_MAX_KEYWORD,
	    "Words that search finds it by: one a line, at most 32, "
	    "40 bytes each; any number of lines." },
	[TRANS_RULE_MESSAGE] = { "message", CONF_MAX_TEXT,
	    "What a red flag may mean, its first line." },
	[TRANS_RULE_ADVICE] = { "advice", CONF_MAX_TEXT,
	    "What to do about this red flag: keep every time frame." },
};

struct trans_list {
	struct trans_field *v;
	size_t		 n;
	size_t		 cap;
	int		 failed;
};

/* Add a field; prefix is "" or "symptom fever ", and so on. */
static void
trans_add(struct trans_list *l, enum trans_kind kind, size_t index,
    const char *prefix, const char *english, unsigned long line)
{
	struct trans_field *f, *v;
	struct buf	 key;

	if (english == NULL || l->failed)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		if ((v = realloc(l->v, l->cap * sizeof(*v))) == NULL) {
			l->failed = 1;
			return;
		}
		l->v = v;
	}
	buf_init(&key);
	buf_printf(&key, "%s%s", prefix, kind == TRANS_GROUP ? "" :
	    trans_kinds[kind].name);
	f = &l->v[l->n];
	f->kind = kind;
	f->index = index;
	f->key = key.s;
	f->english = strdup(english);
	f->line = line;
	f->note = trans_kinds[kind].note;
	f->max = trans_kinds[kind].max;
	l->n++;
	if (key.failed || f->english == NULL)
		l->failed = 1;
}

static void
trans_add_levels(struct trans_list *l, const struct rules *r)
{
	struct buf	 p;
	size_t		 i;

	buf_init(&p);
	for (i = 0; i < r->nlevels; i++) {
		buf_reset(&p);
		buf_printf(&p, "level %s ", r->levels[i].id);
		trans_add(l, TRANS_LEVEL_LABEL, i, buf_str(&p),
		    r->levels[i].label, r->levels[i].line);
		trans_add(l, TRANS_LEVEL_TAG, i, buf_str(&p), r->levels[i].tag,
		    r->levels[i].line);
		trans_add(l, TRANS_LEVEL_ACTION, i, buf_str(&p),
		    r->levels[i].action, r->levels[i].line);
	}
	l->failed |= p.failed;
	buf_free(&p);
}

/* A group has no id: its English name is its key. */
static void
trans_add_groups(struct trans_list *l, const struct rules *r)
{
	struct buf	 p;
	size_t		 g;

	buf_init(&p);
	for (g = 0; g < r->ngroups; g++) {
		buf_reset(&p);
		buf_printf(&p, "group %s", r->groups[g].name);
		trans_add(l, TRANS_GROUP, g, buf_str(&p), r->groups[g].name,
		    r->groups[g].n > 0 ?
		    r->symptoms[r->groups[g].symptoms[0]].line : 0);
	}
	l->failed |= p.failed;
	buf_free(&p);
}

/* Keywords are one field: joined, one a line. */
static void
trans_add_keywords(struct trans_list *l, const struct symptom *s, size_t i,
    const char *prefix)
{
	struct buf	 k;
	size_t		 j;

	if (s->nkeywords == 0)
		return;
	buf_init(&k);
	for (j = 0; j < s->nkeywords; j++) {
		if (j > 0)
			buf_putc(&k, TRANS_KEYWORD_SEP);
		buf_puts(&k, s->keywords[j]);
	}
	if (k.failed)
		l->failed = 1;
	else
		trans_add(l, TRANS_SYMPTOM_KEYWORDS, i, prefix, buf_str(&k),
		    s->line);
	buf_free(&k);
}

static void
trans_add_symptoms(struct trans_list *l, const struct rules *r)
{
	const struct symptom *s;
	struct buf	 p;
	size_t		 i;

	buf_init(&p);
	for (i = 0; i < r->nsymptoms; i++) {
		s = &r->symptoms[i];
		buf_reset(&p);
		buf_printf(&p, "symptom %s ", s->id);
		trans_add(l, TRANS_SYMPTOM_LABEL, i, buf_str(&p), s->label,
		    s->line);
		trans_add(l, TRANS_SYMPTOM_HELP, i, buf_str(&p), s->help,
		    s->line);
		trans_add_keywords(l, s, i, buf_str(&p));
	}
	l->failed |= p.failed;
	buf_free(&p);
}

static void
trans_add_rules(struct trans_list *l, const struct rules *r)
{
	struct buf	 p;
	size_t		 i;

	buf_init(&p);
	for (i = 0; i < r->nrules; i++) {
		buf_reset(&p);
		buf_printf(&p, "rule %s ", r->rules[i].id);
		trans_add(l, TRANS_RULE_MESSAGE, i, buf_str(&p),
		    r->rules[i].message, r->rules[i].line);
		trans_add(l, TRANS_RULE_ADVICE, i, buf_str(&p),
		    r->rules[i].advice, r->rules[i].line);
	}
	l->failed |= p.failed;
	buf_free(&p);
}

/*
 * Every translatable field of r, in the order of the checklist's
 * reading: the title and the two texts shown with every result, the
 * levels, the groups, the symptoms, the rules.  Source titles, trace
 * statements and test cases are for rule authors and stay as written.
 * Returns 0, or -1 when out of memory.
 */
int
trans_fields(const struct rules *r, struct trans_field **out, size_t *n)
{
	struct trans_list l = { NULL, 0, 0, 0 };

	trans_add(&l, TRANS_TITLE, 0, "", r->title, 0);
	trans_add(&l, TRANS_DISCLAIMER, 0, "", r->disclaimer, 0);
	trans_add(&l, TRANS_NO_FLAG, 0, "", r->no_flag, 0);
	trans_add_levels(&l, r);
	trans_add_groups(&l, r);
	trans_add_symptoms(&l, r);
	trans_add_rules(&l, r);
	if (l.failed) {
		trans_fields_free(l.v, l.n);
		return (-1);
	}
	*out = l.v;
	*n = l.n;
	return (0);
}

void
trans_fields_free(struct trans_field *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].english);
	}
	free(v);
}

/*
 * What --lint says of a translation that cannot be used, each a whole
 * sentence: the language, then the key.
 */
#define TRANS_EMPTY	N_("%s: the translation of '%s' is empty, so it " \
	"is not used; English is shown")
#define TRANS_BAD_UTF8	N_("%s: the translation of '%s' is not valid " \
	"UTF-8, so it is not used; English is shown")
#define TRANS_CONTROL	N_("%s: the translation of '%s' holds a control " \
	"character, so it is not used; English is shown")
#define TRANS_TOO_LONG	N_("%s: the translation of '%s' is longer than " \
	"the field's limit, so it is not used; English is shown")
#define TRANS_TOO_MANY	N_("%s: the translation of '%s' has more keywords " \
	"than the limit, so it is not used; English is shown")
#define TRANS_NUMBERS	N_("%s: the translation of '%s' does not have the " \
	"same numbers as the English, so it is not used; English is shown")

/* One piece of text: NULL when it may be shown, or what is wrong. */
static const char *
trans_check_text(const char *s, size_t len, size_t max)
{
	size_t		 off;
	uint32_t	 cp;

	if (len == 0)
		return (TRANS_EMPTY);
	if (!utf8_valid(s, len, &off))
		return (TRANS_BAD_UTF8);
	if (utf8_unsafe(s, len, &off, &cp))
		return (TRANS_CONTROL);
	if (len > max)
		return (TRANS_TOO_LONG);
	return (NULL);
}

#define TRANS_MAX_NUMBERS	64	/* numbers compared in one text */

static int
trans_cmp_num(const void *a, const void *b)
{
	const char *const *x = a, *const *y = b;
	size_t	 lx = strspn(*x, "0123456789"), ly = strspn(*y, "0123456789");

	if (lx != ly)
		return (lx < ly ? -1 : 1);
	return (strncmp(*x, *y, lx));
}

/* The runs of digits in s, sorted; -1 when there are too many. */
static int
trans_numbers(const char *s, const char **v, size_t *n)
{
	for (*n = 0; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || (*n > 0 && s[-1] >= '0' &&
		    s[-1] <= '9'))
			continue;
		if (*n == TRANS_MAX_NUMBERS)
			return (-1);
		v[(*n)++] = s;
	}
	if (*n > 1)
		qsort(v, *n, sizeof(*v), trans_cmp_num);
	return (0);
}

/*
 * Has the translation the same numbers as the English, as many times
 * each?  Emergency numbers, ages and time frames must not change.
 */
static int
trans_same_numbers(const char *english, const char *text)
{
	const char	*a[TRANS_MAX_NUMBERS], *b[TRANS_MAX_NUMBERS];
	size_t		 na, nb, i;

	if (trans_numbers(english, a, &na) != 0 ||
	    trans_numbers(text, b, &nb) != 0 || na != nb)
		return (0);
	for (i = 0; i < na; i++) {
		if (trans_cmp_num(&a[i], &b[i]) != 0)
			return (0);
	}
	return (1);
}

/*
 * Can text stand in for field f?  The same numbers as its English (an
 * emergency number, an age, a time frame), and the same limits as the
 * rules file's own text, so that a translation cannot break a layout or
 * a terminal.  Returns NULL, or why not: --lint's warning, untranslated,
 * for the language and the key.
 */
const char *
trans_check(const struct trans_field *f, const char *text)
{
	const char	*p = text, *end, *why;
	size_t		 n = 0;

	if (!trans_same_numbers(f->english, text))
		return (TRANS_NUMBERS);
	if (f->kind != TRANS_SYMPTOM_KEYWORDS)
		return (trans_check_text(text, strlen(text), f->max));
	do {
		if ((end = strchr(p, TRANS_KEYWORD_SEP)) == NULL)
			end = p + strlen(p);
		if ((why = trans_check_text(p, (size_t)(end - p), f->max)))
			return (why);
		if (++n > CONF_MAX_KEYWORDS)
			return (TRANS_TOO_MANY);
		p = end + 1;
	} while (*end != '\0');
	return (NULL);
}

/* Keywords, one a line, as a new array; -1 when out of memory. */
static int
trans_keywords(struct symptom *s, const char *text)
{
	const char	*p = text, *end;
	char		**v;
	size_t		 n = 1, i;

	for (end = text; *end != '\0'; end++)
		n += *end == TRANS_KEYWORD_SEP;
	if ((v = calloc(n + 1, sizeof(*v))) == NULL)
		return (-1);
	for (i = 0; i < n; i++, p = end + 1) {
		if ((end = strchr(p, TRANS_KEYWORD_SEP)) == NULL)
			end = p + strlen(p);
		if ((v[i] = strndup(p, (size_t)(end - p))) == NULL)
			goto out_nomem;
	}
	for (i = 0; i < s->nkeywords; i++)
		free(s->keywords[i]);
	free(s->keywords);
	s->keywords = v;
	s->nkeywords = n;
	return (0);
out_nomem:
	while (i-- > 0)
		free(v[i]);
	free(v);
	return (-1);
}

/* The string that field f is, in r. */
static char **
trans_slot(struct rules *r, const struct trans_field *f)
{
	switch (f->kind) {
	case TRANS_TITLE:
		return (&r->title);
	case TRANS_DISCLAIMER:
		return (&r->disclaimer);
	case TRANS_NO_FLAG:
		return (&r->no_flag);
	case TRANS_LEVEL_LABEL:
		return (&r->levels[f->index].label);
	case TRANS_LEVEL_TAG:
		return (&r->levels[f->index].tag);
	case TRANS_LEVEL_ACTION:
		return (&r->levels[f->index].action);
	case TRANS_GROUP:
		return (&r->groups[f->index].name);
	case TRANS_SYMPTOM_LABEL:
		return (&r->symptoms[f->index].label);
	case TRANS_SYMPTOM_HELP:
		return (&r->symptoms[f->index].help);
	case TRANS_RULE_MESSAGE:
		return (&r->rules[f->index].message);
	default:
		return (&r->rules[f->index].advice);
	}
}

/* Put text in place of field f; -1 when out of memory. */
static int
trans_set(struct rules *r, const struct trans_field *f, const char *text)
{
	struct group	*g;
	char		**slot, *s;
	size_t		 k;

	if (f->kind == TRANS_SYMPTOM_KEYWORDS)
		return (trans_keywords(&r->symptoms[f->index], text));
	if ((s = strdup(text)) == NULL)
		return (-1);
	slot = trans_slot(r, f);
	free(*slot);
	*slot = s;
	if (f->kind == TRANS_GROUP) {	/* symptoms point at its name */
		g = &r->groups[f->index];
		for (k = 0; k < g->n; k++)
			r->symptoms[g->symptoms[k]].group = g->name;
	}
	return (0);
}

/*
 * The text to show for field f: conv's spelling of its translation
 * (ASCII, for a terminal that shows only ASCII) when conv is given and
 * the result passes the same checks; else the translation.  The result
 * is the caller's to free, or NULL when out of memory.
 */
static char *
trans_text(const struct trans_field *f, const char *str, trans_conv_fn *conv)
{
	char	*c;

	if (conv != NULL && (c = conv(str)) != NULL) {
		if (trans_check(f, c) == NULL)
			return (c);
		free(c);
	}
	return (strdup(str));
}

/*
 * Translate r with catalogue m, field by field; a field without an
 * entry for its key and its exact English stays English.  conv, if not
 * NULL, respells each translation (see trans_text).  Returns 0, or -1
 * when out of memory (r is whole, partly translated).
 */
int
trans_apply(struct rules *r, const struct mo *m, trans_conv_fn *conv,
    struct trans_stats *st)
{
	const struct mo_entry *e;
	struct trans_field *v;
	char		*text;
	size_t		 n, i;
	int		 rc = 0;

	memset(st, 0, sizeof(*st));
	if (trans_fields(r, &v, &n) != 0)
		return (-1);
	st->total = n;
	for (i = 0; i < n && rc == 0; i++) {
		if ((e = mo_find(m, v[i].key, v[i].english)) == NULL ||
		    trans_check(&v[i], e->str) != NULL)
			continue;
		if ((text = trans_text(&v[i], e->str, conv)) == NULL ||
		    trans_set(r, &v[i], text) != 0)
			rc = -1;
		else
			st->translated++;
		free(text);
	}
	trans_fields_free(v, n);
	return (rc);
}

/* What lint says about one field; counts it in st. */
static void
trans_lint_field(const struct trans_field *f, const struct mo *m,
    const char *lang, struct diags *d, struct trans_stats *st)
{
	const struct mo_entry *e = mo_find(m, f->key, f->english);
	const char	*why;

	if (e != NULL && (why = trans_check(f, e->str)) == NULL) {
		st->translated++;
	} else if (e != NULL) {
		st->unusable++;
		diags_add(d, DIAG_WARNING, f->line, 0, _(why), lang, f->key);
	} else if (mo_has_ctxt(m, f->key)) {
		st->stale++;
		/* TRANSLATORS: a language code, such as es, and the key of
		   a text of the rules file, such as "rule ces advice". */
		diags_add(d, DIAG_WARNING, f->line, 0, _("%s: the translation "
		    "of '%s' is stale: its English has changed since; English "
		    "is shown"), lang, f->key);
	} else {
		st->missing++;
		diags_add(d, DIAG_WARNING, f->line, 0, _("%s: '%s' has no "
		    "translation; English is shown"), lang, f->key);
	}
}

/*
 * Check catalogue m, for language lang, against r: a warning for each
 * field that is missing, stale or unusable, and the counts in st.
 * Returns 0, or -1 when out of memory.
 */
int
trans_lint(const struct rules *r, const struct mo *m, const char *lang,
    struct diags *d, struct trans_stats *st)
{
	struct trans_field *v;
	size_t		 n, i;

	memset(st, 0, sizeof(*st));
	if (trans_fields(r, &v, &n) != 0)
		return (-1);
	st->total = n;
	for (i = 0; i < n; i++)
		trans_lint_field(&v[i], m, lang, d, st);
	trans_fields_free(v, n);
	return (0);
}
