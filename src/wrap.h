/* wrap.h: fill text to a width, breaking at spaces. */
#ifndef REDFLAG_WRAP_H
#define REDFLAG_WRAP_H

#include <stddef.h>

#include "buf.h"

void	 wrap(struct buf *, const char *, size_t, size_t, size_t);
size_t	 wrap_lines(const char *, size_t, size_t *, size_t *, size_t);

#endif
