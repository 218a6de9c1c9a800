/*
 * match.h: does a symptom match what was typed in a search, and how
 * well?  Its label and id name it; its keywords are other words for it;
 * its help text may mention other things in passing.
 */
#ifndef REDFLAG_MATCH_H
#define REDFLAG_MATCH_H

#include "rules.h"

enum match {			/* from the worst to the best */
	MATCH_NONE,
	MATCH_HELP,	/* only the help text holds it */
	MATCH_KEYWORD,	/* a keyword holds it */
	MATCH_NAME	/* the label or the id holds it */
};

enum match	 match_symptom(const struct symptom *, const char *);

#endif
