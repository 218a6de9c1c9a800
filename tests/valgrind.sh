#!/bin/sh
# valgrind.sh: valgrind memcheck over the unit tests and the batch modes
# (run by .ci/run, not by make check: it is slow).  Any error, or any
# definitely lost byte, fails.  Run from a build directory:
#	top_srcdir=.. sh ../tests/valgrind.sh
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
RF=$top_builddir/src/redflag
VG="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$top_srcdir/tests/valgrind.supp"
export top_srcdir CMOCKA_MESSAGE_OUTPUT=TAP
n=0 bad=0
W=$(mktemp -d "${TMPDIR:-/tmp}/redflag-vg.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT

check() {	# check NAME EXPECTED-STATUS COMMAND...: no valgrind error
	name=$1 want=$2; shift 2
	n=$((n + 1))
	$VG "$@" >"$W/out" 2>"$W/err" </dev/null
	st=$?
	if [ "$st" = 99 ] || grep -q '^==[0-9]*==' "$W/err" || { [ "$want" != any ] && [ "$st" != "$want" ]; }; then
		bad=$((bad + 1))
		echo "not ok $n - valgrind: $name (status $st)"
		sed 's/^/# /' "$W/err" | head -n 40
	else
		echo "ok $n - valgrind: $name"
	fi
}

for t in test_cond test_conf test_rules test_view test_plain; do
	check "$t" 0 "$top_builddir/tests/$t"
done
EVAL_ROUNDS=200 check "test_eval, 200 rounds" 0 "$top_builddir/tests/test_eval"
rules=$top_srcdir/etc/redflag.conf
check "--help" 0 "$RF" --help
check "--version" 0 "$RF" --version
check "--check" 4 "$RF" -f "$rules" --check saddle_numbness,cancer_history,age_50_plus
check "--check --format json" 4 "$RF" -f "$rules" --check saddle_numbness,cancer_history --format json
check "--check, nothing fires" 0 "$RF" -f "$rules" --check after_lifting
check "--check, unknown id" 65 "$RF" -f "$rules" --check no_such_thing
printf 'chest_pain # yes\nfever\n' >"$W/answers"
check "--answers" 4 "$RF" -f "$rules" --answers "$W/answers"
check "--list" 0 "$RF" -f "$rules" --list
check "--list --format json" 0 "$RF" -f "$rules" --list --format json
check "--man" 0 "$RF" -f "$rules" --man
check "--lint" 0 "$RF" --lint "$rules"
check "built-in rules" 0 "$RF" --list
for f in "$top_srcdir"/tests/bad/*.conf; do
	check "--lint $(basename "$f")" any "$RF" --lint "$f"
done
printf 'y\nn\nsaddle_numbness 3\n?\nb\nq\nn\n' >"$W/replies"
n=$((n + 1))
if $VG "$RF" -f "$rules" --plain <"$W/replies" >"$W/out" 2>"$W/err"; then
	echo "ok $n - valgrind: --plain"
else
	bad=$((bad + 1)); echo "not ok $n - valgrind: --plain"; sed 's/^/# /' "$W/err" | head -n 40
fi
echo "1..$n"
echo "valgrind: $n runs, $bad with errors or definitely lost bytes"
[ $bad = 0 ]
