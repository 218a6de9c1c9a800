/*
 * fuzz_conf.c: libFuzzer target for the rules-file loader, reading from
 * a string.  What loads is also evaluated, explained and formatted, so
 * that the whole path from bytes to output is covered.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "eval.h"
#include "format.h"
#include "json.h"
#include "man.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
exercise(const struct rules *r, const uint8_t *data, size_t size)
{
	struct format_opts o = { FORMAT_HEADER | FORMAT_ANSWERS |
	    FORMAT_DISCLAIMER, FORMAT_WIDTH, "now", 0 };
	struct eval	*ev;
	struct buf	 b;
	size_t		 i, *marks;

	if ((ev = eval_new(r)) == NULL)
		return;
	for (i = 0; i < size && i < 64; i++)
		eval_toggle(ev, data[i] % r->nsymptoms);
	marks = calloc(r->nsymptoms + 1, sizeof(*marks));
	if (marks != NULL)
		eval_marks(ev, marks);
	free(marks);
	buf_init(&b);
	format_check_text(&b, ev, &o);
	json_check(&b, ev);
	json_list(&b, r);
	format_list_text(&b, r, &o);
	man_page(&b, r);
	buf_free(&b);
	eval_free(ev);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules	*r;
	struct diags	 d;
	char		*text;

	if ((text = malloc(size + 1)) == NULL)
		return (0);
	memcpy(text, data, size);
	text[size] = '\0';
	diags_init(&d);
	if (conf_load_string(text, size, "fuzz", &r, &d) == CONF_OK) {
		exercise(r, data, size);
		rules_free(r);
	}
	diags_free(&d);
	free(text);
	return (0);
}
