/*
 * transdir.h: where the catalogues of the rules' text are, under a
 * locale directory: DIR/LL/LC_MESSAGES/redflag-rules.mo for language LL.
 */
#ifndef REDFLAG_TRANSDIR_H
#define REDFLAG_TRANSDIR_H

#include <stddef.h>

#include "buf.h"
#include "diags.h"
#include "mo.h"

#define TRANSDIR_LANG_MAX	64	/* bytes in a language name */

void	 transdir_path(struct buf *, const char *, const char *);
int	 transdir_english(const char *);
int	 transdir_open(const char *, const char *, struct mo **, char *,
	    struct diags *);
int	 transdir_langs(const char *, char ***, size_t *);
void	 transdir_langs_free(char **, size_t);

#endif
