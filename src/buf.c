/* buf.c: a growable byte buffer that remembers allocation failure. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

void
buf_init(struct buf *b)
{
	b->s = NULL;
	b->len = 0;
	b->cap = 0;
	b->failed = 0;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	buf_init(b);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

static int
buf_grow(struct buf *b, size_t more)
{
	size_t	 want, cap;
	char	*s;

	if (b->failed)
		return (-1);
	if (more > (size_t)-1 / 2 - b->len)
		goto out_fail;
	want = b->len + more + 1;
	if (want <= b->cap)
		return (0);
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap *= 2;
	if ((s = realloc(b->s, cap)) == NULL)
		goto out_fail;
	b->s = s;
	b->cap = cap;
	return (0);
out_fail:
	b->failed = 1;
	return (-1);
}

void
buf_add(struct buf *b, const char *p, size_t n)
{
	if (buf_grow(b, n) != 0)
		return;
	if (n > 0)
		memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_repeat(struct buf *b, char c, size_t n)
{
	if (buf_grow(b, n) != 0)
		return;
	memset(b->s + b->len, c, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 ap2;
	int	 n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		b->failed = 1;
		return;
	}
	if (buf_grow(b, (size_t)n) != 0)
		return;
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

/* The content, or "" when nothing was added. */
const char *
buf_str(const struct buf *b)
{
	return (b->s != NULL ? b->s : "");
}

/* Done with tmp, whose text went into b: b failed too if tmp did. */
void
buf_absorb(struct buf *b, struct buf *tmp)
{
	if (tmp->failed)
		b->failed = 1;
	buf_free(tmp);
}
