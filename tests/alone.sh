# alone.sh: each kind of test runs alone, with none of the variables
# make check sets: a shell test from the top of the build tree, by
# either shell, finds lib.sh, the program and the rules by itself (and
# one in tmux, where the program runs from another directory); a unit
# test runs one case, or the cases a wildcard matches, with -t, from
# any directory, and a -t that matches no case is an error.
. "$(dirname "$0")/lib.sh"

# bare CMD...: CMD with none of the variables of make check.
bare() {
	env -u top_srcdir -u top_builddir -u REDFLAG -u TMUX_BIN -u JQ \
	    -u MANDOC -u SYSCONFDIR -u SAFETY_LOGS -u CMOCKA_MESSAGE_OUTPUT "$@"
}

# The source tree as the build tree sees it, as one types it there.
src=$(realpath --relative-to="$top_builddir" "$top_srcdir")

# alone SHELL TEST: run tests/TEST.sh with SHELL from the top of the
# build tree; it must pass, with at least one check.
alone() {
	name="$1 tests/$2.sh alone, from the top of the build tree: passes"
	(cd "$top_builddir" && bare "$1" "$src/tests/$2.sh") >"$TMPD/alone.out" 2>&1
	rc=$?
	[ $rc = 0 ] && grep -q '^1\.\.[1-9]' "$TMPD/alone.out" &&
	    ! grep -q '^not ok' "$TMPD/alone.out"
	check "$name" eval 'show "status $rc"; tail -n 20 "$TMPD/alone.out"'
}
alone sh tcase
alone bash tcase
alone sh slow

# Unit tests: tests/test_x -t PATTERN.
t="$top_builddir/tests/test_cond"
if [ ! -x "$t" ]; then
	skip "unit tests: not built (./configure --disable-tests)"
	done_testing
	exit
fi
# unit ARG...: run test_cond with ARG..., its output in $out and $err.
unit() {
	bare CMOCKA_MESSAGE_OUTPUT=TAP "$t" "$@" >"$TMPD/out" 2>"$TMPD/err"
	rc=$?
	out=$(cat "$TMPD/out")
	err=$(cat "$TMPD/err")
}
unit -t test_cond_eval
is "-t NAME: status 0" "$rc" 0
is "-t NAME: that case alone" "$(grep -E '^(not )?ok|^1\.\.' "$TMPD/out")" \
"1..1
ok 1 - test_cond_eval"
unit -t 'test_cond_*depth'
is "-t with a wildcard: the cases it matches" \
	"$(sed -n 's/^ok [0-9]* - //p' "$TMPD/out" | tr '\n' ' ')" \
	"test_cond_depth test_cond_hostile_depth "
unit -t test_cond_eval -t test_cond_errors
is "-t twice: both cases" "$(sed -n 's/^ok [0-9]* - //p' "$TMPD/out" | tr '\n' ' ')" \
	"test_cond_errors test_cond_eval "
unit -t no_such_case
is "-t that matches no case: status 64" "$rc" 64
is "-t that matches no case: says so" "$err" \
	"test_cond: no case matches 'no_such_case' (-l lists them)"
is "-t that matches no case: runs nothing" "$out" ""
unit -t test_cond_eval -t no_such_case
is "-t twice, one matching nothing: status 64" "$rc" 64
unit -l
is "-l lists the cases" "$(printf '%s\n' "$out" | wc -l)" 6
unit -x
is "an unknown option: status 64" "$rc" 64
# From another directory, with no top_srcdir, a test finds its data.
(cd "$TMPD" && bare "$top_builddir/tests/test_format" -t test_format_text_flags) \
	>"$TMPD/out" 2>&1
is "a unit test that reads test data runs from any directory" "$?" 0

done_testing
