/*
 * utf8.c: UTF-8 checks, display width and safe quoting.  No locale is
 * used, so results are the same in every environment.
 */
#include "config.h"

#include <string.h>

#include "utf8.h"

/*
 * Decode one character of s (len bytes available).  Returns its length
 * in bytes, or -1 for an invalid, overlong, surrogate or truncated
 * sequence.
 */
int
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t	 c, min;
	int		 n, i;

	if (len == 0)
		return (-1);
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return (1);
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2; c &= 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; c &= 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else
		return (-1);
	if ((size_t)n > len)
		return (-1);
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return (-1);
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return (-1);
	*cp = c;
	return (n);
}

/* Returns 1 if valid; otherwise 0 with the offset of the bad byte. */
int
utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t	 i = 0;
	uint32_t cp;
	int	 n;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			if (bad != NULL)
				*bad = i;
			return (0);
		}
		i += (size_t)n;
	}
	return (1);
}

static int
utf8_is_unsafe(uint32_t c)
{
	if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
		return (1);	/* C0, DEL, C1 controls */
	if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
		return (1);	/* bidirectional overrides and isolates */
	if (c == 0x2028 || c == 0x2029 || c == 0xfeff)
		return (1);	/* line and paragraph separators, BOM */
	return (0);
}

/*
 * Find a character that must never reach a terminal: control
 * characters and bidirectional overrides.  s must be valid UTF-8.
 * Returns 1 with its offset and code point, or 0.
 */
int
utf8_unsafe(const char *s, size_t len, size_t *off, uint32_t *cpp)
{
	size_t	 i = 0;
	uint32_t cp;
	int	 n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			n = 1;
			cp = (unsigned char)s[i];
		}
		if (utf8_is_unsafe(cp)) {
			*off = i;
			*cpp = cp;
			return (1);
		}
		i += (size_t)n;
	}
	return (0);
}

struct utf8_range {
	uint32_t	 lo, hi;
};

static const struct utf8_range utf8_zero[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
	{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
	{ 0x200b, 0x200f }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
	{ 0xfe20, 0xfe2f }
};

/* East Asian Wide and Fullwidth, emoji presentation included. */
static const struct utf8_range utf8_wide[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 },
	{ 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 },
	{ 0x26ce, 0x26ce }, { 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea },
	{ 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 }, { 0x26fa, 0x26fa },
	{ 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b },
	{ 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e },
	{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
	{ 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf }, { 0x2b1b, 0x2b1c },
	{ 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x18cff },
	{ 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 }, { 0x1f0cf, 0x1f0cf },
	{ 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a }, { 0x1f200, 0x1f2ff },
	{ 0x1f300, 0x1f320 }, { 0x1f32d, 0x1f335 }, { 0x1f337, 0x1f37c },
	{ 0x1f37e, 0x1f393 }, { 0x1f3a0, 0x1f3ca }, { 0x1f3cf, 0x1f3d3 },
	{ 0x1f3e0, 0x1f3f0 }, { 0x1f3f4, 0x1f3f4 }, { 0x1f3f8, 0x1f43e },
	{ 0x1f440, 0x1f440 }, { 0x1f442, 0x1f4fc }, { 0x1f4ff, 0x1f53d },
	{ 0x1f54b, 0x1f54e }, { 0x1f550, 0x1f567 }, { 0x1f57a, 0x1f57a },
	{ 0x1f595, 0x1f596 }, { 0x1f5a4, 0x1f5a4 }, { 0x1f5fb, 0x1f64f },
	{ 0x1f680, 0x1f6c5 }, { 0x1f6cc, 0x1f6cc }, { 0x1f6d0, 0x1f6d2 },
	{ 0x1f6d5, 0x1f6d7 }, { 0x1f6dc, 0x1f6df }, { 0x1f6eb, 0x1f6ec },
	{ 0x1f6f4, 0x1f6fc }, { 0x1f7e0, 0x1f7eb }, { 0x1f7f0, 0x1f7f0 },
	{ 0x1f90c, 0x1f93a }, { 0x1f93c, 0x1f945 }, { 0x1f947, 0x1f9ff },
	{ 0x1fa70, 0x1faff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd }
};

static int
utf8_in(const struct utf8_range *r, size_t n, uint32_t c)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (c >= r[i].lo && c <= r[i].hi)
			return (1);
	}
	return (0);
}

