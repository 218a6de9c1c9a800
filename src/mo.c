/*
 * mo.c: read a gettext MO file (either byte order) into struct mo.
 * Every count and offset in the file is checked against its size
 * before it is used; a problem is a warning in struct diags, since a
 * catalogue that cannot be used only means that English is shown.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mo.h"
#include "readfile.h"

#define MO_MAGIC	0x950412deUL
#define MO_HEADER	28	/* bytes before the tables */
#define MO_CTXT_END	'\004'	/* gettext's separator of msgctxt and msgid */

struct mo_file {
	const unsigned char *p;
	size_t		 len;
	int		 big;		/* big-endian */
	struct diags	*d;
};

static uint32_t
mo_u32(const struct mo_file *f, size_t off)
{
	const unsigned char *q = f->p + off;

	if (f->big)
		return ((uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 |
		    (uint32_t)q[2] << 8 | q[3]);
	return ((uint32_t)q[3] << 24 | (uint32_t)q[2] << 16 |
	    (uint32_t)q[1] << 8 | q[0]);
}

/* A warning about the catalogue: why, a whole sentence of its own. */
static int
mo_fail(const struct mo_file *f, const char *why)
{
	diags_add(f->d, DIAG_WARNING, 0, 0, "%s", why);
	return (-1);
}

/* The magic number, the revision, and that both tables fit. */
static int
mo_check_header(struct mo_file *f, uint32_t *n, uint32_t *orig,
    uint32_t *trans)
{
	uint32_t	 rev;

	if (f->len < MO_HEADER)
		return (mo_fail(f, _("truncated: shorter than the 28-byte "
		    "header of a MO file; the catalogue is not used")));
	f->big = 0;
	if (mo_u32(f, 0) != MO_MAGIC) {
		f->big = 1;
		if (mo_u32(f, 0) != MO_MAGIC)
			return (mo_fail(f, _("not a MO file (wrong magic "
			    "number); the catalogue is not used")));
	}
	rev = mo_u32(f, 4);
	if (rev >> 16 > 1)
		return (mo_fail(f, _("a MO file of an unknown revision; the "
		    "catalogue is not used")));
	*n = mo_u32(f, 8);
	*orig = mo_u32(f, 12);
	*trans = mo_u32(f, 16);
	if (*orig > f->len || *trans > f->len ||
	    *n > (f->len - *orig) / 8 || *n > (f->len - *trans) / 8)
		return (mo_fail(f, _("its string count or tables run past "
		    "the end of the file (corrupt or truncated); the catalogue "
		    "is not used")));
	return (0);
}

/* The string that descriptor at off names; NULL if it is out of bounds. */
static const char *
mo_string(const struct mo_file *f, size_t off)
{
	uint32_t	 len = mo_u32(f, off), at = mo_u32(f, off + 4);

	if (at > f->len || len >= f->len - at || f->p[at + len] != '\0')
		return (NULL);
	return ((const char *)f->p + at);
}

static int
mo_cmp(const char *ca, const char *ia, const char *cb, const char *ib)
{
	int	 c = strcmp(ca, cb);

	return (c != 0 ? c : strcmp(ia, ib));
}

static int
mo_sort_cmp(const void *a, const void *b)
{
	const struct mo_entry *x = a, *y = b;

	return (mo_cmp(x->ctxt, x->id, y->ctxt, y->id));
}

/* Split "ctxt\004id" in place; an entry without it has context "". */
static void
mo_split(struct mo_entry *e, char *s)
{
	char	*sep = strchr(s, MO_CTXT_END);

	e->ctxt = "";
	e->id = s;
	if (sep != NULL) {
		*sep = '\0';
		e->ctxt = s;
		e->id = sep + 1;
	}
}

/* Fill m->v from the checked tables; the header and empty strings go. */
static int
mo_entries(struct mo *m, const struct mo_file *f, uint32_t n, uint32_t orig,
    uint32_t trans)
{
	const char	*id, *str;
	uint32_t	 i;

	if ((m->v = calloc(n ? n : 1, sizeof(*m->v))) == NULL) {
		f->d->nomem = 1;
		return (-1);
	}
	for (i = 0; i < n; i++) {
		id = mo_string(f, orig + (size_t)i * 8);
		str = mo_string(f, trans + (size_t)i * 8);
		if (id == NULL || str == NULL)
			return (mo_fail(f, _("a string runs past the end of "
			    "the file or is not ended by a NUL byte (corrupt or "
			    "truncated); the catalogue is not used")));
		if (*id == '\0' || *str == '\0')
			continue;	/* the header, or untranslated */
		mo_split(&m->v[m->n], m->data + (id - (const char *)f->p));
		m->v[m->n++].str = m->data + (str - (const char *)f->p);
	}
	qsort(m->v, m->n, sizeof(*m->v), mo_sort_cmp);
	return (0);
}

/* Parse len bytes of a MO file; the caller's bytes are copied. */
int
mo_parse(const char *data, size_t len, struct mo **out, struct diags *d)
{
	struct mo_file	 f = { (const unsigned char *)data, len, 0, d };
	struct mo	*m;
	uint32_t	 n, orig, trans;

	*out = NULL;
	if (mo_check_header(&f, &n, &orig, &trans) != 0)
		return (-1);
	if ((m = calloc(1, sizeof(*m))) == NULL ||
	    (m->data = malloc(len + 1)) == NULL)
		goto out_nomem;
	memcpy(m->data, data, len);
	m->data[len] = '\0';
	m->len = len;
	f.p = (const unsigned char *)m->data;
	if (mo_entries(m, &f, n, orig, trans) != 0) {
		mo_free(m);
		return (-1);
	}
	*out = m;
	return (0);
out_nomem:
	free(m);
	d->nomem = 1;
	return (-1);
}

/*
 * Read and parse the MO file at path; problems name it.  That it cannot
 * be read is a warning too: English is shown.
 */
int
mo_read(const char *path, struct mo **out, struct diags *d)
{
	struct diags	 rd;
	char		*text;
	size_t		 len;
	int		 rc;

	*out = NULL;
	diags_set_file(d, path);
	diags_init(&rd);
	if (readfile_path(path, MO_MAX_BYTES, &text, &len, &rd) != 0) {
		d->nomem |= rd.nomem;
		if (rd.n > 0)
			/* TRANSLATORS: %s says why a file cannot be
			   read, such as "No such file or directory". */
			diags_add(d, DIAG_WARNING, 0, 0, _("%s; the catalogue "
			    "is not used"), rd.v[0].msg);
		diags_free(&rd);
		return (-1);
	}
	diags_free(&rd);
	rc = mo_parse(text, len, out, d);
	free(text);
	return (rc);
}

void
mo_free(struct mo *m)
{
	if (m == NULL)
		return;
	free(m->v);
	free(m->data);
	free(m);
}

/* The entry for exactly this context and this original text, or NULL. */
const struct mo_entry *
mo_find(const struct mo *m, const char *ctxt, const char *id)
{
	size_t	 lo = 0, hi = m->n, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = mo_cmp(ctxt, id, m->v[mid].ctxt, m->v[mid].id);
		if (c == 0)
			return (&m->v[mid]);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (NULL);
}

/* Has the catalogue any entry with this context, whatever its text? */
int
mo_has_ctxt(const struct mo *m, const char *ctxt)
{
	size_t	 lo = 0, hi = m->n, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(ctxt, m->v[mid].ctxt);
		if (c == 0)
			return (1);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (0);
}
