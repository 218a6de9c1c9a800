/*
 * wrap.c: fill text to a width, breaking at spaces and counting
 * display columns.  A word longer than a line is cut, after a '/'
 * where there is one; but wrap_lines, which lays out the screen, never
 * cuts a web address, so that it can be copied whole.
 */
#include "config.h"

#include <string.h>

#include "utf8.h"
#include "wrap.h"

/*
 * Where to cut a word of len bytes that is wider than a line: after the
 * last '/' that fits, as paths are broken, if that keeps a third of
 * the line; else as much as fits.
 */
static size_t
wrap_cut(const char *s, size_t len, size_t width)
{
	size_t	 fit = utf8_fit(s, len, width, NULL), i;

	for (i = fit; i > fit / 3 && i > 1; i--) {
		if (s[i - 1] == '/' && i < len)
			return (i);
	}
	return (fit);
}

/* Is the word of len bytes at s a web address (it has "://")? */
static int
wrap_is_url(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i + 3 <= len; i++) {
		if (memcmp(s + i, "://", 3) == 0)
			return (1);
	}
	return (0);
}

/*
 * Bytes of s (which starts with a non-space) that make the next line.
 * With urls, a web address wider than a line is never split: it makes
 * a line of its own, wider than width, for the screen to cut at its end.
 */
static size_t
wrap_next(const char *s, size_t len, size_t width, int urls)
{
	size_t	 end = 0, w = 0, ws, we, gap, ww;
	uint32_t cp;
	int	 n;

	for (;;) {
		for (ws = end; ws < len && s[ws] == ' '; ws++)
			;
		for (we = ws; we < len && s[we] != ' '; we++)
			;
		if (ws == we)
			break;
		gap = end > 0 ? ws - end : 0;
		ww = utf8_width(s + ws, we - ws);
		if (w + gap + ww > width) {
			if (end == 0 && urls && wrap_is_url(s + ws, we - ws))
				end = we;
			else if (end == 0 && (end = wrap_cut(s, we, width)) == 0)
				end = (n = utf8_decode(s, len, &cp)) > 0 ?
				    (size_t)n : 1;
			break;
		}
		w += gap + ww;
		end = we;
	}
	return (end);
}

/*
 * Split text into lines of at most width columns, but for a web address
 * wider than that, which gets a line of its own.  For line i, starts[i]
 * and lens[i] give its bytes, without the spaces where it breaks.  Returns the number of lines; only the first max are stored.
 */
size_t
wrap_lines(const char *text, size_t width, size_t *starts, size_t *lens,
    size_t max)
{
	size_t	 len = strlen(text), i = 0, n = 0, l;

	if (width == 0)
		width = 1;
	for (;;) {
		while (i < len && text[i] == ' ')
			i++;
		if (i == len)
			break;
		l = wrap_next(text + i, len - i, width, 1);
		if (n < max) {
			starts[n] = i;
			lens[n] = l;
		}
		n++;
		i += l;
	}
	return (n);
}

/*
 * Append text filled to width columns, and a newline.  The first line
 * starts at column first (the caller wrote what comes before it); the
 * others are indented by rest spaces.
 */
void
wrap(struct buf *b, const char *text, size_t width, size_t first,
    size_t rest)
{
	size_t	 len = strlen(text), i = 0, l, col = first;
	int	 lines = 0;

	for (;;) {
		while (i < len && text[i] == ' ')
			i++;
		if (i == len)
			break;
		l = wrap_next(text + i, len - i, width > col ? width - col : 1,
		    0);
		if (lines++ > 0) {
			buf_putc(b, '\n');
			buf_repeat(b, ' ', rest);
		}
		buf_add(b, text + i, l);
		i += l;
		col = rest;
	}
	buf_putc(b, '\n');
}
