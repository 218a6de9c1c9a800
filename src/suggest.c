/*
 * suggest.c: find the closest known name to a misspelt one, by edit
 * distance, to offer "did you mean ...?".
 */
#include "config.h"

#include <string.h>

#include "ascii.h"
#include "suggest.h"

#define SUGGEST_MAX_LEN	64

/*
 * Start looking for the closest of ncandidates names to word.  With more
 * than SUGGEST_MAX_CANDIDATES, or when wanted is 0 (the message would
 * not be shown), no work is done and there is no suggestion.
 */
void
suggest_init(struct suggest *s, const char *word, size_t ncandidates,
    int wanted)
{
	s->word = wanted && ncandidates <= SUGGEST_MAX_CANDIDATES ? word : NULL;
	s->best = NULL;
	s->dist = (size_t)-1;
	s->word_case = 0;
}

/*
 * Edit distance of two short strings, counting a swap of two neighbours
 * as one edit (the optimal string alignment distance).
 */
static size_t
suggest_distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 rows[3][SUGGEST_MAX_LEN + 1], *pp, *p, *c, i, j, v;

	for (j = 0; j <= lb; j++)
		rows[1][j] = j;
	pp = rows[0];
	p = rows[1];
	c = rows[2];
	for (i = 1; i <= la; i++) {
		c[0] = i;
		for (j = 1; j <= lb; j++) {
			v = p[j - 1] + (a[i - 1] != b[j - 1]);
			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
		}
		pp = p;
		p = c;
		c = rows[(i + 2) % 3];
	}
	return (p[lb]);
}

void
suggest_try(struct suggest *s, const char *cand)
{
	size_t	 la, lb, d;

	if (s->word == NULL)
		return;
	la = strlen(s->word);
	lb = strlen(cand);
	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return;
	if ((la > lb ? la - lb : lb - la) > 2)
		return;
	/* ids are lower case: 'FEVER' means 'fever', before any other */
	if (la == lb && ascii_casecmp(s->word, cand) == 0) {
		s->dist = 1;
		s->best = cand;
		s->word_case = 1;
		return;
	}
	if (s->word_case)
		return;
	d = suggest_distance(s->word, la, cand, lb);
	if (d < s->dist) {
		s->dist = d;
		s->best = cand;
	}
}

/* The best candidate if it is close enough, else NULL. */
const char *
suggest_result(const struct suggest *s)
{
	if (s->word == NULL || s->best == NULL)
		return (NULL);
	if (!s->word_case && (s->dist == 0 || s->dist > 2 ||
	    s->dist * 3 > strlen(s->word)))
		return (NULL);
	return (s->best);
}
