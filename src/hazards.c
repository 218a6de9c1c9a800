/*
 * hazards.c: read the hazard log, a libconfig file, and check its form:
 * every field there and of the right type, scores within 1..5, the
 * risk bands covering 1..25 once each, the kinds of control known and
 * the ids unique.  Whether each control is tested is for
 * hazards-check.c.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "hazards.h"

static const char *const hz_kinds[] = { "design", "test", "words", NULL };

static void	 hz_error(struct hazards *, struct buf *, int, const char *,
		    ...) __attribute__((format(printf, 4, 5)));

static void
hz_error(struct hazards *h, struct buf *err, int line, const char *fmt, ...)
{
	va_list	 ap;

	buf_printf(err, "%s:%d: ", h->path, line);
	va_start(ap, fmt);
	buf_vprintf(err, fmt, ap);
	va_end(ap);
	buf_putc(err, '\n');
}

static int
hz_line(const config_setting_t *s)
{
	return ((int)config_setting_source_line(s));
}

/* A string setting called name in group g; NULL and an error if none. */
static const char *
hz_string(struct hazards *h, struct buf *err, const config_setting_t *g,
    const char *name)
{
	config_setting_t *s = config_setting_get_member(g, name);

	if (s == NULL || config_setting_type(s) != CONFIG_TYPE_STRING ||
	    *config_setting_get_string(s) == '\0') {
		hz_error(h, err, hz_line(s != NULL ? s : g),
		    "'%s' must be a string that is not empty", name);
		return (NULL);
	}
	return (config_setting_get_string(s));
}

/* An integer setting within 1..HAZARDS_SCALE; 0 and an error if not. */
static int
hz_score(struct hazards *h, struct buf *err, const config_setting_t *g,
    const char *name)
{
	config_setting_t *s = config_setting_get_member(g, name);
	int	 v;

	if (s == NULL || config_setting_type(s) != CONFIG_TYPE_INT ||
	    (v = config_setting_get_int(s)) < 1 || v > HAZARDS_SCALE) {
		hz_error(h, err, hz_line(s != NULL ? s : g),
		    "'%s' must be a whole number from 1 to %d", name,
		    HAZARDS_SCALE);
		return (0);
	}
	return (v);
}

/*
 * An array or list of strings called name; an empty one is allowed
 * here (the check says what must not be empty).  -1 on a bad one.
 */
static int
hz_strings(struct hazards *h, struct buf *err, const config_setting_t *g,
    const char *name, const char ***out, size_t *n)
{
	config_setting_t *s = config_setting_get_member(g, name), *e;
	int	 i, len;

	*out = NULL;
	*n = 0;
	if (s == NULL || !config_setting_is_aggregate(s) ||
	    config_setting_type(s) == CONFIG_TYPE_GROUP) {
		hz_error(h, err, hz_line(s != NULL ? s : g),
		    "'%s' must be a list of strings: [ \"...\", \"...\" ]",
		    name);
		return (-1);
	}
	len = config_setting_length(s);
	if ((*out = calloc((size_t)len + 1, sizeof(**out))) == NULL) {
		hz_error(h, err, hz_line(s), "out of memory");
		return (-1);
	}
	for (i = 0; i < len; i++) {
		e = config_setting_get_elem(s, (unsigned int)i);
		if (config_setting_type(e) != CONFIG_TYPE_STRING) {
			hz_error(h, err, hz_line(s), "'%s' must hold only "
			    "strings", name);
			return (-1);
		}
		(*out)[(*n)++] = config_setting_get_string(e);
	}
	return (0);
}

/* A list of groups called name at the top or in group g. */
static config_setting_t *
hz_list(struct hazards *h, struct buf *err, const config_setting_t *g,
    const char *name)
{
	config_setting_t *s = config_setting_get_member(g, name);

	if (s == NULL || config_setting_type(s) != CONFIG_TYPE_LIST) {
		hz_error(h, err, hz_line(s != NULL ? s : g),
		    "'%s' must be a list in parentheses: ( { ... }, { ... } )",
		    name);
		return (NULL);
	}
	return (s);
}

