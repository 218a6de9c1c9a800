/*
 * status.h: what a function of the front or the interface returns when
 * its caller must tell more than success from failure.  Zero is success
 * and every failure is negative, so that "rc != 0" and "rc < 0" both
 * mean it failed.  plain_run and ui_run may also return the number
 * (> 0) of the signal that ended them.  The reason to show, if any, is
 * in the caller's why buffer.  See HACKING, "Errors".
 */
#ifndef REDFLAG_STATUS_H
#define REDFLAG_STATUS_H

enum status {
	STATUS_OK = 0,
	STATUS_FAILED = -1,	/* why (or errno) says why */
	STATUS_NOMEM = -2,	/* out of memory */
	STATUS_EXISTS = -3,	/* the file is there already: not written */
	STATUS_NO_REPORT = -4,	/* --report could not be written (said) */
	STATUS_NO_TERMINAL = -5	/* the terminal could not be set up */
};

#endif
