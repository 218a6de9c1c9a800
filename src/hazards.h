/*
 * hazards.h: the clinical hazard log (man/hazards.conf) read into
 * memory, checked against the results of a test run, and written as
 * the manual page redflag-safety(7).  A build tool, not part of
 * redflag itself.
 */
#ifndef REDFLAG_HAZARDS_H
#define REDFLAG_HAZARDS_H

#include <stddef.h>

#include <libconfig.h>

#include "buf.h"

#define HAZARDS_SCALE	5	/* severity and likelihood run 1..5 */
#define HAZARDS_RISK_MAX (HAZARDS_SCALE * HAZARDS_SCALE)

/* One step of a scale: severity or likelihood. */
struct hz_step {
	const char	*name;
	const char	*text;
};

/* A band of risk, risk being severity times likelihood. */
struct hz_band {
	const char	*name;
	int		 min, max;
	const char	*text;
};

struct hz_control {
	const char	*kind;		/* design, test or words */
	const char	*text;
	const char     **tests;		/* "tests/FILE: name" */
	size_t		 ntests;
	int		 line;
};

struct hazard {
	const char	*id;
	const char	*title;
	const char	*description;
	const char     **causes;
	size_t		 ncauses;
	const char	*effect;
	int		 severity, likelihood;
	struct hz_control *controls;
	size_t		 ncontrols;
	int		 rseverity, rlikelihood;
	const char	*residual;
	int		 line;
};

struct hazards {
	config_t	 cfg;		/* owns every string above */
	const char	*path;
	const char	*title;
	const char	*date;
	const char	*use_for;	/* intended use: who and what */
	const char	*use_does;
	const char     **not_for;
	size_t		 nnot_for;
	const char	*status;	/* certification and review */
	struct hz_step	 severity[HAZARDS_SCALE];
	struct hz_step	 likelihood[HAZARDS_SCALE];
	struct hz_band	*bands;
	size_t		 nbands;
	struct hazard	*list;
	size_t		 n;
};

int	 hazards_load(struct hazards *, const char *, struct buf *);
void	 hazards_free(struct hazards *);
const struct hz_band *hazards_band(const struct hazards *, int);

#endif