/* A scale: five steps { score = N; name = ...; text = ...; }, 1 first. */
static void
hz_scale(struct hazards *h, struct buf *err, const config_setting_t *m,
    const char *name, struct hz_step *steps)
{
	config_setting_t *l, *e;
	int	 i;

	if ((l = hz_list(h, err, m, name)) == NULL)
		return;
	if (config_setting_length(l) != HAZARDS_SCALE) {
		hz_error(h, err, hz_line(l), "'%s' must have %d steps",
		    name, HAZARDS_SCALE);
		return;
	}
	for (i = 0; i < HAZARDS_SCALE; i++) {
		e = config_setting_get_elem(l, (unsigned int)i);
		if (hz_score(h, err, e, "score") != i + 1)
			hz_error(h, err, hz_line(e), "the steps of '%s' must "
			    "be scored 1 to %d in order", name, HAZARDS_SCALE);
		steps[i].name = hz_string(h, err, e, "name");
		steps[i].text = hz_string(h, err, e, "text");
	}
}

/* The bands, which must cover every risk 1..25 exactly once. */
static void
hz_bands(struct hazards *h, struct buf *err, const config_setting_t *m)
{
	config_setting_t *l, *e;
	struct hz_band	*b;
	int		 i, len, r;

	if ((l = hz_list(h, err, m, "bands")) == NULL)
		return;
	len = config_setting_length(l);
	if ((h->bands = calloc((size_t)len + 1, sizeof(*h->bands))) == NULL) {
		hz_error(h, err, hz_line(l), "out of memory");
		return;
	}
	for (i = 0; i < len; i++) {
		e = config_setting_get_elem(l, (unsigned int)i);
		b = &h->bands[h->nbands++];
		b->name = hz_string(h, err, e, "name");
		b->text = hz_string(h, err, e, "text");
		if (!config_setting_lookup_int(e, "min", &b->min) ||
		    !config_setting_lookup_int(e, "max", &b->max) ||
		    b->min > b->max)
			hz_error(h, err, hz_line(e), "a band needs whole "
			    "numbers 'min' and 'max', min <= max");
	}
	for (r = 1; r <= HAZARDS_RISK_MAX; r++) {
		for (len = 0, i = 0; i < (int)h->nbands; i++)
			len += h->bands[i].min <= r && r <= h->bands[i].max;
		if (len != 1)
			hz_error(h, err, hz_line(l), "risk %d is in %d bands; "
			    "each risk from 1 to %d must be in one", r, len,
			    HAZARDS_RISK_MAX);
	}
}

static void
hz_matrix(struct hazards *h, struct buf *err, const config_setting_t *root)
{
	config_setting_t *m = config_setting_get_member(root, "matrix");

	if (m == NULL || config_setting_type(m) != CONFIG_TYPE_GROUP) {
		hz_error(h, err, hz_line(m != NULL ? m : root),
		    "'matrix' must be a group: { severity = (...); "
		    "likelihood = (...); bands = (...); }");
		return;
	}
	hz_scale(h, err, m, "severity", h->severity);
	hz_scale(h, err, m, "likelihood", h->likelihood);
	hz_bands(h, err, m);
}

static void
hz_use(struct hazards *h, struct buf *err, const config_setting_t *root)
{
	config_setting_t *u = config_setting_get_member(root, "intended_use");

	if (u == NULL || config_setting_type(u) != CONFIG_TYPE_GROUP) {
		hz_error(h, err, hz_line(u != NULL ? u : root),
		    "'intended_use' must be a group");
		return;
	}
	h->use_for = hz_string(h, err, u, "for");
	h->use_does = hz_string(h, err, u, "does");
	hz_strings(h, err, u, "not_for", &h->not_for, &h->nnot_for);
	h->status = hz_string(h, err, u, "status");
}

static void
hz_control(struct hazards *h, struct buf *err, const config_setting_t *e,
    struct hz_control *c)
{
	size_t	 k;

	c->line = hz_line(e);
	c->text = hz_string(h, err, e, "text");
	if ((c->kind = hz_string(h, err, e, "kind")) != NULL) {
		for (k = 0; hz_kinds[k] != NULL; k++)
			if (strcmp(c->kind, hz_kinds[k]) == 0)
				break;
		if (hz_kinds[k] == NULL)
			hz_error(h, err, c->line, "unknown kind of control "
			    "'%s': it is design, test or words", c->kind);
	}
	hz_strings(h, err, e, "tests", &c->tests, &c->ntests);
}

