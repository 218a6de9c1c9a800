/*
 * conf.h: load a rules file (libconfig syntax) into struct rules,
 * checking everything and recording every problem in struct diags.
 */
#ifndef REDFLAG_CONF_H
#define REDFLAG_CONF_H

#include <stddef.h>

#include "diags.h"
#include "rules.h"

#define CONF_FORMAT		1	/* the format version understood */
#define CONF_MAX_BYTES		(32UL * 1024 * 1024)
#define CONF_MAX_ID		64	/* bytes in an id */
#define CONF_MAX_LABEL		200	/* bytes in a label or title */
#define CONF_MAX_TAG		12	/* bytes in a level's tag */
#define CONF_MAX_TEXT		4096	/* bytes in any other string */
#define CONF_MAX_KEYWORD	40	/* bytes in a symptom's keyword */
#define CONF_MAX_KEYWORDS	32	/* keywords of one symptom */
#define CONF_MAX_LEVELS		9
#define CONF_MAX_RULE_DEPTH	16	/* rules naming rules naming ... */
#define CONF_MAX_NESTING	64	/* ( [ { inside one another */
#define CONF_MAX_GROUP		1000	/* settings in one { } group */
#define CONF_MAX_ITEMS		1500000	/* settings and list items in all */

enum conf_status {
	CONF_OK,
	CONF_UNREADABLE,	/* the file could not be read */
	CONF_INVALID,		/* it was read but has errors */
	CONF_NOMEM
};

enum conf_status conf_load_file(const char *, struct rules **,
		    struct diags *);
enum conf_status conf_load_string(const char *, size_t, const char *,
		    struct rules **, struct diags *);
int		 conf_color(const char *);

#endif
