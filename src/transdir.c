/*
 * transdir.c: find the catalogue of the rules' text for a list of
 * languages, and list the languages that have one.  The first language
 * of the list that has a catalogue is used, whole; later ones are not
 * mixed in.  English is the rules' own language, so an English entry in
 * the list ends the search.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "trans.h"
#include "transdir.h"

/* DIR/LANG/LC_MESSAGES/redflag-rules.mo */
void
transdir_path(struct buf *b, const char *dir, const char *lang)
{
	buf_printf(b, "%s/%s/LC_MESSAGES/%s.mo", dir, lang, TRANS_DOMAIN);
}

/* Is lang English: en, en_GB, en@quot and so on? */
int
transdir_english(const char *lang)
{
	return (strncmp(lang, "en", 2) == 0 && (lang[2] == '\0' ||
	    lang[2] == '_' || lang[2] == '@'));
}

/* May lang be part of a path?  No slash, no dot first, not too long. */
static int
transdir_safe(const char *lang, size_t len)
{
	size_t	 i;

	if (len == 0 || len >= TRANSDIR_LANG_MAX || lang[0] == '.')
		return (0);
	for (i = 0; i < len; i++) {
		if (lang[i] == '/' || (unsigned char)lang[i] <= ' ')
			return (0);
	}
	return (1);
}

/*
 * Does DIR/LANG have a catalogue?  1, 0, or -1 out of memory.  LANG may
 * be a file (locale.alias): that is none, as a missing one is; any
 * other failure counts as one, so that reading it says what is wrong.
 */
static int
transdir_has(const char *dir, const char *lang)
{
	struct buf	 p;
	struct stat	 st;
	int		 rc;

	buf_init(&p);
	transdir_path(&p, dir, lang);
	rc = p.failed ? -1 : stat(buf_str(&p), &st) == 0 ||
	    (errno != ENOENT && errno != ENOTDIR);
	buf_free(&p);
	return (rc);
}

/*
 * Load the catalogue of the first language of list (colon-separated,
 * best first) that has one under dir; its name goes to lang (of
 * TRANSDIR_LANG_MAX bytes).  Returns 1 when one is loaded, 0 when none
 * is there (or English comes first), and -1 when the one found cannot
 * be used or memory ran out (d says why; English is shown).
 */
int
transdir_open(const char *dir, const char *list, struct mo **m, char *lang,
    struct diags *d)
{
	const char	*p = list, *end;
	struct buf	 path;
	size_t		 len;
	int		 rc, has;

	*m = NULL;
	for (; *p != '\0'; p = *end == ':' ? end + 1 : end) {
		end = p + strcspn(p, ":");
		len = (size_t)(end - p);
		if (!transdir_safe(p, len))
			continue;
		memcpy(lang, p, len);
		lang[len] = '\0';
		if (transdir_english(lang))
			return (0);
		if ((has = transdir_has(dir, lang)) <= 0) {
			if (has < 0)
				return (-1);
			continue;
		}
		buf_init(&path);
		transdir_path(&path, dir, lang);
		rc = path.failed ? -1 : mo_read(buf_str(&path), m, d);
		buf_free(&path);
		return (rc == 0 ? 1 : -1);
	}
	return (0);
}

static int
transdir_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* Add name to the list; -1 when out of memory. */
static int
transdir_push(char ***v, size_t *n, const char *name)
{
	char	**nv;

	if ((nv = realloc(*v, (*n + 1) * sizeof(**v))) == NULL)
		return (-1);
	*v = nv;
	if ((nv[*n] = strdup(name)) == NULL)
		return (-1);
	(*n)++;
	return (0);
}

/*
 * The languages that have a catalogue under dir, sorted.  A directory
 * that cannot be read has none.  Returns 0, or -1 when out of memory.
 */
int
transdir_langs(const char *dir, char ***out, size_t *n)
{
	DIR		*dp;
	struct dirent	*de;
	int		 rc = 0, has;

	*out = NULL;
	*n = 0;
	if ((dp = opendir(dir)) == NULL)
		return (0);
	/* cppcheck-suppress readdirCalled ; readdir_r is deprecated, and
	 * redflag has one thread */
	while (rc == 0 && (de = readdir(dp)) != NULL) {
		if (!transdir_safe(de->d_name, strlen(de->d_name)) ||
		    transdir_english(de->d_name))
			continue;
		if ((has = transdir_has(dir, de->d_name)) < 0 ||
		    (has && transdir_push(out, n, de->d_name) != 0))
			rc = -1;
	}
	closedir(dp);
	if (rc == 0 && *n > 1)
		qsort(*out, *n, sizeof(**out), transdir_cmp);
	return (rc);
}

void
transdir_langs_free(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
