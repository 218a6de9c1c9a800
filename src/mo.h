/*
 * mo.h: a gettext MO catalogue read into memory, every offset checked,
 * so that a corrupt or truncated file is a diagnostic, never a crash.
 * Each entry is an optional context (msgctxt), the original text
 * (msgid) and its translation (msgstr); plural forms are reduced to
 * their first form.
 */
#ifndef REDFLAG_MO_H
#define REDFLAG_MO_H

#include <stddef.h>

#include "diags.h"

#define MO_MAX_BYTES	(16UL * 1024 * 1024)

struct mo_entry {
	const char	*ctxt;		/* "" when the entry has none */
	const char	*id;
	const char	*str;
};

struct mo {
	char		*data;		/* the file; entries point into it */
	size_t		 len;
	struct mo_entry	*v;		/* sorted by context, then id */
	size_t		 n;
};

int		 mo_read(const char *, struct mo **, struct diags *);
int		 mo_parse(const char *, size_t, struct mo **, struct diags *);
void		 mo_free(struct mo *);
const struct mo_entry *mo_find(const struct mo *, const char *, const char *);
int		 mo_has_ctxt(const struct mo *, const char *);

#endif
