/* suggest.h: "did you mean" for misspelt names. */
#ifndef REDFLAG_SUGGEST_H
#define REDFLAG_SUGGEST_H

#include <stddef.h>

#define SUGGEST_MAX_CANDIDATES	5000	/* more than this: no suggestion */

struct suggest {
	const char	*word;		/* NULL: too many candidates, or no use */
	const char	*best;
	size_t		 dist;
	int		 word_case;	/* best differs only in case */
};

void		 suggest_init(struct suggest *, const char *, size_t, int);
void		 suggest_try(struct suggest *, const char *);
const char	*suggest_result(const struct suggest *);

#endif
