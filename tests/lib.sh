# lib.sh: a small TAP library for the shell tests.  Source it as
#	. "$(dirname "$0")/lib.sh"
# call the checks, and end with "done_testing".
#   ok NAME COMMAND...        pass if COMMAND succeeds
#   check NAME [COMMAND...]   pass if the command just before succeeded
#                             (check must come straight after it); on
#                             failure show what COMMAND prints (it runs
#                             inside check: $1... are not the caller's;
#                             and no $(...) in the arguments, which
#                             would change the status check reads)
#   is NAME GOT WANT          pass if the strings are equal
#   like NAME TEXT PATTERN    pass if TEXT matches the shell PATTERN
#   show TEXT...              print each TEXT on a line (for check)
#   skip_all REASON           skip the whole script
#   skip REASON               skip one check
#   on_exit COMMAND           run COMMAND (a string) when the script ends
#
# A script runs alone from any directory with no variable set (sh
# tests/x.sh): the source tree is the one the script is in, the build
# tree is the working directory when it was built there, else the source
# tree.  make check sets top_srcdir, top_builddir and REDFLAG.
set -u
lib_abs() { (cd "$1" 2>/dev/null && pwd); }
top_srcdir=$(lib_abs "${top_srcdir:-$(dirname "$0")/..}") || {
	echo "Bail out! no source tree at ${top_srcdir:-$(dirname "$0")/..}"
	exit 99
}
if [ -z "${top_builddir:-}" ]; then
	top_builddir=$top_srcdir
	[ -f config.status ] && [ -x src/redflag ] && top_builddir=.
fi
top_builddir=$(lib_abs "$top_builddir") || exit 99
: "${REDFLAG:=$top_builddir/src/redflag}"
case $REDFLAG in /*) ;; *) REDFLAG=$PWD/$REDFLAG ;; esac
export top_srcdir top_builddir REDFLAG
tap_n=0
tap_failed=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/redflag-test.XXXXXX") || exit 99
unset REDFLAG_RULES NO_COLOR
LC_ALL=C.UTF-8
export LC_ALL

# Cleaning up: on exit, and on HUP, INT, TERM and PIPE (sh x.sh | head),
# which then end the script as they would have (so make sees the
# signal), the commands given to on_exit run, last first; then the
# script's background jobs are ended and $TMPD is removed.
lib_exit=
on_exit() {
	lib_exit="$1
$lib_exit"
}
lib_cleanup() {
	eval "$lib_exit"
	lib_exit=
	jobs -p >"$TMPD/.jobs" 2>/dev/null
	while read -r lib_pid; do kill "$lib_pid" 2>/dev/null; done <"$TMPD/.jobs"
	rm -rf "$TMPD"
}
lib_on_signal() {
	trap - EXIT HUP INT TERM PIPE
	lib_cleanup
	kill -s "$1" $$
}
trap lib_cleanup EXIT
trap 'lib_on_signal HUP' HUP
trap 'lib_on_signal INT' INT
trap 'lib_on_signal TERM' TERM
trap 'lib_on_signal PIPE' PIPE

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
check() {
	lib_rc=$?
	lib_name=$1; shift
	if [ "$lib_rc" -eq 0 ]; then pass "$lib_name"
	elif [ $# -gt 0 ]; then fail "$lib_name" "$("$@" 2>&1)"
	else fail "$lib_name"; fi
}
is() {
	if [ "$2" = "$3" ]; then pass "$1"
	else fail "$1" "got:" "$2" "want:" "$3"; fi
}
like() {
	case $2 in
	$3) pass "$1" ;;
	*) fail "$1" "got:" "$2" "want something like: $3" ;;
	esac
}
show() { printf '%s\n' "$@"; }
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