/* The initial or residual risk: { severity = N; likelihood = N; }. */
static void
hz_risk(struct hazards *h, struct buf *err, const config_setting_t *g,
    const char *name, int *sev, int *lik)
{
	config_setting_t *r = config_setting_get_member(g, name);

	if (r == NULL || config_setting_type(r) != CONFIG_TYPE_GROUP) {
		hz_error(h, err, hz_line(r != NULL ? r : g), "'%s' must be a "
		    "group: { severity = N; likelihood = N; }", name);
		return;
	}
	*sev = hz_score(h, err, r, "severity");
	*lik = hz_score(h, err, r, "likelihood");
}

static void
hz_hazard(struct hazards *h, struct buf *err, const config_setting_t *e,
    struct hazard *z)
{
	config_setting_t *l;
	int	 i, len;

	z->line = hz_line(e);
	z->id = hz_string(h, err, e, "id");
	z->title = hz_string(h, err, e, "title");
	z->description = hz_string(h, err, e, "description");
	hz_strings(h, err, e, "causes", &z->causes, &z->ncauses);
	z->effect = hz_string(h, err, e, "effect");
	hz_risk(h, err, e, "initial", &z->severity, &z->likelihood);
	hz_risk(h, err, e, "residual", &z->rseverity, &z->rlikelihood);
	z->residual = hz_string(h, err, e, "residual_text");
	if ((l = hz_list(h, err, e, "controls")) == NULL)
		return;
	len = config_setting_length(l);
	if ((z->controls = calloc((size_t)len + 1, sizeof(*z->controls))) ==
	    NULL) {
		hz_error(h, err, z->line, "out of memory");
		return;
	}
	for (i = 0; i < len; i++)
		hz_control(h, err, config_setting_get_elem(l, (unsigned int)i),
		    &z->controls[z->ncontrols++]);
}

static void
hz_hazards(struct hazards *h, struct buf *err, const config_setting_t *root)
{
	config_setting_t *l;
	size_t	 i, k;
	int	 len;

	if ((l = hz_list(h, err, root, "hazards")) == NULL)
		return;
	len = config_setting_length(l);
	if ((h->list = calloc((size_t)len + 1, sizeof(*h->list))) == NULL) {
		hz_error(h, err, hz_line(l), "out of memory");
		return;
	}
	for (i = 0; i < (size_t)len; i++)
		hz_hazard(h, err, config_setting_get_elem(l, (unsigned int)i),
		    &h->list[h->n++]);
	for (i = 0; i < h->n; i++)
		for (k = 0; k < i; k++)
			if (h->list[i].id != NULL && h->list[k].id != NULL &&
			    strcmp(h->list[i].id, h->list[k].id) == 0)
				hz_error(h, err, h->list[i].line, "duplicate "
				    "hazard id '%s' (line %d has it already)",
				    h->list[i].id, h->list[k].line);
}

/*
 * Read the log at path.  Returns 0, or -1 with one "path:line: message"
 * line per problem in err.
 */
int
hazards_load(struct hazards *h, const char *path, struct buf *err)
{
	config_setting_t *root;
	size_t	 len = err->len;

	memset(h, 0, sizeof(*h));
	h->path = path;
	config_init(&h->cfg);
	if (!config_read_file(&h->cfg, path)) {
		if (config_error_type(&h->cfg) == CONFIG_ERR_FILE_IO)
			buf_printf(err, "%s: %s\n", path, strerror(errno));
		else
			hz_error(h, err, config_error_line(&h->cfg), "%s",
			    config_error_text(&h->cfg));
		return (-1);
	}
	root = config_root_setting(&h->cfg);
	h->title = hz_string(h, err, root, "title");
	h->date = hz_string(h, err, root, "date");
	hz_use(h, err, root);
	hz_matrix(h, err, root);
	hz_hazards(h, err, root);
	return (err->len > len || err->failed ? -1 : 0);
}

void
hazards_free(struct hazards *h)
{
	size_t	 i, k;

	for (i = 0; i < h->n; i++) {
		for (k = 0; k < h->list[i].ncontrols; k++)
			free(h->list[i].controls[k].tests);
		free(h->list[i].controls);
		free(h->list[i].causes);
	}
	free(h->list);
	free(h->bands);
	free(h->not_for);
	config_destroy(&h->cfg);
}

/* The band of a risk, or NULL. */
const struct hz_band *
hazards_band(const struct hazards *h, int risk)
{
	size_t	 i;

	for (i = 0; i < h->nbands; i++)
		if (h->bands[i].min <= risk && risk <= h->bands[i].max)
			return (&h->bands[i]);
	return (NULL);
}
