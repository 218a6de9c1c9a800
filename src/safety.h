/*
 * safety.h: the sentences that keep people safe, such as "This is not
 * a diagnosis.", each held once in safety.def.
 */
#ifndef REDFLAG_SAFETY_H
#define REDFLAG_SAFETY_H

enum safety {
#define SAFETY(id, text)	SAFETY_##id,
#include "safety.def"
#undef SAFETY
	SAFETY_COUNT
};

const char	*safety(enum safety);
const char	*safety_english(enum safety);

#endif
