# wording.sh: the safety sentences ("It is not a diagnosis ...") are
# held once, in src/safety.def.  No other source file spells them;
# README quotes those of the help screen word for word; redflag(1) has
# them, put there by the build; and the program says them where it
# should: --help, plain line mode, reports, JSON.
. "$(dirname "$0")/lib.sh"
def="$top_srcdir/src/safety.def"
small="$top_srcdir/tests/data/small.conf"

# sentence NAME: the English of NAME in safety.def.
sentence() {
	awk -v want="$1" '
	/^SAFETY\(/ { name = $0; sub(/^SAFETY\([ \t]*/, "", name)
		sub(/[ \t]*,.*/, "", name); on = name == want }
	on { s = $0; while (match(s, /"[^"]*"/)) {
		out = out substr(s, RSTART + 1, RLENGTH - 2)
		s = substr(s, RSTART + RLENGTH) } }
	on && /\)[ \t]*$/ { on = 0 }
	END { print out }' "$def"
}
# joined FILE: FILE in one line, blanks squeezed, mdoc's \& dropped.
joined() { tr '\n' ' ' <"$1" | tr -s ' ' | sed 's/\\&//g'; }
# quotes WHERE FILE NAME: FILE holds sentence NAME word for word.
quotes() {
	s=$(sentence "$3")
	if [ -z "$s" ]; then
		fail "$1 quotes $3" "no sentence $3 in $def"
		return
	fi
	case $(joined "$2") in
	*"$s"*) pass "$1 quotes $3" ;;
	*) fail "$1 quotes $3" "no \"$s\" in $2" ;;
	esac
}

# 1. Each safety sentence is in safety.def once, and no other source
# spells one in a string.
dups=$(awk '/^SAFETY\(/ { print $1 }' "$def" | sort | uniq -d)
is "safety.def names each sentence once" "$dups" ""
others=$(cd "$top_srcdir/src" && grep -lE \
    '"[^"]*(not a diagnosis|emergency number|rule out serious|get checked|999)' \
    *.c *.h *.def 2>/dev/null | grep -v -e '^safety\.def$' -e '^builtin-rules\.c$')
is "no other source spells a safety sentence" "$others" ""

# 2. README and redflag(1) quote the help screen's sentences.
page="$top_builddir/man/redflag.1"
for name in NOT_A_DOCTOR GET_CHECKED NOT_DISEASE NO_FLAG EMERGENCY_NUMBERS; do
	quotes README "$top_srcdir/README" "$name"
	if [ -r "$page" ]; then
		quotes "redflag(1)" "$page" "$name"
	else
		fail "redflag(1) quotes $name" "no $page"
	fi
done
grep -q '@SAFETY' "$page" 2>/dev/null &&
	fail "redflag(1) has no placeholder left" "$(grep '@SAFETY' "$page")" ||
	pass "redflag(1) has no placeholder left"
# Control: a README with one word changed does not quote it.
sed 's/get$/be/; s/get checked/be checked/' "$top_srcdir/README" >"$TMPD/readme"
n=$( (tap_n=0; tap_failed=0; quotes README "$TMPD/readme" GET_CHECKED \
    >/dev/null; echo "$tap_failed") )
is "a README that says it otherwise fails (control)" "$n" 1
# The page's build fails on a name the table does not have.
echo '@SAFETY NO_SUCH_SENTENCE@' >"$TMPD/page.in"
if awk -f "$top_srcdir/build-aux/safety-mdoc.awk" "$def" "$TMPD/page.in" \
    >/dev/null 2>&1; then
	fail "safety-mdoc.awk refuses an unknown sentence"
else
	pass "safety-mdoc.awk refuses an unknown sentence"
fi

# 3. The program says them.
"$REDFLAG" --help >"$TMPD/help" 2>&1
quotes "--help" "$TMPD/help" NOT_FOR
printf 'q\n\n' | "$REDFLAG" -f "$small" --plain --report "$TMPD/report" \
    >"$TMPD/plain" 2>&1
quotes "plain line mode" "$TMPD/plain" NOT_A_DIAGNOSIS
quotes "plain line mode" "$TMPD/plain" EMERGENCY
quotes "the report" "$TMPD/report" NOT_A_DIAGNOSIS
"$REDFLAG" -f "$small" --format json --check saddle_numbness >"$TMPD/json" 2>&1
quotes "JSON" "$TMPD/json" GET_CHECKED
"$REDFLAG" -f "$small" --check age_50 >"$TMPD/none" 2>&1
quotes "--check with no flag" "$TMPD/none" NOT_RULED_OUT

done_testing
