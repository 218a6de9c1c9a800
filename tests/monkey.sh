# monkey.sh: random keys, bursts, mouse reports, escape fragments and
# resizes at the full-screen checklist (tests/monkey.c).  make check
# types MONKEY_KEYS (2000) keys; .ci/run types 20,000 under the
# sanitizers.
. "$top_srcdir/tests/lib.sh"
: "${MONKEY_KEYS:=2000}" "${MONKEY_SEED:=$(date +%s)}"
rules="$top_srcdir/etc/redflag.conf"
case $rules in /*) ;; *) rules="$PWD/$rules" ;; esac
monkey="$top_builddir/tests/monkey"
case $monkey in /*) ;; *) monkey="$PWD/$monkey" ;; esac
cd "$TMPD" || exit 99
"$monkey" "$MONKEY_SEED" "$MONKEY_KEYS" "$REDFLAG" -f "$rules"
