/* cmocka_all.h: cmocka 1.1 needs these headers before its own. */
#ifndef REDFLAG_CMOCKA_ALL_H
#define REDFLAG_CMOCKA_ALL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#endif
