# man.sh: the manual pages.  mandoc -Tlint -Wwarning finds nothing in
# them; every option of --help is in redflag(1), and the keys of the
# help screen (read from the running program, in tmux), with their
# texts, are those under KEYS; each page renders in 80 columns with
# man -l; and the disclaimers of redflag(1) are still in its CAVEATS.
#
# The lint, the rendering and the keys use the pages the build made in
# $top_builddir/man (the build writes the list of keys), and so does
# the check of CAVEATS (the build writes its safety sentences); the other
# checks read the source of redflag(1), man/redflag.1.in.  redflag-rules.7 is generated from the shipped rules,
# and redflag-safety.7 from the hazard log, man/hazards.conf; each may be
# in either tree (both ship in the dist tarball).
. "$(dirname "$0")/lib.sh"
: "${MANDOC:=}"
: "${TMUX_BIN:=}"
[ -n "$MANDOC" ] || MANDOC=$(command -v mandoc) || skip_all "mandoc not found"
src="$top_srcdir/man/redflag.1.in"

# skip_one REASON: a skipped check, as "ok N # SKIP REASON".
skip_one() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }

if [ ! -r "$src" ]; then
	fail "the source of redflag(1) exists" "cannot read $src"
	done_testing
	exit
fi

# 1. mandoc -Tlint -Wwarning says nothing about any page.  First a
# control: it does complain about a page with a mistake in it, so that
# silence means something.
printf '%s\n' ".Dd November 23, 2026" ".Dt BROKEN 1" .Os ".Sh NAME" \
    ".Nm broken" ".Nd a page with a mistake" ".Sh DESCRIPTION" \
    "Two sentences. On one line." ".Pp" ".Sh SEE ALSO" >"$TMPD/broken.1"
[ -n "$("$MANDOC" -Tlint -Wwarning "$TMPD/broken.1" 2>&1)" ]
check "mandoc -Tlint -Wwarning complains about a broken page (control)" \
    show "MANDOC=$MANDOC"
: >"$TMPD/pages"
lint_page() {	# NAME FILE
	"$MANDOC" -Tlint -Wwarning "$2" >"$TMPD/lint" 2>&1
	lint_rc=$?
	[ "$lint_rc" -eq 0 ] && [ ! -s "$TMPD/lint" ]
	check "mandoc -Tlint -Wwarning finds nothing in $1" \
	    eval 'echo "exit status $lint_rc"; cat "$TMPD/lint"'
	printf '%s\t%s\n' "$1" "$2" >>"$TMPD/pages"
}
for name in redflag.1 redflag.conf.5; do
	page="$top_builddir/man/$name"
	if [ ! -r "$page" ]; then
		skip_one "man/$name is not built"
		continue
	fi
	lint_page "$name" "$page"
	! grep -q '@[A-Z_]*@' "$page"
	check "the build substituted every @VARIABLE@ in $name" \
	    grep -n '@[A-Z_]*@' "$page"
done
for name in redflag-rules.7 redflag-safety.7; do
	if [ -r "$top_builddir/man/$name" ]; then
		lint_page $name "$top_builddir/man/$name"
	elif [ -r "$top_srcdir/man/$name" ]; then
		lint_page $name "$top_srcdir/man/$name"
	else
		fail "mandoc -Tlint -Wwarning finds nothing in $name" \
		    "$name is in neither $top_builddir/man nor" \
		    "$top_srcdir/man: the build should generate it"
	fi
done

# section NAME [FILE]: the lines of the section NAME of redflag(1) (or
# of FILE), with the escaped hyphens (\-) of the source written as
# plain ones.
section() {
	awk -v want="$1" '
	/^\.Sh / { inside = (substr($0, 5) == want); next }
	inside' "${2:-$src}" | sed 's/\\-/-/g'
}

# 2. Every option that --help prints is in redflag(1): each long option
# on an .It line of OPTIONS (as "Fl -word"), each short one on the same
# line as its long form, and the options of the usage lines in SYNOPSIS.
# Conversely, OPTIONS documents no long option that --help lacks.
"$REDFLAG" --help >"$TMPD/help" 2>&1
is "redflag --help succeeds" "$?" 0
section OPTIONS | grep '^\.It ' >"$TMPD/items"
section SYNOPSIS >"$TMPD/synopsis"

# has_fl FILE LINE-PATTERN WORD: a line of FILE matches LINE-PATTERN
# and has the macro "Fl WORD", WORD whole; mdoc's Fl adds one hyphen,
# so --check is "Fl -check" and -c is "Fl c".
has_fl() {
	grep -E "$2" "$1" | grep -Eq "(^|[ .])Fl $3([^A-Za-z0-9-]|\$)"
}
grep -o -- '--[a-z][a-z-]*' "$TMPD/help" | sort -u >"$TMPD/long"
n=$(wc -l <"$TMPD/long")
if [ "$n" -ge 10 ]; then
	pass "--help lists $((n)) long options"
