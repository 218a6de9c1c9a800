/*
 * plain-io.c: plain line mode's lines in and out.  Lines are read with
 * read(2) into a buffer of its own, so that the signals that end plain
 * mode can stay blocked except while it waits for input (sig.c), as in
 * the full-screen checklist: a hang-up is then seen between two
 * answers, never in the middle of one.  Every piece of
 * output is flushed at once, for a reader on a pipe; once a write
 * fails, nothing more is written and no more questions are asked.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "format.h"
#include "i18n.h"
#include "plain.h"
#include "sig.h"
#include "utf8.h"
#include "wrap.h"

/* Write a buffer and flush it; remember a failure. */
void
plain_io_put(struct plain *p, struct buf *b)
{
	if (b->failed)
		p->nomem = 1;
	if (!p->outfail && (fwrite(buf_str(b), 1, b->len, p->out) != b->len ||
	    fflush(p->out) != 0)) {
		p->outfail = 1;
		p->outerr = errno;
	}
	buf_reset(b);
}

/* A paragraph filled to 80 columns, indented. */
void
plain_io_para(struct plain *p, const char *text, size_t indent)
{
	struct buf	 b, t;

	buf_init(&b);
	buf_init(&t);
	format_text(&t, text, p->o->ascii);
	buf_repeat(&b, ' ', indent);
	wrap(&b, buf_str(&t), PLAIN_WIDTH, indent, indent);
	buf_absorb(&b, &t);
	plain_io_put(p, &b);
	buf_free(&b);
}

/* The same for text built in a buffer, which may have failed. */
void
plain_io_para_buf(struct plain *p, const struct buf *text, size_t indent)
{
	if (text->failed)
		p->nomem = 1;
	plain_io_para(p, buf_str(text), indent);
}

/*
 * Write a reply read from a pipe, so that a transcript reads like a
 * conversation: after the question, or under it when it does not fit.
 */
static void
plain_io_echo(struct plain *p, const char *line, size_t len)
{
	struct buf	 b, t;

	buf_init(&b);
	buf_init(&t);
	utf8_sanitize(&t, line, len, p->o->ascii);
	if (p->col + utf8_width(buf_str(&t), t.len) <= PLAIN_WIDTH)
		buf_printf(&b, "%s\n", buf_str(&t));
	else {
		buf_puts(&b, "\n    ");
		wrap(&b, buf_str(&t), PLAIN_WIDTH, 4, 4);
	}
	buf_absorb(&b, &t);
	plain_io_put(p, &b);
	buf_free(&b);
}

/* The next byte of input, or -1 at its end, on an error or a signal. */
static int
plain_io_getc(struct plain *p)
{
	ssize_t	 n;

	while (p->inpos == p->inlen) {
		if (p->eof || sig_wait(p->in, &p->open, -1) != 0)
			return (-1);
		n = read(p->in, p->inbuf, sizeof(p->inbuf));
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			p->eof = 1;
		p->inlen = n > 0 ? (size_t)n : 0;
		p->inpos = 0;
	}
	return ((unsigned char)p->inbuf[p->inpos++]);
}

/* Take the blanks off both ends of line, of length len. */
static size_t
plain_io_trim(char *line, size_t len)
{
	size_t	 lead;

	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' ||
	    line[len - 1] == '\t'))
		line[--len] = '\0';
	for (lead = 0; line[lead] == ' ' || line[lead] == '\t'; lead++)
		;
	memmove(line, line + lead, len - lead + 1);
	return (len - lead);
}

/*
 * Read one line, without its blanks at either end.  A line too long
 * for size, or with a NUL byte, is read to its end and refused, with
 * the reason in p->why.
 */
enum plain_line
plain_io_read(struct plain *p, char *line, size_t size)
{
	size_t	 len = 0, got = 0;
	int	 c, nul = 0;

	while ((c = plain_io_getc(p)) != -1 && c != '\n') {
		got++;
		nul |= c == '\0';
		if (len + 1 < size)
			line[len++] = (char)c;
	}
	line[len] = '\0';
	if (c == -1 && got == 0) {
		if (p->echo && sig_caught() == 0)
			plain_io_para(p, "", 0);	/* end the last line */
		return (PLAIN_LINE_END);
	}
	len = plain_io_trim(line, len);
	if (p->echo)
		plain_io_echo(p, line, nul ? strlen(line) : len);
	p->col = 0;
	p->linelen = nul || got >= size ? got : len;
	p->why = nul ? _("That line holds a NUL byte.") : got >= size ?
	    _("That line is too long.") : NULL;
	return (p->why != NULL ? PLAIN_LINE_BAD : PLAIN_LINE_OK);
}
