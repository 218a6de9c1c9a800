/*
 * hazards-check.c: is the hazard log complete and true?  Every hazard
 * has a control, every control names a test, and every test it names
 * was run and passed, as the logs of this run of make check say.  The
 * logs are those that automake's tap-driver.sh writes, one line per
 * result: "PASS: tests/FILE N - name".
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hazards-check.h"

static const char *const hz_words[] = { "PASS", "FAIL", "XFAIL", "XPASS",
    "SKIP", "ERROR", NULL };

void
hazards_results_init(struct hz_results *res)
{
	memset(res, 0, sizeof(*res));
	strmap_init(&res->names);
}

void
hazards_results_free(struct hz_results *res)
{
	size_t	 i;

	for (i = 0; i < res->n; i++)
		free(res->list[i].key);
	for (i = 0; i < res->nfiles; i++)
		free(res->files[i].name);
	free(res->list);
	free(res->files);
	strmap_free(&res->names);
}

/* The file entry for name, added if new; NULL when out of memory. */
static struct hz_file *
hz_file(struct hz_results *res, const char *name, size_t len)
{
	struct hz_file	*f;
	size_t		 i;

	for (i = 0; i < res->nfiles; i++)
		if (strlen(res->files[i].name) == len &&
		    strncmp(res->files[i].name, name, len) == 0)
			return (&res->files[i]);
	f = realloc(res->files, (res->nfiles + 1) * sizeof(*f));
	if (f == NULL)
		return (NULL);
	res->files = f;
	f = &res->files[res->nfiles];
	memset(f, 0, sizeof(*f));
	if ((f->name = strndup(name, len)) == NULL)
		return (NULL);
	res->nfiles++;
	return (f);
}

/* Record "FILE: name" with its result word; 0, or -1 out of memory. */
static int
hz_record(struct hz_results *res, const char *file, size_t flen,
    const char *name, size_t nlen, const char *word)
{
	struct hz_result *r;
	size_t		 i;
	char		*key;

	if ((key = malloc(flen + nlen + 3)) == NULL)
		return (-1);
	snprintf(key, flen + nlen + 3, "%.*s: %.*s", (int)flen, file,
	    (int)nlen, name);
	if (strmap_get(&res->names, key, &i)) {
		if (strcmp(word, "PASS") != 0)
			res->list[i].word = word;
		free(key);
		return (0);
	}
	if (res->n == res->cap) {
		res->cap = res->cap ? res->cap * 2 : 256;
		r = realloc(res->list, res->cap * sizeof(*r));
		if (r == NULL)
			goto out_free_key;
		res->list = r;
	}
	if (strmap_put(&res->names, key, res->n, NULL) != 0)
		goto out_free_key;
	res->list[res->n].key = key;
	res->list[res->n++].word = word;
	return (0);

out_free_key:
	free(key);
	return (-1);
}

/*
 * One line of a log.  A result with a name is recorded; one without
 * (a skipped script, an error) only counts against its file.  A
 * directive after the name (" # SKIP why") is not part of the name.
 */
static int
hz_parse(struct hz_results *res, const char *line)
{
	const char	*file, *p, *num, *name, *dir;
	struct hz_file	*f;
	size_t		 k, flen;

	for (k = 0; hz_words[k] != NULL; k++) {
		flen = strlen(hz_words[k]);
		if (strncmp(line, hz_words[k], flen) == 0 &&
		    strncmp(line + flen, ": ", 2) == 0)
			break;
	}
	if (hz_words[k] == NULL)
		return (0);
	file = line + strlen(hz_words[k]) + 2;
	flen = strcspn(file, " ");
	if ((f = hz_file(res, file, flen)) == NULL)
		return (-1);
	if (strcmp(hz_words[k], "PASS") != 0)
		f->notpass++;
	if (file[flen] != ' ')
		return (0);
	p = num = file + flen + 1;
	while (*p >= '0' && *p <= '9')
		p++;
	if (p == num || strncmp(p, " - ", 3) != 0)
		return (0);
	name = p + 3;
	if ((dir = strstr(name, " # ")) == NULL || k == 0)
		dir = name + strlen(name);
	return (hz_record(res, file, flen, name, (size_t)(dir - name),
	    hz_words[k]));
}

