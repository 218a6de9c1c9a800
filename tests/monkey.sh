# monkey.sh: random keys, bursts, mouse reports, escape fragments and
# resizes at the full-screen checklist (tests/monkey.c).  make check
# types MONKEY_KEYS (2000) keys; .ci/run types 20,000 under the
# sanitizers.
#
# The keys come from MONKEY_SEED (1 unless set), which every line of the
# output names: MONKEY_SEED=N sh tests/monkey.sh types the same keys in
# the same order again (how the program's reads split them may differ).
# MONKEY_SEED=random asks for a new seed each run.
. "$(dirname "$0")/lib.sh"
: "${MONKEY_KEYS:=2000}" "${MONKEY_SEED:=1}"
case $MONKEY_SEED in
random) MONKEY_SEED=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ') ;;
''|*[!0-9]*)
	echo "Bail out! MONKEY_SEED must be a number or the word random"
	exit 99 ;;
esac
echo "# seed $MONKEY_SEED: MONKEY_SEED=$MONKEY_SEED MONKEY_KEYS=$MONKEY_KEYS sh tests/monkey.sh types the same keys"
rules="$top_srcdir/etc/redflag.conf"
cd "$TMPD" || exit 99
# In the background, so that a signal to this script ends it at once.
"$top_builddir/tests/monkey" "$MONKEY_SEED" "$MONKEY_KEYS" "$REDFLAG" -f "$rules" &
wait $!
