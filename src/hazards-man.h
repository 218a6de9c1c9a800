/* hazards-man.h: the safety case page, redflag-safety(7), in mdoc. */
#ifndef REDFLAG_HAZARDS_MAN_H
#define REDFLAG_HAZARDS_MAN_H

#include "buf.h"
#include "hazards.h"

void	 hazards_man(struct buf *, const struct hazards *);

#endif
