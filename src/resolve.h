/*
 * resolve.h: the second pass over a rules file, once conf.c has read
 * every entry: names resolved, rules ordered, the model derived.
 */
#ifndef REDFLAG_RESOLVE_H
#define REDFLAG_RESOLVE_H

#include "diags.h"
#include "rules.h"

int	 resolve_rules(struct rules *, struct diags *);

#endif
