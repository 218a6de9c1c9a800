/*
 * cond.h: rule conditions.  The text is parsed into a tree whose leaves
 * are names; the loader then resolves each name to a symptom or a rule.
 *
 *	expr    = term { "or" term }
 *	term    = factor { "and" factor }
 *	factor  = "not" factor | NAME | "(" expr ")"
 *	        | NUMBER "of" "(" expr { "," expr } ")"
 */
#ifndef REDFLAG_COND_H
#define REDFLAG_COND_H

#include <stddef.h>

#define COND_MAX_DEPTH	32	/* nesting of (), not and "of" */
#define COND_MAX_KIDS	1000	/* operands of one and, or or "of" */

enum cond_kind {
	COND_NAME,
	COND_NOT,
	COND_AND,
	COND_OR,
	COND_OF
};

enum cond_ref {
	COND_UNRESOLVED,
	COND_SYMPTOM,
	COND_RULE
};

struct cond {
	enum cond_kind	 kind;
	unsigned	 col;	/* 1-based column in the text */
	char		*name;	/* COND_NAME */
	enum cond_ref	 ref;
	size_t		 index;	/* symptom or rule, once resolved */
	size_t		 need;	/* COND_OF: how many must be true */
	struct cond	**kids;
	size_t		 nkids;
};

struct diags;

struct cond	*cond_parse(const char *, struct diags *);
void		 cond_free(struct cond *);
int		 cond_eval(const struct cond *, const unsigned char *,
		    const unsigned char *);
int		 cond_keyword(const char *);

#endif
