# tcase.sh: --test runs a rules file's test cases and prints TAP (or
# JSON), with the documented statuses; --lint fails on a failing case.
. "$(dirname "$0")/lib.sh"
[ -n "${JQ:-}" ] && [ -x "$JQ" ] || JQ=$(command -v jq) || skip_all "jq not found"
bad="$top_srcdir/tests/bad/test-case-fails.conf"
shipped="$top_srcdir/etc/redflag.conf"

run --test "$bad"
is "--test: a failing case gives status 1" "$rc" 1
is "--test: one TAP line per case, in order" "$(grep -E '^(not )?ok ' "$TMPD/out")" \
"ok 1 - a_alone
not ok 2 - b_alone"
is "--test: the plan comes first" "$(head -n 1 "$TMPD/out")" "1..2"
is "--test: why a case failed, with its line" "$(grep '^#   ' "$TMPD/out")" \
"#   $bad:25: expected urgent, got soon
#   answers: c
#   fired: rb
#   fired but must not: rb"
is "--test: the last line counts" "$(tail -n 1 "$TMPD/out")" "# 1 passed, 1 failed"
is "--test: nothing on standard error" "$err" ""

run --test "$bad" --format json
is "--test json: status 1" "$rc" 1
printf '%s\n' "$out" >"$TMPD/t.json"
ok "--test json parses" "$JQ" -e . "$TMPD/t.json"
is "--test json: counts" "$("$JQ" -c '[.passed, .failed]' "$TMPD/t.json")" '[1,1]'
is "--test json: a failing case" "$("$JQ" -c '.cases[1] | [.name, .line, .pass, .expect, .got, .fired, .missing, .unwanted]' "$TMPD/t.json")" \
	'["b_alone",25,false,"urgent","soon",["rb"],[],["rb"]]'
is "--test json: case fields" "$("$JQ" -c '.cases[0] | keys' "$TMPD/t.json")" \
	'["answers","expect","fired","got","line","missing","name","note","pass","source","tier","unwanted"]'

run --test "$shipped"
is "--test: the shipped rules pass every case" "$rc" 0
n=$(grep -c '^ok ' "$TMPD/out")
is "--test: no shipped case fails" "$(grep -c '^not ok ' "$TMPD/out")" 0
is "--test: the plan counts every shipped case" "$(head -n 1 "$TMPD/out")" "1..$n"
ok "--test: at least 60 shipped cases" test "$n" -ge 60
is "--test: at least 30 published cases" "$(grep -c '^ok [0-9]* - pub_' "$TMPD/out" | awk '{ print ($1 >= 30) }')" 1

REDFLAG_RULES="$bad" "$REDFLAG" --test >/dev/null 2>&1
is "--test without a file follows the search order" "$?" 1
run --test -f "$bad" "$shipped"
is "--test: a file and -f is a usage error" "$rc" 64
is "--test: and says so" "$(head -n 1 "$TMPD/err")" "redflag: give the file to --test or to -f, not both"
run --test --lint "$shipped"
is "--test and --lint together: usage error" "$rc" 64

run --test "$top_srcdir/tests/data/small.conf"
is "--test: a file without cases passes" "$rc" 0
is "--test: with an empty plan" "$out" "1..0
# 0 passed, 0 failed"
is "--test: and a warning" "$err" "redflag: $top_srcdir/tests/data/small.conf has no test cases"

run --lint "$bad"
is "--lint: a failing case gives status 1" "$rc" 1

done_testing
