# intended.sh: the intended use says the same things in README (its
# "Intended use" section), redflag(1) (INTENDED USE of man/redflag.1.in)
# and redflag-safety(7) (INTENDED USE of the page the build writes from
# man/hazards.conf): who redflag is for, what it must not be used for,
# and that it is neither certified nor reviewed; --help says the main
# points in short and names redflag-safety(7).  The hazard log names
# these checks as the tests of its controls in words.
. "$(dirname "$0")/lib.sh"

# readme_section: the "Intended use" section of README, up to the next
# heading (a line underlined with dashes).
readme_section() {
	awk '
	prev == "Intended use" && /^---/ { inside = 1; prev = ""; next }
	inside && /^---/ { exit }
	inside && prev != "" { print prev }
	{ prev = $0 }' "$top_srcdir/README"
}

# man_section FILE: the INTENDED USE section of an mdoc page, with the
# macro names at the start of lines and the escapes \& and \% dropped.
man_section() {
	awk '/^\.Sh / { inside = ($0 == ".Sh INTENDED USE"); next }
	inside' "$1" | grep -v '^\.\\"' | sed 's/^\.[A-Z][a-z]* *//;
	    s/\\[&%]//g'
}

# has WHERE TEXTFILE NAME PHRASE: a check that TEXTFILE, joined into
# one line, holds PHRASE (in any case).
has() {
	if tr '\n' ' ' <"$2" | tr -s ' ' | grep -qiF -- "$4"; then
		pass "$1: $3"
	else
		fail "$1: $3" "no \"$4\" in:" "$(cat "$2")"
	fi
}

# check_all WHERE TEXTFILE: every phrase the intended use must hold.
check_all() {
	has "$1" "$2" "adults" "adults"
	has "$1" "$2" "not a diagnosis" "not a diagnosis"
	has "$1" "$2" "examination" "in place of an examination"
	has "$1" "$2" "children" "children"
	has "$1" "$2" "pregnancy" "in pregnancy"
	has "$1" "$2" "emergencies in progress" "during an emergency that is already happening"
	has "$1" "$2" "the emergency number" "emergency number"
	has "$1" "$2" "what the sources do not cover" "sources of"
	has "$1" "$2" "not certified" "not a certified medical device"
	has "$1" "$2" "no clinical safety officer" "not been reviewed by a clinical safety officer"
	has "$1" "$2" "no clinician" "or by a clinician"
}

readme_section >"$TMPD/readme"
check_all README "$TMPD/readme"
man_section "$top_srcdir/man/redflag.1.in" >"$TMPD/man1"
check_all "redflag(1)" "$TMPD/man1"
page="$top_builddir/man/redflag-safety.7"
[ -r "$page" ] || page="$top_srcdir/man/redflag-safety.7"
if [ -r "$page" ]; then
	man_section "$page" >"$TMPD/man7"
	check_all "redflag-safety(7)" "$TMPD/man7"
else
	fail "redflag-safety(7) is built" "in neither $top_builddir/man nor" \
	    "$top_srcdir/man"
fi

# --help says it in short, and names the safety case.
"$REDFLAG" --help >"$TMPD/help" 2>&1
has "--help" "$TMPD/help" "not a diagnosis" "not a diagnosis"
has "--help" "$TMPD/help" "children" "not for children"
has "--help" "$TMPD/help" "pregnancy" "in pregnancy"
has "--help" "$TMPD/help" "the emergency number" "emergency number"
has "--help" "$TMPD/help" "names redflag-safety(7)" "redflag-safety(7)"

# Control: a section that lacks a phrase fails.  The README section
# with "children" taken out is checked in a subshell whose TAP lines
# are thrown away; it must count a failure.
sed 's/children/people/g' "$TMPD/readme" >"$TMPD/cut"
n=$( (tap_n=0; tap_failed=0; has README "$TMPD/cut" children children \
    >/dev/null; echo "$tap_failed") )
is "a section without a phrase fails (control)" "$n" 1

done_testing
