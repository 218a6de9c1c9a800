/*
 * scale.c: load a rules file and time it, measure the memory it takes,
 * time random toggles, and time the safety proof of --lint.  Prints one
 * line:
 *	symptoms=N rules=N load_ms=T mem_kb=K toggle_ns=T evals_per_toggle=E
 *	proof_ms=T proof=complete|incomplete|failed peak_nodes=N
 *	bdd_checks=N
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
#include "prog.h"
#include "proof.h"

/* Conditions evaluated, counted through the linker (--wrap=prog_eval). */
static unsigned long evaluations;

int	 __real_prog_eval(const struct prog *, uint32_t, const unsigned char *,
	    const unsigned char *);
int	 __wrap_prog_eval(const struct prog *, uint32_t, const unsigned char *,
	    const unsigned char *);

int
__wrap_prog_eval(const struct prog *p, uint32_t rule, const unsigned char *sym,
    const unsigned char *fired)
{
	evaluations++;
	return (__real_prog_eval(p, rule, sym, fired));
}

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e9 + ts.tv_nsec);
}

/* Time the proof; "failed" when it found a problem. */
static const char *
time_proof(const struct rules *r, double *ms, size_t *peak, size_t *bdds)
{
	struct proof_opts po = { 0 };
	struct proof	 pf;
	const char	*verdict = "complete";
	double		 t0 = now_ns();
	size_t		 i;

	if (proof_run(r, &po, &pf) != 0)
		return ("out-of-memory");
	*ms = (now_ns() - t0) / 1e6;
	*peak = pf.peak_nodes;
	*bdds = pf.bdd_checks;
	if (pf.mono == PROOF_TOO_BIG)
		verdict = "incomplete";
	for (i = 0; i < pf.nrules; i++) {
		if (pf.rules[i].fire.status == PROOF_TOO_BIG ||
		    pf.rules[i].top.status == PROOF_TOO_BIG)
			verdict = "incomplete";
	}
	if (pf.mono == PROOF_REFUTED)
		verdict = "failed";
	proof_free(&pf);
	return (verdict);
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
	double		 t0, load, tog, proof_ms = 0;
	size_t		*picks, peak = 0, bdds = 0;
	const char	*verdict;

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
	if (toggles < 1)
		toggles = 1;	/* no toggles timed: print 0, not NaN */
	printf("symptoms=%zu rules=%zu load_ms=%.1f mem_kb=%ld toggle_ns=%.0f "
	    "evals_per_toggle=%.2f", r->nsymptoms, r->nrules, load / 1e6,
	    rss_kb() - before, tog / (double)toggles,
	    (double)evaluations / (double)toggles);
	verdict = time_proof(r, &proof_ms, &peak, &bdds);
	printf(" proof_ms=%.1f proof=%s peak_nodes=%zu bdd_checks=%zu\n",
	    proof_ms, verdict, peak, bdds);
	free(picks);
	eval_free(ev);
	rules_free(r);
	diags_free(&d);
	return (0);
}