/* Columns a character takes on a terminal: 0, 1 or 2. */
int
utf8_cp_width(uint32_t c)
{
	if (c < 0x300)
		return (1);
	if (utf8_in(utf8_zero, sizeof(utf8_zero) / sizeof(utf8_zero[0]), c))
		return (0);
	if (utf8_in(utf8_wide, sizeof(utf8_wide) / sizeof(utf8_wide[0]), c))
		return (2);
	return (1);
}

/* Display width of s; a bad byte counts as one column. */
size_t
utf8_width(const char *s, size_t len)
{
	size_t	 i = 0, w = 0;
	uint32_t cp;
	int	 n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			n = 1;
			cp = '?';
		}
		w += (size_t)utf8_cp_width(cp);
		i += (size_t)n;
	}
	return (w);
}

/*
 * How many bytes of s fit in cols columns, never splitting a character.
 * The width used is stored in *used when it is not NULL.
 */
size_t
utf8_fit(const char *s, size_t len, size_t cols, size_t *used)
{
	size_t	 i = 0, w = 0;
	uint32_t cp;
	int	 n, cw;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			n = 1;
			cp = '?';
		}
		cw = utf8_cp_width(cp);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		i += (size_t)n;
	}
	if (used != NULL)
		*used = w;
	return (i);
}

/*
 * Append s for use inside a message: controls, bidi characters and
 * invalid bytes become \xNN or \u{N}; more than max bytes are cut with
 * "...".
 */
void
utf8_quote(struct buf *b, const char *s, size_t max)
{
	size_t	 i = 0, len = strlen(s);
	uint32_t cp;
	int	 n;

	while (i < len) {
		if (i >= max) {
			buf_puts(b, "...");
			return;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			buf_printf(b, "\\x%02X", (unsigned char)s[i]);
			i++;
			continue;
		}
		if (cp < 0x80 && cp >= 0x20 && cp != 0x7f && cp != '\\')
			buf_putc(b, (char)cp);
		else if (cp == '\\')
			buf_puts(b, "\\\\");
		else if (utf8_is_unsafe(cp))
			buf_printf(b, cp < 0x100 ? "\\x%02X" : "\\u{%X}",
			    (unsigned)cp);
		else
			buf_add(b, s + i, (size_t)n);
		i += (size_t)n;
	}
}

/*
 * Append s with every unsafe character replaced by '?'.  With ascii
 * set, every non-ASCII character becomes '?' too (for terminals and
 * locales that cannot show it).
 */
void
utf8_sanitize(struct buf *b, const char *s, size_t len, int ascii)
{
	size_t	 i = 0;
	uint32_t cp;
	int	 n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			buf_putc(b, '?');
			i++;
			continue;
		}
		if (cp == '\n' || cp == '\t')
			buf_putc(b, (char)cp);
		else if (utf8_is_unsafe(cp) || (ascii && cp >= 0x80))
			buf_putc(b, '?');
		else
			buf_add(b, s + i, (size_t)n);
		i += (size_t)n;
	}
}

/*
 * Append JSON text s with every non-ASCII character as a \u escape (a
 * surrogate pair above U+FFFF), for a locale that is not UTF-8.  This
 * is right only where non-ASCII text is inside strings, as it is in
 * the JSON that redflag writes.
 */
void
utf8_json_ascii(struct buf *b, const char *s, size_t len)
{
	size_t	 i = 0;
	uint32_t cp;
	int	 n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			buf_puts(b, "\\ufffd");
			i++;
			continue;
		}
		if (cp < 0x80)
			buf_putc(b, (char)cp);
		else if (cp < 0x10000)
			buf_printf(b, "\\u%04x", (unsigned)cp);
		else
			buf_printf(b, "\\u%04x\\u%04x",
			    (unsigned)(0xd800 + ((cp - 0x10000) >> 10)),
			    (unsigned)(0xdc00 + ((cp - 0x10000) & 0x3ff)));
		i += (size_t)n;
	}
}
