/*
 * suggest.c: find the closest known name to a misspelt one, by edit
 * distance, to offer "did you mean ...?".
 */
#include "config.h"

#include <string.h>

#include "suggest.h"

#define SUGGEST_MAX_LEN	64

void
suggest_init(struct suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->dist = (size_t)-1;
	s->seen = 0;
}

/* Levenshtein distance of two short strings. */
static size_t
suggest_distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 row[SUGGEST_MAX_LEN + 1], i, j, prev, tmp, cost;

	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			row[j] = prev + cost;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	return (row[lb]);
}

void
suggest_try(struct suggest *s, const char *cand)
{
	size_t	 la = strlen(s->word), lb = strlen(cand), d;

	if (++s->seen > SUGGEST_MAX_CANDIDATES)
		return;
	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return;
	if ((la > lb ? la - lb : lb - la) > 2)
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
	size_t	 len = strlen(s->word);

	if (s->best == NULL || s->seen > SUGGEST_MAX_CANDIDATES)
		return (NULL);
	if (s->dist == 0 || s->dist > 2 || s->dist * 3 > len)
		return (NULL);
	return (s->best);
}
