# lint.sh: redflag --lint on every file in tests/bad (exact messages on
# standard error and the documented status), and on the shipped rules.
. "$(dirname "$0")/lib.sh"

for f in "$top_srcdir"/tests/bad/*.conf; do
	name=$(basename "$f")
	sed -n 's/^# expect: //p' "$f" | sed "s|^-: |redflag: $f: |; t; s|^|$f:|" >"$TMPD/want"
	"$REDFLAG" --lint "$f" >/dev/null 2>"$TMPD/err"
	rc=$?
	# less the closing count, "redflag: FILE: N errors, N warnings ..."
	grep -Ev '^redflag: .*: [0-9]+ errors?, [0-9]+ warnings?' "$TMPD/err" >"$TMPD/got"
	# "# status: N" for a file that loads but fails its cases or proof
	if grep -q '^# status: ' "$f"; then
		want_rc=$(sed -n 's/^# status: //p' "$f")
	elif grep -q ': warning: ' "$TMPD/want" && ! grep -qv ': warning: ' "$TMPD/want"; then
		want_rc=0
	else
		want_rc=78
	fi
	[ "$rc" = "$want_rc" ] && cmp -s "$TMPD/got" "$TMPD/want" && no_escape "$TMPD/err"
	check "--lint $name" eval 'show "status $rc, want $want_rc"; diff "$TMPD/want" "$TMPD/got"'
done

run --lint "$top_srcdir/etc/redflag.conf"
is "the shipped rules pass --lint" "$rc" 0
is "the shipped rules have no warnings" "$err" ""
like "--lint says which file and how it was found" "$out" \
	"*: ok: * test cases passed, safety proof complete, 0 warnings (given on the command line)"
# A question too big for the proof's budget is a warning that names it,
# never a silent pass: with the a's before the b's, "a0 and b0 or a1 and
# b1 ..." needs 2^24 BDD nodes.
awk 'BEGIN {
	n = 24
	print "format = 1; title = \"Big\"; version = \"1\"; date = \"2026-12-01\";"
	print "disclaimer = \"D\"; no_flag = \"N\"; sources = ( { id = \"s\"; title = \"S\"; } );"
	print "levels = ( { id = \"high\"; label = \"H\"; action = \"A\"; },"
	print "  { id = \"low\"; label = \"L\"; action = \"A\"; } );"
	printf "symptoms = ( "
	for (i = 0; i < n; i++) printf "{ id = \"a%d\"; group = \"G\"; label = \"A\"; }, ", i
	for (i = 0; i < n; i++) printf "{ id = \"b%d\"; group = \"G\"; label = \"B\"; }%s", i, i + 1 < n ? ", " : " );\n"
	printf "rules = ( { id = \"any\"; level = \"low\"; message = \"M\"; advice = \"X\"; sources = \"s\"; when = \""
	for (i = 0; i < n; i++) printf "a%d or ", i
	for (i = 0; i < n; i++) printf "b%d%s", i, i + 1 < n ? " or " : "\"; },\n"
	printf "  { id = \"pairs\"; level = \"high\"; message = \"M\"; advice = \"X\"; sources = \"s\"; when = \""
	for (i = 0; i < n; i++) printf "(a%d and b%d)%s", i, i, i + 1 < n ? " or " : "\"; } );\n"
}' >"$TMPD/big.conf"
run --lint "$TMPD/big.conf"
is "a proof over budget: the file still passes" "$rc" 0
is "a proof over budget: a warning for each open question" "$err" \
"$TMPD/big.conf:4: warning: the safety proof needs more than 4194304 nodes to decide whether it can be reached, level 'low'; it is not proved
$TMPD/big.conf:6: warning: the safety proof needs more than 4194304 nodes to decide whether it can be the most urgent flag, rule 'any'; it is not proved"
like "a proof over budget: the summary says the proof is incomplete" "$out" \
	"*safety proof incomplete, 2 warnings*"

# Monotonicity too big to settle fails: "(z and not z) or (any a) and
# (any b) and (pairs)" puts every a before every b in the BDD.
awk 'BEGIN {
	n = 23
	print "format = 1; title = \"Big\"; version = \"1\"; date = \"2026-12-01\";"
	print "disclaimer = \"D\"; no_flag = \"N\"; sources = ( { id = \"s\"; title = \"S\"; } );"
	print "levels = ( { id = \"high\"; label = \"H\"; action = \"A\"; } );"
	printf "symptoms = ( { id = \"z\"; group = \"G\"; label = \"Z\"; }, "
	for (i = 0; i < n; i++) printf "{ id = \"a%d\"; group = \"G\"; label = \"A\"; }, ", i
	for (i = 0; i < n; i++) printf "{ id = \"b%d\"; group = \"G\"; label = \"B\"; }%s", i, i + 1 < n ? ", " : " );\n"
	printf "rules = ( { id = \"r\"; level = \"high\"; message = \"M\"; advice = \"X\"; sources = \"s\"; when = \"(z and not z) or (("
	for (i = 0; i < n; i++) printf "a%d%s", i, i + 1 < n ? " or " : ") and ("
	for (i = 0; i < n; i++) printf "b%d%s", i, i + 1 < n ? " or " : ") and ("
	for (i = 0; i < n; i++) printf "(a%d and b%d)%s", i, i, i + 1 < n ? " or " : "))\"; } );\n"
}' >"$TMPD/big2.conf"
run --lint "$TMPD/big2.conf"
is "monotonicity over budget: the file fails" "$rc" 1
like "monotonicity over budget: an error says so" "$err" \
	"*redflag: $TMPD/big2.conf: the safety proof needs more than 4194304 nodes to prove that one more answer never lowers the level; simplify the rules*"

run --lint "$top_srcdir/tests/data/small.conf"
is "the small example passes --lint" "$rc" 0
REDFLAG_RULES="$top_srcdir/tests/data/small.conf" "$REDFLAG" --lint >"$TMPD/out" 2>&1
is "--lint without a file follows the search order" "$(tail -n 1 "$TMPD/out" | sed 's/.*(//')" "given by \$REDFLAG_RULES)"
run --lint "$top_srcdir/tests/data/small.conf" "$top_srcdir/etc/redflag.conf"
is "--lint takes one file" "$rc" 64

done_testing
