# safety.sh: the hazard log, man/hazards.conf, is complete and true for
# this run of make check.  src/hazards --check reads the logs of every
# other test of the run (Makefile.am makes this test wait for them and
# passes their names in SAFETY_LOGS) and says, for each hazard, whether
# it has a control, every control names a test, and every test named
# ran and passed.
#
# Then the controls of this check: the same check must fail when a
# named test is gone from the results, when it failed or was skipped,
# when its whole file did not run, when the log names a test that does
# not exist (a test renamed), when a hazard has no control or a control
# no test, and when the log itself is malformed.
. "$(dirname "$0")/lib.sh"
: "${SAFETY_LOGS:=}"
hz="$top_builddir/src/hazards"
log="$top_srcdir/man/hazards.conf"
# Run by hand, outside make: every log in tests/ but this one's.
if [ -z "$SAFETY_LOGS" ]; then
	SAFETY_LOGS=$(cd "$top_builddir" && ls tests/*.log 2>/dev/null |
	    grep -v '^tests/safety\.log$' | tr '\n' ' ')
	[ -n "$SAFETY_LOGS" ] ||
		skip_all "no results in $top_builddir/tests to check: run make check"
fi
if [ ! -x "$hz" ]; then
	fail "src/hazards is built" "no $hz"
	done_testing
	exit
fi
logs=
for f in $SAFETY_LOGS; do logs="$logs $top_builddir/$f"; done

# hz_check LOGFILE RESULTS...: run the checker; its status, stdout and
# stderr in $rc, $out and $err.
hz_check() {
	"$hz" --check "$@" >"$TMPD/out" 2>"$TMPD/err"
	rc=$?
	out=$(cat "$TMPD/out")
	err=$(cat "$TMPD/err")
}

# 1. The real check: one line per hazard.
# shellcheck disable=SC2086
hz_check "$log" $logs
is "the hazard log is complete and its tests passed in this run" "$rc" 0
# Problems of a hazard are shown under it, below; others here.
[ "$rc" -eq 0 ] || [ -n "$out" ] || printf '%s\n' "$err" | sed 's/^/# /'
printf '%s\n' "$out" >"$TMPD/hazards"
n=0
while IFS='	' read -r id status what; do
	[ -n "$id" ] || continue
	n=$((n + 1))
	if [ "$status" = ok ]; then
		pass "hazard $id: controlled, and every test named passed"
	else
		fail "hazard $id: controlled, and every test named passed" \
		    "$what" "$(printf '%s\n' "$err" | grep -F "hazard $id" || :)"
	fi
done <"$TMPD/hazards"
if [ "$n" -ge 10 ]; then pass "the log has at least 10 hazards ($n)"
else fail "the log has at least 10 hazards" "found $n"; fi

# 2. The controls, on copies of this run's results and of the log.  The
# test taken out is one the log names: the NHS 999 case for saddle
# numbness, in tests/test_rules.log.
name="nhs_999_saddle_numbness"
named="tests/test_rules: $name"
rules_log="$top_builddir/tests/test_rules.log"
if ! grep -qF "\"$named\"" "$log"; then
	fail "the log names $named (for the controls below)"
elif ! grep -q "^PASS: tests/test_rules [0-9]* - $name\$" "$rules_log"; then
	fail "$named passed in this run (for the controls below)" \
	    "$(grep -F "$name" "$rules_log" || echo "not in $rules_log")"
else
	pass "the log names $named, and it passed in this run"
fi
# others: the logs of this run but tests/test_rules.log.
others=
for f in $logs; do
	case $f in */tests/test_rules.log) ;; *) others="$others $f" ;; esac
done

# expect_fail NAME PATTERN: the last check failed with status 1 and said
# PATTERN (a fixed string) on standard error.
expect_fail() {
	[ "$rc" -eq 1 ] && printf '%s\n' "$err" | grep -qF -- "$2"
	check "$1" show "status $rc, want 1, and '$2' on stderr:" "$err"
}

grep -v " - $name\$" "$rules_log" >"$TMPD/removed.log"
# shellcheck disable=SC2086
hz_check "$log" $others "$TMPD/removed.log"
expect_fail "a test taken out of the results fails the check" \
    "'$named': no test of that name passed in this run"

sed "s/^PASS: \(tests\/test_rules [0-9]* - $name\)\$/FAIL: \1/" \
    "$rules_log" >"$TMPD/failed.log"
# shellcheck disable=SC2086
hz_check "$log" $others "$TMPD/failed.log"
expect_fail "a named test that failed fails the check" \
    "'$named' did not pass in this run (FAIL)"

