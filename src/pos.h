/*
 * pos.h: positions in the text of a rules file, for messages: where
 * each line begins, the true line of a setting past line 65,535, and
 * where each string of a setting written as several strings begins.
 * It reads only the text, never libconfig's tree.
 */
#ifndef REDFLAG_POS_H
#define REDFLAG_POS_H

#include <stddef.h>

struct pos {
	const char	*text;
	size_t		 len;
	size_t		*bol;		/* where each line begins */
	unsigned long	 nlines;
	unsigned long	 last;		/* the last line found by pos_line */
};

int		 pos_init(struct pos *, const char *, size_t);
void		 pos_free(struct pos *);
unsigned long	 pos_line(struct pos *, unsigned long, const char *);
int		 pos_pieces(const struct pos *, unsigned long, const char *,
		    unsigned long **, size_t **, size_t *);

#endif
