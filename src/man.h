/* man.h: redflag-rules(7), the reference page of a rules file. */
#ifndef REDFLAG_MAN_H
#define REDFLAG_MAN_H

#include "buf.h"
#include "rules.h"

/* A language the rules' text is installed in, and how much of it. */
struct man_lang {
	char		*lang;
	size_t		 translated;
	size_t		 total;
};

void	 man_page(struct buf *, const struct rules *, const struct man_lang *,
	    size_t);
void	 man_line(struct buf *, const char *);
void	 man_date(struct buf *, const char *);

#endif
