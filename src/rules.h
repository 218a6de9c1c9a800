/*
 * rules.h: a loaded rules file.  conf.c builds it and checks it, and
 * resolve.c derives what every reader needs from it (the users of each
 * entry and the orders of rules and symptoms); after that it is
 * read-only, and eval.c evaluates answers against it.
 * Levels are ordered from the most urgent (index 0) down.
 */
#ifndef REDFLAG_RULES_H
#define REDFLAG_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "cond.h"
#include "strmap.h"

struct level {
	char		*id;
	char		*label;
	char		*tag;		/* short text marker, e.g. URGENT */
	char		*action;	/* what to do */
	char		*color;		/* a colour name; see conf.c */
	unsigned long	 line;
};

struct source {
	char		*id;
	char		*title;
	char		*url;		/* may be NULL */
	unsigned long	 line;
	size_t		 nusers;	/* rules that cite it */
};

struct symptom {
	char		*id;
	char		*label;
	char		*help;		/* may be NULL */
	char		**keywords;	/* other words for it, for searches */
	size_t		 nkeywords;
	char		*group;		/* points into struct group */
	size_t		 group_index;
	unsigned long	 line;
};

struct rule {
	char		*id;
	char		*level_id;
	size_t		 level;
	char		*when;		/* the condition as written */
	struct cond	*cond;
	char		*message;
	char		*advice;
	char		**source_ids;
	size_t		*sources;
	size_t		 nsources;
	unsigned long	 line;
	unsigned long	 when_line;
	unsigned long	*when_lines;	/* a 'when' of several strings: */
	size_t		*when_offs;	/* the line and the offset of each */
	size_t		 when_pieces;
	size_t		 depth;		/* longest chain of rules it names */
};

/* A statement from the source material, and what covers it. */
struct trace {
	char		*source_id;
	size_t		 source;
	char		*statement;
	char		**ids;		/* symptoms and rules covering it */
	size_t		 nids;
	char		*note;		/* why it is (not) covered; may be NULL */
	unsigned long	 line;
};

/* A test case: answers, and the highest level they must give. */
struct tcase {
	char		*name;
	char		**answer_ids;
	size_t		 nanswer_ids;
	size_t		*answers;	/* symptoms */
	char		*expect_id;	/* a level id, or "none" */
	size_t		 expect;	/* level, or RULES_NONE */
	char		**fire_ids;	/* rules that must fire */
	size_t		 nfire_ids;
	size_t		*fires;
	char		**quiet_ids;	/* rules that must not fire */
	size_t		 nquiet_ids;
	size_t		*quiets;
	char		*source;	/* the citation */
	char		*tier;		/* an outside source's grade, or NULL */
	char		*note;		/* may be NULL */
	unsigned long	 line;
};

struct group {
	char		*name;
	size_t		*symptoms;
	size_t		 n;
};

struct rules {
	char		*origin;	/* the file, or "(built-in)" */
	long		 format;
	char		*title;
	char		*version;
	char		*date;
	char		*disclaimer;
	char		*no_flag;	/* what to say when nothing fires */
	struct level	*levels;
	size_t		 nlevels;
	struct source	*sources;
	size_t		 nsources;
	struct symptom	*symptoms;
	size_t		 nsymptoms;
	struct rule	*rules;
	size_t		 nrules;
	struct trace	*traces;
	size_t		 ntraces;
	struct tcase	*tcases;
	size_t		 ntcases;
	struct group	*groups;
	size_t		 ngroups;
	/* Derived by resolve.c, for every reader. */
	size_t		*order;		/* rules, each after those it names */
	size_t		*topo;		/* each rule's place in order */
	uint32_t	*users;		/* the rules naming each symptom, then */
	uint32_t	*users_at;	/* each rule: see rules_symptom_users */
	size_t		*sym_order;	/* symptoms as shown and asked: by group */
	size_t		*sym_place;	/* each symptom's place in sym_order */
	struct strmap	 ids;		/* symptom and rule ids */
	struct strmap	 level_ids;
	struct strmap	 source_ids;
};

/* A test case's expected level when no rule may fire. */
#define RULES_NONE	((size_t)-1)
#define RULES_NONE_ID	"none"

/* Ids in rules->ids map to an index, with the top bit set for rules. */
#define RULES_RULE_BIT	((size_t)1 << (sizeof(size_t) * 8 - 1))

void	 rules_free(struct rules *);
int	 rules_symptom(const struct rules *, const char *, size_t *);
int	 rules_rule(const struct rules *, const char *, size_t *);
size_t	 rules_rank(const struct rules *, size_t);
const char *rules_level_id(const struct rules *, size_t);
size_t	 rules_highest(const struct rules *, const unsigned char *);
unsigned long rules_when_line(const struct rule *, unsigned);
const uint32_t *rules_symptom_users(const struct rules *, size_t, size_t *);
const uint32_t *rules_rule_users(const struct rules *, size_t, size_t *);

#endif
