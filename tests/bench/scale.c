/*
 * scale.c: load a rules file and time it, measure the memory it takes,
 * and time random toggles.  Prints one line:
 *	symptoms=N rules=N load_ms=T mem_kb=K toggle_ns=T evals_per_toggle=E
 * Usage: scale FILE [TOGGLES]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <malloc.h>

#include "conf.h"
#include "eval.h"

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e9 + ts.tv_nsec);
}

static long
rss_kb(void)
{
	char	 line[256];
	long	 kb = -1;
	FILE	*fp = fopen("/proc/self/status", "r");

	if (fp == NULL)
		return (-1);
	while (fgets(line, sizeof(line), fp) != NULL)
		if (sscanf(line, "VmRSS: %ld", &kb) == 1)
			break;
	fclose(fp);
	return (kb);
}

int
main(int argc, char **argv)
{
	struct rules	*r;
	struct eval	*ev;
	struct diags	 d;
	unsigned long long x = 88172645463325252ULL;
	long		 toggles = argc > 2 ? atol(argv[2]) : 200000, i;
	long		 before;
	double		 t0, load, tog;
	size_t		*picks;

	if (argc < 2) {
		fprintf(stderr, "usage: scale FILE [TOGGLES]\n");
		return (64);
	}
	diags_init(&d);
	before = rss_kb();
	t0 = now_ns();
	if (conf_load_file(argv[1], &r, &d) != CONF_OK) {
		fprintf(stderr, "%s: %s\n", argv[1], d.n ? d.v[0].msg : "?");
		return (1);
	}
	load = now_ns() - t0;
#ifdef HAVE_MALLOC_TRIM
	malloc_trim(0);		/* as redflag does after loading */
#endif
	ev = eval_new(r);
	picks = malloc((size_t)toggles * sizeof(*picks));
	for (i = 0; i < toggles; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		picks[i] = (size_t)(x % r->nsymptoms);
	}
	t0 = now_ns();
	for (i = 0; i < toggles; i++)
		eval_toggle(ev, picks[i]);
	tog = now_ns() - t0;
	printf("symptoms=%zu rules=%zu load_ms=%.1f mem_kb=%ld toggle_ns=%.0f "
	    "evals_per_toggle=%.2f\n", r->nsymptoms, r->nrules, load / 1e6,
	    rss_kb() - before, tog / (double)toggles,
	    (double)ev->evaluations / (double)toggles);
	free(picks);
	eval_free(ev);
	rules_free(r);
	diags_free(&d);
	return (0);
}
