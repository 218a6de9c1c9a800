/* buf.h: a growable byte buffer that remembers allocation failure. */
#ifndef REDFLAG_BUF_H
#define REDFLAG_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*s;		/* always NUL-terminated once anything is added */
	size_t	 len;
	size_t	 cap;
	int	 failed;	/* an allocation failed; the content is truncated */
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_add(struct buf *, const char *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
void	 buf_repeat(struct buf *, char, size_t);
const char *buf_str(const struct buf *);
void	 buf_absorb(struct buf *, struct buf *);

#endif