else
	fail "--help lists the long options" "found only $n:" \
	    "$(cat "$TMPD/long")"
fi
while read -r opt; do
	has_fl "$TMPD/items" . "${opt#-}"
	check "OPTIONS of redflag(1) has $opt" \
	    show "no .It line of OPTIONS has 'Fl ${opt#-}'"
done <"$TMPD/long"
sed -n 's/^  \(-[A-Za-z]\), \(--[a-z][a-z-]*\).*/\1 \2/p' "$TMPD/help" \
    >"$TMPD/short"
n=$(wc -l <"$TMPD/short")
if [ "$n" -ge 4 ]; then
	pass "--help lists $((n)) short options"
else
	fail "--help lists the short options" "found only $n"
fi
while read -r short long; do
	has_fl "$TMPD/items" "(^|[ .])Fl ${long#-}([^A-Za-z0-9-]|\$)" \
	    "${short#-}"
	check "OPTIONS of redflag(1) gives $short with $long" \
	    show "the .It line of $long has no 'Fl ${short#-}'"
done <"$TMPD/short"
! has_fl "$TMPD/items" . -no-such-option
check "an option --help lacks is not found in OPTIONS (control)"
extra=$(grep -o 'Fl -[a-z][a-z-]*' "$TMPD/items" | sed 's/^Fl /-/' |
    sort -u | while read -r opt; do
	grep -qx -- "$opt" "$TMPD/long" || printf '%s ' "$opt"
done)
is "OPTIONS documents no long option that --help lacks" "$extra" ""
missing=
for opt in $(awk 'NR == 1 || /^ / { print; next } { exit }' "$TMPD/help" |
    grep -o -- '--*[a-z][a-z-]*' | sort -u); do
	grep -Eq "(^|[ .])Fl ${opt#-}([^A-Za-z0-9-]|\$)" "$TMPD/synopsis" ||
		missing="$missing $opt"
done
is "SYNOPSIS has every option of the usage lines of --help" "$missing" ""

# 3. The help screen and KEYS of the built redflag(1) list the same
# keys with the same texts (both come from src/keys.def).  The keys come
# from the running program: its help screen, in a terminal tall enough
# for all of them, is read as entries "  KEYS  text", a text too long
# for its line going on below, under itself.  KEYS is read as entries
# of an .It line of key names and the text lines after it.  Both sides
# are normalised to their words: the .It line loses ".It", the mdoc
# macros, \& and quotes; then names lose commas and extra spaces, so
# that "Up, k, ^P" and ".It Ic Up , Ic k , Ic ^P" are both "Up k ^P";
# texts are joined with single spaces.  Each side is written as one
# "names<TAB>text" line per key, in order, and the two must be equal.
macros='^([.]It|Ic|Cm|Li|Sy|Em|Ar|Fl|Aq|Dq|Qq|Sq|Ql|Pq|Ns|No|Ev|Pa|Xo|Xc)$'
norm_keys() {
	sed 's/\\&//g; s/"//g; s/,/ /g' | awk -v macros="$macros" '{
		out = ""
		for (i = 1; i <= NF; i++) {
			if ($i ~ macros)
				continue
			out = out (out == "" ? "" : " ") $i
		}
		print out
	}'
}
built="$top_builddir/man/redflag.1"
have_tmux=0
if [ -n "$TMUX_BIN" ] && [ -x "$TMUX_BIN" ]; then
	have_tmux=1
elif command -v tmux >/dev/null 2>&1; then
	have_tmux=1
fi
if [ ! -r "$built" ]; then
	skip_one "the help screen's keys are KEYS of redflag(1) (not built)"
elif [ "$have_tmux" -eq 0 ]; then
	skip_one "the help screen's keys are KEYS of redflag(1) (tmux not found)"