/* Read one log of a test.  Returns 0, or -1 with a message in err. */
int
hazards_results_read(struct hz_results *res, const char *path,
    struct buf *err)
{
	FILE	*fp;
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 len;
	int	 rc = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		buf_printf(err, "%s: cannot be read\n", path);
		return (-1);
	}
	while (rc == 0 && (len = getline(&line, &cap, fp)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r'))
			line[--len] = '\0';
		rc = hz_parse(res, line);
	}
	if (rc != 0 || ferror(fp)) {
		buf_printf(err, "%s: %s\n", path, rc != 0 ? "out of memory" :
		    "read error");
		rc = -1;
	}
	free(line);
	fclose(fp);
	return (rc);
}

static const struct hz_file *
hz_file_of(const struct hz_results *res, const char *test)
{
	size_t	 i, len = strcspn(test, ":");

	for (i = 0; i < res->nfiles; i++)
		if (strlen(res->files[i].name) == len &&
		    strncmp(res->files[i].name, test, len) == 0)
			return (&res->files[i]);
	return (NULL);
}

/* One named test: 0 when it passed in this run, else -1 and why. */
static int
hz_test(const struct hazards *h, const struct hz_results *res,
    const struct hazard *z, const struct hz_control *c, const char *test,
    struct buf *err)
{
	const struct hz_file *f;
	size_t	 i;

	if (strncmp(test, "tests/", 6) != 0 || strstr(test, ": ") == NULL) {
		buf_printf(err, "%s:%d: hazard %s: '%s' is not a test name of "
		    "the form 'tests/FILE: name'\n", h->path, c->line, z->id,
		    test);
		return (-1);
	}
	if (strmap_get(&res->names, test, &i)) {
		if (strcmp(res->list[i].word, "PASS") == 0)
			return (0);
		buf_printf(err, "%s:%d: hazard %s: '%s' did not pass in this "
		    "run (%s)\n", h->path, c->line, z->id, test,
		    res->list[i].word);
		return (-1);
	}
	if ((f = hz_file_of(res, test)) == NULL)
		buf_printf(err, "%s:%d: hazard %s: '%s': %.*s did not run in "
		    "this run\n", h->path, c->line, z->id, test,
		    (int)strcspn(test, ":"), test);
	else
		buf_printf(err, "%s:%d: hazard %s: '%s': no test of that name "
		    "passed in this run (%zu results of %s were not PASS)\n",
		    h->path, c->line, z->id, test, f->notpass, f->name);
	return (-1);
}

/* One hazard: the number of problems, written to err. */
static size_t
hz_hazard(const struct hazards *h, const struct hazard *z,
    const struct hz_results *res, size_t *ntests, struct buf *err)
{
	const struct hz_control *c;
	size_t	 i, k, bad = 0;

	if (z->ncontrols == 0) {
		buf_printf(err, "%s:%d: hazard %s has no control\n", h->path,
		    z->line, z->id);
		bad++;
	}
	if (z->rseverity * z->rlikelihood > z->severity * z->likelihood) {
		buf_printf(err, "%s:%d: hazard %s: the residual risk is above "
		    "the initial risk\n", h->path, z->line, z->id);
		bad++;
	}
	for (i = 0; i < z->ncontrols; i++) {
		c = &z->controls[i];
		if (c->ntests == 0) {
			buf_printf(err, "%s:%d: a control of hazard %s names "
			    "no test\n", h->path, c->line, z->id);
			bad++;
		}
		for (k = 0; k < c->ntests; k++, (*ntests)++)
			bad += hz_test(h, res, z, c, c->tests[k], err) != 0;
	}
	return (bad);
}

/*
 * Check every hazard against the results: a line per hazard in out,
 * "ID<TAB>ok<TAB>what" or "ID<TAB>not ok<TAB>what", and the problems in
 * err.  Returns the number of hazards that are not ok.
 */
size_t
hazards_check(const struct hazards *h, const struct hz_results *res,
    struct buf *out, struct buf *err)
{
	const struct hazard *z;
	size_t	 i, bad, nbad = 0, ntests;

	for (i = 0; i < h->n; i++) {
		z = &h->list[i];
		ntests = 0;
		bad = hz_hazard(h, z, res, &ntests, err);
		buf_printf(out, "%s\t%s\t%zu controls, %zu tests, %zu "
		    "problems\n", z->id, bad ? "not ok" : "ok", z->ncontrols,
		    ntests, bad);
		nbad += bad > 0;
	}
	return (nbad);
}
