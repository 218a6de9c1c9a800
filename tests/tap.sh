# tap.sh: lib.sh's own checks pass and fail when they should, so that a
# check that passes means something.  Each case runs in a subshell whose
# TAP lines are kept apart; what counts is the line it printed.
. "$(dirname "$0")/lib.sh"

# verdict CMD...: "ok" or "not ok", as the check CMD... printed it.
verdict() {
	( tap_n=0; tap_failed=0; "$@" ) >"$TMPD/tap.out" 2>&1
	sed -n 's/^\(ok\|not ok\) 1 - .*/\1/p' "$TMPD/tap.out"
}
# after STATUS NAME [COMMAND...]: check, just after a command that
# returned STATUS.
after() { st=$1; shift; (exit "$st"); check "$@"; }

is "check after a success passes" "$(verdict after 0 x)" ok
is "check after a failure fails" "$(verdict after 1 x)" "not ok"
is "check after a failure shows what its command prints" \
	"$(verdict after 3 x echo why >/dev/null; sed -n 2p "$TMPD/tap.out")" "# why"
is "check after a negated failure passes" "$(verdict eval '! false; check x')" ok
is "check after a pipeline reads its last command" \
	"$(verdict eval 'echo a | grep -q b; check x')" "not ok"
is "ok passes a command that succeeds" "$(verdict ok x true)" ok
is "ok fails a command that fails" "$(verdict ok x false)" "not ok"
is "is passes equal strings" "$(verdict is x 'a b' 'a b')" ok
is "is fails different strings" "$(verdict is x a b)" "not ok"
is "like passes a match" "$(verdict like x 'a [x] b' '*[[]x] b')" ok
is "like fails no match" "$(verdict like x abc '*d*')" "not ok"
is "a failed check makes the script fail" \
	"$( (tap_n=0; tap_failed=0; fail x; done_testing) >/dev/null; echo $?)" 1

done_testing
