/*
 * fuzz_cond.c: libFuzzer target for the condition parser.  A condition
 * that parses has its names bound to symptoms by their first letter and
 * is evaluated for a few sets of answers.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "diags.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
bind(struct cond *c)
{
	size_t	 i;

	if (c->kind == COND_NAME) {
		c->ref = COND_SYMPTOM;
		c->index = (unsigned char)c->name[0] % 26;
	}
	for (i = 0; i < c->nkids; i++)
		bind(c->kids[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct cond	*c;
	unsigned char	 sym[26], rules[1] = { 0 };
	char		*text;
	int		 k;

	if ((text = malloc(size + 1)) == NULL)
		return (0);
	memcpy(text, data, size);
	text[size] = '\0';
	diags_init(&d);
	if ((c = cond_parse(text, &d)) != NULL) {
		bind(c);
		for (k = 0; k < 4; k++) {
			memset(sym, k & 1, sizeof(sym));
			sym[k * 5] = (unsigned char)(k >> 1);
			(void)cond_eval(c, sym, rules);
		}
		cond_free(c);
	} else if (!d.nomem && (d.n != 1 || d.v[0].col == 0))
		abort();	/* an error must say where it is */
	diags_free(&d);
	free(text);
	return (0);
}