sed "s/^PASS: \(tests\/test_rules [0-9]* - $name\)\$/SKIP: \1 # SKIP why/" \
    "$rules_log" >"$TMPD/skipped.log"
# shellcheck disable=SC2086
hz_check "$log" $others "$TMPD/skipped.log"
expect_fail "a named test that was skipped fails the check" \
    "'$named' did not pass in this run (SKIP)"

# shellcheck disable=SC2086
hz_check "$log" $others
expect_fail "a test file that did not run fails the check" \
    "'$named': tests/test_rules did not run in this run"

hz_check "$log"
expect_fail "no results at all fail the check" "did not run in this run"

# A test renamed: the log names a test that is in no result.
sed "s|\"$named\"|\"${named}_renamed\"|" "$log" >"$TMPD/renamed.conf"
# shellcheck disable=SC2086
hz_check "$TMPD/renamed.conf" $logs
expect_fail "a log that names a test no longer there fails the check" \
    "'${named}_renamed': no test of that name passed in this run"

# A small log of one hazard, for the form of the log itself.
# small FILE HAZARD-BODY: write a log with that one hazard.
small() {
	cat >"$1" <<EOF
title = "t"; date = "2026-12-01";
intended_use = { for = "f"; does = "d"; not_for = [ "n" ]; status = "s"; };
matrix = {
  severity = ( { score = 1; name = "a"; text = "a"; },
    { score = 2; name = "b"; text = "b"; }, { score = 3; name = "c"; text = "c"; },
    { score = 4; name = "d"; text = "d"; }, { score = 5; name = "e"; text = "e"; } );
  likelihood = ( { score = 1; name = "a"; text = "a"; },
    { score = 2; name = "b"; text = "b"; }, { score = 3; name = "c"; text = "c"; },
    { score = 4; name = "d"; text = "d"; }, { score = 5; name = "e"; text = "e"; } );
  bands = ( { name = "low"; min = 1; max = ${BAND_MAX:-9}; text = "l"; },
    { name = "high"; min = 10; max = 25; text = "h"; } );
};
hazards = ( { id = "X1"; title = "t"; description = "d"; causes = [ "c" ];
  effect = "e"; initial = { severity = 3; likelihood = 3; };
  residual = { severity = 3; likelihood = 2; }; residual_text = "r";
  $2 } );
EOF
}
small "$TMPD/good.conf" "controls = ( { kind = \"test\"; text = \"t\";
    tests = [ \"$named\" ]; } );"
# shellcheck disable=SC2086
hz_check "$TMPD/good.conf" $logs
is "a small log whose test passed passes (control of the controls)" \
    "$rc $out" "0 X1	ok	1 controls, 1 tests, 0 problems"

small "$TMPD/none.conf" "controls = ( );"
# shellcheck disable=SC2086
hz_check "$TMPD/none.conf" $logs
expect_fail "a hazard with no control fails the check" \
    "hazard X1 has no control"

small "$TMPD/notest.conf" "controls = ( { kind = \"words\"; text = \"t\";
    tests = [ ]; } );"
# shellcheck disable=SC2086
hz_check "$TMPD/notest.conf" $logs
expect_fail "a control that names no test fails the check" \
    "a control of hazard X1 names no test"

small "$TMPD/form.conf" "controls = ( { kind = \"test\"; text = \"t\";
    tests = [ \"$name\" ]; } );"
# shellcheck disable=SC2086
hz_check "$TMPD/form.conf" $logs
expect_fail "a test named without its file fails the check" \
    "'$name' is not a test name of the form 'tests/FILE: name'"

sed 's/residual = { severity = 3; likelihood = 2; };/residual = { severity = 4; likelihood = 3; };/' \
    "$TMPD/good.conf" >"$TMPD/above.conf"
# shellcheck disable=SC2086
hz_check "$TMPD/above.conf" $logs
expect_fail "a residual risk above the initial risk fails the check" \
    "the residual risk is above the initial risk"

small "$TMPD/kind.conf" "controls = ( { kind = \"hope\"; text = \"t\";
    tests = [ \"$named\" ]; } );"
hz_check "$TMPD/kind.conf"
is "an unknown kind of control: status 65" "$rc" 65
like "an unknown kind of control: says so" "$err" \
	"*unknown kind of control 'hope'*"

BAND_MAX=8 small "$TMPD/gap.conf" "controls = ( );"
hz_check "$TMPD/gap.conf"
is "bands that leave out a risk: status 65" "$rc" 65
like "bands that leave out a risk: says which" "$err" "*risk 9 is in 0 bands*"

done_testing
