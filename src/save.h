/*
 * save.h: write a file so that it is either complete or not there.
 */
#ifndef REDFLAG_SAVE_H
#define REDFLAG_SAVE_H

#include <stddef.h>

#include "status.h"

enum status	 save_at(int, const char *, const char *, size_t, int, char *,
		    size_t);
enum status	 save_file(const char *, const char *, size_t, int, char *,
		    size_t);
void		 save_random(char *, size_t);

#endif
