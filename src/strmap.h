/*
 * strmap.h: an open-addressing hash map from strings to indexes.  The
 * keys are not copied: they must outlive the map.
 */
#ifndef REDFLAG_STRMAP_H
#define REDFLAG_STRMAP_H

#include <stddef.h>

struct strmap_slot {
	const char	*key;
	size_t		 value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t		 cap;	/* a power of two, or 0 */
	size_t		 n;
};

void	 strmap_init(struct strmap *);
void	 strmap_free(struct strmap *);
int	 strmap_put(struct strmap *, const char *, size_t, size_t *);
int	 strmap_get(const struct strmap *, const char *, size_t *);

#endif
