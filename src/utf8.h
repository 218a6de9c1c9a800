/* utf8.h: UTF-8 checks, display width and safe quoting. */
#ifndef REDFLAG_UTF8_H
#define REDFLAG_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

int	 utf8_decode(const char *, size_t, uint32_t *);
int	 utf8_valid(const char *, size_t, size_t *);
int	 utf8_unsafe(const char *, size_t, size_t *, uint32_t *);
int	 utf8_cp_width(uint32_t);
size_t	 utf8_width(const char *, size_t);
size_t	 utf8_fit(const char *, size_t, size_t, size_t *);
void	 utf8_quote(struct buf *, const char *, size_t);
void	 utf8_sanitize(struct buf *, const char *, size_t, int);
void	 utf8_json_ascii(struct buf *, const char *, size_t);

#endif
