/* sandbox.h: giving up the right to change files, with Landlock. */
#ifndef REDFLAG_SANDBOX_H
#define REDFLAG_SANDBOX_H

#include <stddef.h>

#define SANDBOX_NONE	1	/* sandbox_restrict: the kernel has no Landlock */

int	 sandbox_restrict(int, int *, char *, size_t);

#endif
