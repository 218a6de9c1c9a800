/*
 * reply.c: what a line typed in plain line mode means.  Each command
 * has a short form and a word, in any case; a go takes a number.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "reply.h"

static const struct {
	const char	*word;
	enum reply	 r;
} reply_words[] = {
	{ "y", REPLY_YES }, { "yes", REPLY_YES },
	{ "n", REPLY_NO }, { "no", REPLY_NO },
	{ "?", REPLY_HELP }, { "h", REPLY_HELP }, { "help", REPLY_HELP },
	{ "l", REPLY_LIST }, { "list", REPLY_LIST },
	{ "g", REPLY_GO }, { "go", REPLY_GO },
	{ "s", REPLY_SKIP }, { "skip", REPLY_SKIP },
	{ "b", REPLY_BACK }, { "back", REPLY_BACK },
	{ "q", REPLY_QUIT }, { "quit", REPLY_QUIT },
};

/* The command that the len bytes at s name, or REPLY_OTHER. */
enum reply
reply_word(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof(reply_words) / sizeof(reply_words[0]); i++) {
		if (strlen(reply_words[i].word) == len &&
		    ascii_ncasecmp(s, reply_words[i].word, len) == 0)
			return (reply_words[i].r);
	}
	return (REPLY_OTHER);
}

/*
 * What a whole line says; for a go, the question number goes in *n.
 * The line has no blanks at either end.
 */
enum reply
reply_parse(const char *line, unsigned long *n)
{
	size_t		 len = strcspn(line, " \t");
	const char	*arg = line + len + strspn(line + len, " \t");
	enum reply	 r;

	if (*line == '\0')
		return (REPLY_EMPTY);
	r = reply_word(line, len);
	if (r == REPLY_GO) {
		len = strlen(arg);
		if (len == 0 || len > 9 || strspn(arg, "0123456789") != len)
			return (REPLY_BAD_GO);
		*n = strtoul(arg, NULL, 10);
		return (REPLY_GO);
	}
	return (*arg == '\0' ? r : REPLY_OTHER);
}
