/* strmap.c: an open-addressing hash map from strings to indexes. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

void
strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = 0;
	m->n = 0;
}

void
strmap_free(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}

static size_t
strmap_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;	/* FNV-1a */

	while (*s != '\0') {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return ((size_t)(h ^ (h >> 32)));
}

static struct strmap_slot *
strmap_find(const struct strmap *m, const char *key)
{
	size_t	 i;

	i = strmap_hash(key) & (m->cap - 1);
	while (m->slots[i].key != NULL && strcmp(m->slots[i].key, key) != 0)
		i = (i + 1) & (m->cap - 1);
	return (&m->slots[i]);
}

static int
strmap_grow(struct strmap *m)
{
	struct strmap	 old = *m;
	size_t		 i;

	m->cap = old.cap ? old.cap * 2 : 16;
	if ((m->slots = calloc(m->cap, sizeof(*m->slots))) == NULL) {
		*m = old;
		return (-1);
	}
	for (i = 0; i < old.cap; i++) {
		if (old.slots[i].key != NULL)
			*strmap_find(m, old.slots[i].key) = old.slots[i];
	}
	free(old.slots);
	return (0);
}

/*
 * Add key -> value.  Returns 0 when added, 1 when the key was already
 * there (its value is stored in *old and left alone), -1 when out of
 * memory.
 */
int
strmap_put(struct strmap *m, const char *key, size_t value, size_t *old)
{
	struct strmap_slot	*s;

	if ((m->n + 1) * 4 > m->cap * 3 && strmap_grow(m) != 0)
		return (-1);
	s = strmap_find(m, key);
	if (s->key != NULL) {
		if (old != NULL)
			*old = s->value;
		return (1);
	}
	s->key = key;
	s->value = value;
	m->n++;
	return (0);
}

/* Returns 1 and sets *value when key is present, else 0. */
int
strmap_get(const struct strmap *m, const char *key, size_t *value)
{
	const struct strmap_slot *s;

	if (m->cap == 0)
		return (0);
	s = strmap_find(m, key);
	if (s->key == NULL)
		return (0);
	if (value != NULL)
		*value = s->value;
	return (1);
}
