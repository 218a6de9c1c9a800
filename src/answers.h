/* answers.h: answers as text: "id" is a yes, "!id" a no. */
#ifndef REDFLAG_ANSWERS_H
#define REDFLAG_ANSWERS_H

#include <stddef.h>

#include "buf.h"
#include "diags.h"
#include "eval.h"

#define ANSWERS_MAX_BYTES	(1024UL * 1024)

size_t	 answers_text(const char *, struct eval *, struct diags *);
size_t	 answers_list(const char *, struct eval *, struct diags *);
int	 answers_find(const struct rules *, const char *, size_t, size_t *,
	    struct diags *, unsigned long);
void	 answers_write(struct buf *, const struct eval *);

#endif
