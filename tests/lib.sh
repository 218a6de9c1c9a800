# lib.sh: a small TAP library for the shell tests.  Source it, call the
# checks, and end with "done_testing".
#   ok NAME COMMAND...        pass if COMMAND succeeds
#   is NAME GOT WANT          pass if the strings are equal
#   skip_all REASON           skip the whole script
#   skip REASON               skip one check
set -u
: "${top_srcdir:=.}"
: "${REDFLAG:=$top_srcdir/src/redflag}"
tap_n=0
tap_failed=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/redflag-test.XXXXXX") || exit 99
trap 'rm -rf "$TMPD"' EXIT
unset REDFLAG_RULES NO_COLOR
LC_ALL=C.UTF-8
export LC_ALL

pass() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
fail() {
	tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1))
	echo "not ok $tap_n - $1"
	shift
	for line in "$@"; do printf '%s\n' "$line" | sed 's/^/# /'; done
}
ok() {
	name=$1; shift
	if "$@" >"$TMPD/ok.out" 2>&1; then pass "$name"
	else fail "$name" "command failed: $*" "$(cat "$TMPD/ok.out")"; fi
}
is() {
	if [ "$2" = "$3" ]; then pass "$1"
	else fail "$1" "got:" "$2" "want:" "$3"; fi
}
skip_all() { echo "1..0 # SKIP $1"; exit 0; }
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
done_testing() { echo "1..$tap_n"; [ "$tap_failed" -eq 0 ]; }

# run CMD...: run redflag with its stdout, stderr and status in
# $out, $err and $rc.
run() {
	"$REDFLAG" "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null
	rc=$?
	out=$(cat "$TMPD/out")
	err=$(cat "$TMPD/err")
}
# no_escape FILE: true when FILE holds no ESC byte.
no_escape() { ! LC_ALL=C grep -q "$(printf '\033')" "$1"; }
