/*
 * safety.c: the sentences of safety.def, in the user's language or in
 * English (for the manual pages, which stay English).
 */
#include "config.h"

#include "i18n.h"
#include "safety.h"

static const char *const safety_text[] = {
#define SAFETY(id, text)	text,
#include "safety.def"
#undef SAFETY
};

/* The sentence in the language chosen (see lang.c). */
const char *
safety(enum safety id)
{
	return (_(safety_text[id]));
}

const char *
safety_english(enum safety id)
{
	return (safety_text[id]);
}
