/* diags.c: problems found while loading, kept as data. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diags.h"
#include "i18n.h"

void
diags_init(struct diags *d)
{
	memset(d, 0, sizeof(*d));
}

void
diags_free(struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	free(d->file);
	diags_init(d);
}

int
diags_set_file(struct diags *d, const char *file)
{
	char	*copy;

	if ((copy = strdup(file)) == NULL) {
		d->nomem = 1;
		return (-1);
	}
	free(d->file);
	d->file = copy;
	return (0);
}

static struct diag *
diags_slot(struct diags *d)
{
	struct diag	*v;
	size_t		 cap;

	if (d->n == d->cap) {
		cap = d->cap ? d->cap * 2 : 8;
		if ((v = realloc(d->v, cap * sizeof(*v))) == NULL)
			return (NULL);
		d->v = v;
		d->cap = cap;
	}
	return (&d->v[d->n]);
}

void
diags_vadd(struct diags *d, enum diag_severity sev, unsigned long line,
    unsigned col, const char *fmt, va_list ap)
{
	struct diag	*g;
	struct buf	 b;

	if (sev == DIAG_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	if (d->n >= DIAG_MAX) {
		d->dropped++;
		return;
	}
	buf_init(&b);
	buf_vprintf(&b, fmt, ap);
	if (b.failed || (g = diags_slot(d)) == NULL) {
		buf_free(&b);
		d->nomem = 1;
		return;
	}
	g->severity = sev;
	g->line = line;
	g->col = col;
	g->msg = b.s;
	d->n++;
}

void
diags_add(struct diags *d, enum diag_severity sev, unsigned long line,
    unsigned col, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	diags_vadd(d, sev, line, col, fmt, ap);
	va_end(ap);
}

/* Problems without a line come after those with one. */
static unsigned long
diags_key(const struct diag *g)
{
	return (g->line > 0 ? g->line : (unsigned long)-1);
}

/* Stable insertion sort by line: problems were found in almost that order. */
void
diags_sort(struct diags *d)
{
	struct diag	 tmp;
	size_t		 i, j;

	for (i = 1; i < d->n; i++) {
		tmp = d->v[i];
		for (j = i; j > 0 && diags_key(&d->v[j - 1]) > diags_key(&tmp);
		    j--)
			d->v[j] = d->v[j - 1];
		d->v[j] = tmp;
	}
}

/* FILE:LINE: message, or FILE: message when there is no line. */
void
diags_format(struct buf *b, const struct diags *d, const struct diag *g)
{
	/* TRANSLATORS: stands for the rules file's name when it has none. */
	buf_puts(b, d->file != NULL ? d->file : _("(rules)"));
	if (g->line > 0)
		buf_printf(b, ":%lu", g->line);
	buf_puts(b, ": ");
	if (g->severity == DIAG_WARNING)
		/* TRANSLATORS: a problem in a rules file that is not an
		   error; %s says what it is. */
		buf_printf(b, _("warning: %s"), g->msg);
	else
		buf_puts(b, g->msg);
}
