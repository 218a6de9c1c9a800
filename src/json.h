/*
 * json.h: results and rules as JSON for programs, built in a buffer for
 * the caller to write.
 */
#ifndef REDFLAG_JSON_H
#define REDFLAG_JSON_H

#include "buf.h"
#include "eval.h"
#include "tcase.h"

void	 json_check(struct buf *, const struct eval *);
void	 json_list(struct buf *, const struct rules *);
void	 json_tests(struct buf *, const struct rules *,
	    const struct tcase_result *);
void	 json_string(struct buf *, const char *);

#endif
