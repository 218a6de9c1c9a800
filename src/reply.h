/*
 * reply.h: the commands of plain line mode.  The words are kept here
 * alone, so that plain.c reads them and resolve.c refuses a symptom id
 * that is one of them.
 */
#ifndef REDFLAG_REPLY_H
#define REDFLAG_REPLY_H

#include <stddef.h>

enum reply {
	REPLY_OTHER,		/* numbers or ids to tick */
	REPLY_EMPTY,
	REPLY_YES,
	REPLY_NO,
	REPLY_HELP,
	REPLY_LIST,
	REPLY_GO,		/* with a question number */
	REPLY_SKIP,
	REPLY_BACK,
	REPLY_QUIT,
	REPLY_BAD_GO		/* a go without a number */
};

enum reply	 reply_word(const char *, size_t);
enum reply	 reply_parse(const char *, unsigned long *);

#endif
