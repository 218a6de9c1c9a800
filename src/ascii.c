/*
 * ascii.c: character classes and case folding for ASCII letters only.
 * Ids, keywords and replies are ASCII, and must mean the same in every
 * locale: in a Turkish one, tolower('I') is not 'i'.  Bytes outside
 * ASCII are never letters or digits here.
 */
#include "config.h"

#include "ascii.h"

int
ascii_isalpha(int c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

int
ascii_isdigit(int c)
{
	return (c >= '0' && c <= '9');
}

int
ascii_isalnum(int c)
{
	return (ascii_isalpha(c) || ascii_isdigit(c));
}

int
ascii_tolower(int c)
{
	return (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

/* Compare as strcasecmp does, folding only ASCII letters. */
int
ascii_casecmp(const char *a, const char *b)
{
	int	 ca, cb;

	do {
		ca = ascii_tolower((unsigned char)*a++);
		cb = ascii_tolower((unsigned char)*b++);
	} while (ca == cb && ca != '\0');
	return (ca - cb);
}

/* The same over at most n bytes. */
int
ascii_ncasecmp(const char *a, const char *b, size_t n)
{
	int	 ca = 0, cb = 0;

	while (n-- > 0) {
		ca = ascii_tolower((unsigned char)*a++);
		cb = ascii_tolower((unsigned char)*b++);
		if (ca != cb || ca == '\0')
			break;
	}
	return (ca - cb);
}
