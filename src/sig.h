/*
 * sig.h: the signals that end the checklist and plain mode, caught and
 * held off but while waiting for input (sig.c).
 */
#ifndef REDFLAG_SIG_H
#define REDFLAG_SIG_H

#include <signal.h>

void	 sig_catch(sigset_t *);
void	 sig_release(const sigset_t *);
int	 sig_caught(void);
int	 sig_wait(int, const sigset_t *, int);

#endif
