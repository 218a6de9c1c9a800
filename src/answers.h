/* answers.h: read lists of ticked symptom ids. */
#ifndef REDFLAG_ANSWERS_H
#define REDFLAG_ANSWERS_H

#include <stddef.h>

#include "diag.h"
#include "eval.h"

#define ANSWERS_MAX_BYTES	(1024UL * 1024)

size_t	 answers_text(const char *, struct eval *, struct diags *);
size_t	 answers_list(const char *, struct eval *, struct diags *);
int	 answers_id(const char *, size_t, struct eval *, struct diags *,
	    unsigned long);

#endif
