/*
 * rulespot.c: write the gettext template (.pot) of a rules file's
 * text, one entry for each field that trans.c translates: the key as
 * msgctxt, the English as msgid, a note for translators and the line.
 * A build tool, never installed:
 *	rulespot RULES NAME > redflag-rules.pot
 * NAME is how the references name the rules file (etc/redflag.conf).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "buf.h"
#include "conf.h"
#include "readfile.h"
#include "trans.h"

#define POT_WIDTH	76	/* characters of a string on one line */

/* Append s escaped for a PO string, without the quotes. */
static void
pot_escape(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\' || s[i] == '"')
			buf_putc(b, '\\');
		if (s[i] == '\n')
			buf_puts(b, "\\n");
		else
			buf_putc(b, s[i]);
	}
}

/* One piece of a string: the longest that fits, ending after a space. */
static size_t
pot_piece(const char *s)
{
	size_t	 len = strcspn(s, "\n"), cut = 0, i;

	if (s[len] == '\n')
		len++;
	if (len <= POT_WIDTH - 10)
		return (len);
	for (i = 0; i < len && i < POT_WIDTH - 10; i++) {
		if (s[i] == ' ')
			cut = i + 1;
	}
	return (cut > 0 ? cut : len);
}

/* keyword "string", wrapped as xgettext does when it is long. */
static void
pot_string(struct buf *b, const char *keyword, const char *s)
{
	size_t	 len = strlen(s), n;

	buf_printf(b, "%s ", keyword);
	if (len + strlen(keyword) + 3 <= POT_WIDTH && strchr(s, '\n') == NULL) {
		buf_putc(b, '"');
		pot_escape(b, s, len);
		buf_puts(b, "\"\n");
		return;
	}
	buf_puts(b, "\"\"\n");
	for (; *s != '\0'; s += n) {
		n = pot_piece(s);
		buf_putc(b, '"');
		pot_escape(b, s, n);
		buf_puts(b, "\"\n");
	}
}

/* The line of a top-level setting "name =", or 0. */
static unsigned long
pot_scalar_line(const char *text, const char *name)
{
	const char	*p = text;
	unsigned long	 line = 1;
	size_t		 len = strlen(name);

	for (; p != NULL && *p != '\0'; line++) {
		if (strncmp(p, name, len) == 0 && strchr(" =", p[len]) != NULL)
			return (line);
		if ((p = strchr(p, '\n')) != NULL)
			p++;
	}
	return (0);
}

static void
pot_header(struct buf *b, const struct rules *r, const char *name)
{
	buf_printf(b,
"# The text of redflag's rules, %s, to translate: text domain\n"
"# " TRANS_DOMAIN ".  Written by src/rulespot from the rules file: do not edit.\n"
"# Each msgctxt is the key of a field, made of ids; each msgid is its\n"
"# English.  A translation is shown only while its msgid is exactly the\n"
"# English in the rules file: when the English changes, English is shown\n"
"# until the translation is brought up to date.  Source titles, trace\n"
"# statements and test cases are not translated.\n"
"#, fuzzy\n"
"msgid \"\"\n"
"msgstr \"\"\n"
"\"Project-Id-Version: redflag rules %s\\n\"\n"
"\"Report-Msgid-Bugs-To: %s\\n\"\n"
"\"POT-Creation-Date: %s 00:00+0000\\n\"\n"
"\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
"\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
"\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
"\"Language: \\n\"\n"
"\"MIME-Version: 1.0\\n\"\n"
"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
"\"Content-Transfer-Encoding: 8bit\\n\"\n",
	    name, r->version, PACKAGE_BUGREPORT, r->date);
}

static void
pot_entry(struct buf *b, const struct trans_field *f, const char *name,
    const char *text)
{
	unsigned long	 line = f->line;

	if (line == 0)
		line = pot_scalar_line(text, f->key);
	buf_printf(b, "\n#. %s\n", f->note);
	if (line > 0)
		buf_printf(b, "#: %s:%lu\n", name, line);
	pot_string(b, "msgctxt", f->key);
	pot_string(b, "msgid", f->english);
	buf_puts(b, "msgstr \"\"\n");
}

int
main(int argc, char **argv)
{
	struct trans_field *v = NULL;
	struct rules	*r = NULL;
	struct diags	 d;
	struct buf	 b;
	char		*text = NULL;
	size_t		 n = 0, len, i;
	int		 rc = EX_SOFTWARE;

	if (argc != 3) {
		fprintf(stderr, "usage: rulespot RULES NAME\n");
		return (EX_USAGE);
	}
	diags_init(&d);
	buf_init(&b);
	if (readfile_path(argv[1], CONF_MAX_BYTES, &text, &len, &d) != 0) {
		fprintf(stderr, "rulespot: %s: %s\n", argv[1], d.n > 0 ?
		    d.v[0].msg : "out of memory");
		rc = EX_NOINPUT;
		goto out;
	}
	if (conf_load_string(text, len, argv[1], &r, &d) != CONF_OK) {
		fprintf(stderr, "rulespot: %s: invalid rules file; see redflag "
		    "--lint\n", argv[1]);
		rc = EX_CONFIG;
		goto out;
	}
	if (trans_fields(r, &v, &n) != 0)
		goto out;
	pot_header(&b, r, argv[2]);
	for (i = 0; i < n; i++)
		pot_entry(&b, &v[i], argv[2], text);
	if (!b.failed && fwrite(b.s, 1, b.len, stdout) == b.len &&
	    fflush(stdout) == 0)
		rc = 0;
out:
	trans_fields_free(v, n);
	rules_free(r);
	diags_free(&d);
	buf_free(&b);
	free(text);
	return (rc);
}
