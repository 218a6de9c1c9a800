/* man.h: redflag-rules(7), the reference page of a rules file. */
#ifndef REDFLAG_MAN_H
#define REDFLAG_MAN_H

#include "buf.h"
#include "rules.h"

void	 man_page(struct buf *, const struct rules *);
void	 man_line(struct buf *, const char *);
void	 man_date(struct buf *, const char *);

#endif