else
	section KEYS "$built" | awk '
	/^\.Bl / && !list { list = 1; next }
	!list { next }
	/^\.El/ { exit }
	/^\.It / { if (n++) print names "\t" text; names = $0; text = ""; next }
	/^\.\\"/ { next }
	{ gsub(/\\&/, ""); gsub(/\\e/, "\\"); text = text (text == "" ? "" : " ") $0 }
	END { if (n) print names "\t" text }' >"$TMPD/page_raw"
	cut -f1 "$TMPD/page_raw" | norm_keys >"$TMPD/page_names"
	cut -f2 "$TMPD/page_raw" | paste "$TMPD/page_names" - >"$TMPD/page_keys"
	. "$top_srcdir/tests/tmux.sh"
	rules="$top_srcdir/etc/redflag.conf"
	tm_start 80 100 -- -f "$rules"
	tm_wait "q quit"
	tm_keys '?'
	tm_wait "Space, x" && tm_wait "back to the list"
	check "the help screen shows the keys" tm_screen
	tm_screen >"$TMPD/screen"
	tm_keys q q
	awk '
	NR == 1 { next }
	!started && /^ *$/ { next }
	/^ *$/ { exit }
	{ started = 1 }
	/^                    [^ ]/ {	# a text carried on
		sub(/^ +/, "")
		text = text " " $0
		next
	}
	/^  [^ ]/ {
		s = substr($0, 3)
		i = index(s, "  ")
		if (i > 1) {
			if (n++)
				print names "\t" text
			names = substr(s, 1, i - 1)
			text = substr(s, i)
			sub(/^ +/, "", text)
			next
		}
	}
	{ print "not a key line: " $0 >"/dev/stderr" }
	END { if (n) print names "\t" text }
	' "$TMPD/screen" >"$TMPD/screen_raw" 2>"$TMPD/keys.err"
	cut -f1 "$TMPD/screen_raw" | norm_keys >"$TMPD/screen_names"
	cut -f2 "$TMPD/screen_raw" | paste "$TMPD/screen_names" - \
	    >"$TMPD/screen_keys"
	n=$(wc -l <"$TMPD/screen_keys")
	if [ "$n" -ge 10 ] && [ ! -s "$TMPD/keys.err" ]; then
		pass "the help screen lists $((n)) keys"
	else
		fail "the help screen lists the keys" "$n keys" \
		    "$(cat "$TMPD/keys.err")" "$(cat "$TMPD/screen")"
	fi
	cmp -s "$TMPD/screen_keys" "$TMPD/page_keys"
	check "KEYS of redflag(1) lists the keys and texts of the help screen" \
	    diff "$TMPD/screen_keys" "$TMPD/page_keys"
	# Control: a key renamed on one side is told apart.
	sed '1s/^[^	]*/Up k ^Q/' "$TMPD/page_keys" >"$TMPD/renamed"
	! cmp -s "$TMPD/screen_keys" "$TMPD/renamed"
	check "a key renamed in KEYS no longer agrees (control)"
fi

# 4. Each page renders with man -l in 80 columns.  The C locale makes
# the output ASCII, so that a byte is a column (and the few characters
# drawn with two, such as an em dash, err on the long side).  The
# configured sysconfdir and localedir are put back to the defaults
# first: a deep --prefix (make distcheck's, say) lengthens the literal
# example lines, and that is the builder's choice, not a fault of the
# page.
# default_dir FROM TO: put the default directory TO back for FROM in
# $TMPD/page.
default_dir() {
	awk -v from="$1" -v to="$2" '{
		out = ""
		while ((i = index($0, from)) > 0) {
			out = out substr($0, 1, i - 1) to
			$0 = substr($0, i + length(from))
		}
		print out $0 }' "$TMPD/page" >"$TMPD/page.tmp" &&
	mv "$TMPD/page.tmp" "$TMPD/page"
}
if ! command -v man >/dev/null 2>&1; then
	skip_one "the pages render in 80 columns (man not found)"
else
	while IFS='	' read -r name page; do
		cp "$page" "$TMPD/page"
		if [ -n "${SYSCONFDIR:-}" ]; then
			default_dir "$SYSCONFDIR" /usr/local/etc
		fi
		if [ -n "${LOCALEDIR:-}" ]; then
			default_dir "$LOCALEDIR" /usr/local/share/locale
		fi
		MANWIDTH=80 LC_ALL=C man -l "$TMPD/page" 2>/dev/null | col -b \
		    >"$TMPD/render"
		long=$(awk 'length > 80 { print NR ": " $0 }' "$TMPD/render")
		if [ ! -s "$TMPD/render" ]; then
			fail "man -l renders $name in 80 columns" \
			    "man -l printed nothing"
		elif [ -n "$long" ]; then
			fail "man -l renders $name in 80 columns" \
			    "lines over 80 columns:" "$long"
		else
			pass "man -l renders $name in 80 columns"
		fi
	done <"$TMPD/pages"
fi

# 5. The disclaimers stay in CAVEATS, of the page the build made: it
# puts the safety sentences of src/safety.def there.  The section is
# joined into one line of text, so that a phrase may be split between
# source lines.
caveats_page="$top_builddir/man/redflag.1"
[ -r "$caveats_page" ] || caveats_page=$src
caveats=$(section CAVEATS "$caveats_page" | grep -v '^\.\\"' |
    sed 's/^\.[A-Z][a-z]* *//' | tr '\n' ' ' | tr -s ' ')
[ -n "$caveats" ]
check "redflag(1) has a CAVEATS section"
for phrase in "not a diagnosis" "does not rule out" "emergency number" \
    "report"; do
	case $caveats in
	*"$phrase"*) pass "CAVEATS says \"$phrase\"" ;;
	*) fail "CAVEATS says \"$phrase\"" "$caveats" ;;
	esac
done

done_testing
