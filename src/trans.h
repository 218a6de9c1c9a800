/*
 * trans.h: the rules' text in another language.  Each translatable
 * field of a loaded rules file has a key built from ids (the msgctxt,
 * "symptom fever label") and its English text (the msgid).  A field is
 * translated only when a catalogue has an entry with exactly that key
 * and exactly that English: a translation of text that has changed
 * since is never shown.  The conditions are never translated, so a
 * translation cannot change how the rules grade.
 */
#ifndef REDFLAG_TRANS_H
#define REDFLAG_TRANS_H

#include <stddef.h>

#include "diags.h"
#include "mo.h"
#include "rules.h"

#define TRANS_DOMAIN	"redflag-rules"
#define TRANS_KEYWORD_SEP '\n'	/* between keywords in one msgid */

enum trans_kind {
	TRANS_TITLE,
	TRANS_DISCLAIMER,
	TRANS_NO_FLAG,
	TRANS_LEVEL_LABEL,
	TRANS_LEVEL_TAG,
	TRANS_LEVEL_ACTION,
	TRANS_GROUP,
	TRANS_SYMPTOM_LABEL,
	TRANS_SYMPTOM_HELP,
	TRANS_SYMPTOM_KEYWORDS,
	TRANS_RULE_MESSAGE,
	TRANS_RULE_ADVICE
};

struct trans_field {
	enum trans_kind	 kind;
	size_t		 index;		/* of the level, group, symptom, rule */
	char		*key;		/* the msgctxt */
	char		*english;	/* the msgid */
	unsigned long	 line;		/* of the entry in the rules file */
	const char	*note;		/* for translators: what it is */
	size_t		 max;		/* bytes (of each keyword) */
};

struct trans_stats {
	size_t		 total;		/* translatable fields */
	size_t		 translated;
	size_t		 missing;	/* no entry for the key */
	size_t		 stale;		/* an entry, for other English */
	size_t		 unusable;	/* an entry that fails the checks */
};

int	 trans_fields(const struct rules *, struct trans_field **, size_t *);
void	 trans_fields_free(struct trans_field *, size_t);
const char *trans_check(const struct trans_field *, const char *);
/* Respells a text, for example in ASCII; NULL when it cannot. */
typedef char	*trans_conv_fn(const char *);

int	 trans_apply(struct rules *, const struct mo *, trans_conv_fn *,
	    struct trans_stats *);
int	 trans_lint(const struct rules *, const struct mo *, const char *,
	    struct diags *, struct trans_stats *);

#endif
