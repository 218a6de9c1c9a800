# manconf.sh: man/redflag.conf.5.in against the program.  The rules file
# in EXAMPLES must pass redflag --lint with no warnings, and every message
# that the files in tests/bad produce (their "# expect:" lines) must be
# listed in DIAGNOSTICS.  mandoc is not used here: lint.sh-style page
# checks belong to another test.
. "$(dirname "$0")/lib.sh"
page="$top_srcdir/man/redflag.conf.5.in"

if [ ! -r "$page" ]; then
	fail "the page exists" "cannot read $page"
	done_testing
	exit
fi

# unescape(s): undo the mdoc escapes the page uses, so that text reads
# as redflag prints it: \e is a backslash, \(dq a double quote, \(aq an
# apostrophe, \(rs a backslash, \- a hyphen, "\ " a space, and \& is
# nothing.  Any other escape is recorded in "bad", so that a new escape
# in the page makes the test fail rather than compare the wrong text.
awk_unescape='
function unescape(s,    out, i, c, n) {
	out = ""
	while ((i = index(s, "\\")) > 0) {
		out = out substr(s, 1, i - 1)
		c = substr(s, i + 1, 1)
		s = substr(s, i + 2)
		if (c == "e")
			out = out "\\"
		else if (c == "-" || c == " ")
			out = out c
		else if (c == "(") {
			n = substr(s, 1, 2)
			s = substr(s, 3)
			if (n == "dq")
				out = out "\""
			else if (n == "aq")
				out = out "'"'"'"
			else if (n == "rs")
				out = out "\\"
			else
				bad = bad " \\(" n
		} else if (c != "&")
			bad = bad " \\" c
	}
	return (out s)
}
'

# The example: the lines between the example-begin and example-end
# comments, less the .Bd and .Ed lines around them.  A line of the file
# itself never starts with a dot in the page (it would be written \&.),
# so any macro line in between is a mistake.
awk "$awk_unescape"'
/^\.\\" example-end/ { inside = 0; ended = 1; next }
inside && /^\.Bd -literal/ { bd++; next }
inside && /^\.Ed/ { ed++; next }
inside && /^\./ { macro = macro " " $1; next }
inside { print unescape($0); n++ }
/^\.\\" example-begin/ { inside = 1; begun++ }
END {
	if (begun != 1 || !ended || bd != 1 || ed != 1 || n == 0 ||
	    macro != "" || bad != "") {
		printf "markers %d/%d, .Bd %d, .Ed %d, %d lines", begun,
		    ended, bd, ed, n >"/dev/stderr"
		printf ", stray macros:%s, bad escapes:%s\n", macro,
		    bad >"/dev/stderr"
		exit 1
	}
}' "$page" >"$TMPD/example.conf" 2>"$TMPD/extract.err"
ok_extract=$?
[ "$ok_extract" -eq 0 ]
check "EXAMPLES holds one marked .Bd -literal rules file" \
    cat "$TMPD/extract.err"

run --lint "$TMPD/example.conf"
is "the example passes redflag --lint" "$rc" 0
is "the example gives no warnings or errors" "$err" ""

# EXAMPLES says this answer set fires the first of three levels, so the
# status is 1 + rank 3.
run -f "$TMPD/example.conf" --check cancer_history,both_legs
is "the example's --check gives the status the page states" "$rc" 4

# The messages.  Every .It line in DIAGNOSTICS is a message template:
# quoted text and bare words are literal, "Ar NAME" is a placeholder,
# "Ns" joins its neighbours without a space, and (as in mdoc) a token
# that is only closing punctuation attaches to the word before it, and
# one that is only ( or [ to the word after it.
#
# Each template becomes an anchored regular expression.  Literal text is
# matched exactly; each placeholder matches only what it stands for (a
# number, a name inside quotes, a setting as "symptom 'x': 'label'", and
# so on; see ph() below), so a broad template such as "WHAT is empty"
# cannot stand in for "the condition is empty", which is a different
# message.  A template whose last word is the placeholder PROBLEM is a
# prefix: it is tried in front of each other template of the same
# subsection (the condition messages follow "rule 'ID': 'when', column
# N: PROBLEM").  Templates with fewer than 3 literal characters, such as
# the bare "ERROR" (the system's reason for an unreadable file), match
# anything and are not used.
#
# Each distinct "# expect:" message, less its "LINE: " or "-: ", must
# match a template; "warning: " is part of the message and of the
# template.  A page that drops or rewords a message thus fails here.
awk "$awk_unescape"'
function ph(name) {
	if (name ~ /^(ID|NAME|OTHER|WORD|FIELD|SECTION|TEXT|RULE)$/)
		return ("[^'"'"']*")
	if (name ~ /^(LEVEL|LEVEL2)$/)
		return ("[a-z0-9_]+")
	if (name == "ANSWERS")
		return ("('"'"'[^'"'"']*'"'"'( and '"'"'[^'"'"']*'"'"')*|nothing ticked)")
	if (name == "LL")
		return ("[A-Za-z_@]+")
	if (name == "KEY")
		return ("[^'"'"']+")
	if (name ~ /^(WHY|QUESTION)$/)
		return (".+")
	if (name ~ /^(N|M|K)$/)
		return ("[0-9]+")
	if (name == "NUMBER")
		return ("[-+]?[0-9A-Fa-fxXL]+(\\.\\.\\.)?")
	if (name ~ /^(HH|XXXX)$/)
		return ("[0-9A-F]+")
	if (name == "C")
		return (".")
	if (name == "KIND")
		return ("(level|source|symptom|rule)")
	if (name == "ENTRY")
		return ("[a-z]+( [a-z]+)?( '"'"'[^'"'"']*'"'"')?")
	if (name == "WHAT")
		return ("([a-z]+( [a-z]+)?( '"'"'[^'"'"']*'"'"')?: )?" \
		    "'"'"'[a-z_]+'"'"'")
	if (name == "TOKEN")
		return ("('"'"'.*'"'"'|the end of the condition)")
	if (name == "CHAIN")
		return ("[a-z0-9_]+( -> [a-z0-9_]+)+( -> \\.\\.\\.)?")
	if (name == "ERROR")
		return (".+")
	unknown = unknown " " name
	return ("")
}
function resc(s,    out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\\")
			out = out "\\\\"
		else if (c == "^")
			out = out "\\^"
		else if (index(".[]|()*+?{}$", c))
			out = out "[" c "]"
		else
			out = out c
	}
	return (out)
}
# Parse the arguments of one .It line into re, lit and prefix.
function template(args,    tok, quoted, nospace, want_ph, prev, j) {
	re = ""; lit = 0; prefix = 0; nospace = 1; want_ph = 0; prev = ""
	while (args != "") {
		sub(/^ +/, "", args)
		if (args == "")
			break
		if (substr(args, 1, 1) == "\"") {
			j = index(substr(args, 2), "\"")
			if (j == 0) {
				badline = badline " [" $0 "]"
				j = length(args)
			}
			tok = substr(args, 2, j - 1)
			args = substr(args, j + 2)
			quoted = 1
		} else {
			j = index(args, " ")
			if (j == 0)
				j = length(args) + 1
			tok = substr(args, 1, j - 1)
			args = substr(args, j + 1)
			quoted = 0
		}
		if (!quoted && tok == "Ns") {
			nospace = 1
			continue
		}
		if (!quoted && tok == "Ar") {
			want_ph = 1
			continue
		}
		if (!quoted && tok ~ /^[A-Z][a-z][a-z]?$/) {
			badline = badline " [macro " tok " in: " $0 "]"
			continue
		}
		if (!nospace && tok !~ /^[].,:;)?!]$/ && prev !~ /^[([]$/) {
			re = re " "
			lit++
		}
		nospace = 0
		prefix = 0
		if (want_ph) {
			want_ph = 0
			if (tok == "PROBLEM")
				prefix = 1
			else
				re = re ph(tok)
		} else {
			tok = unescape(tok)
			re = re resc(tok)
			lit += length(tok)
		}
		prev = tok
	}
}
FNR == 1 { file++ }
file == 1 && /^\.Sh / { in_diag = ($0 == ".Sh DIAGNOSTICS"); next }
file == 1 && in_diag && /^\.Ss / { ss = substr($0, 5); next }
file == 1 && in_diag && /^\.It / {
	template(substr($0, 5))
	if (prefix) {
		npre++
		pre_re[npre] = "^" re
		pre_ss[npre] = ss
	} else if (lit >= 3) {
		nt++
		t_re[nt] = "^" re "$"
		t_ss[nt] = ss
	}
	next
}
file == 2 {
	m = $0
	found = 0
	for (i = 1; i <= nt && !found; i++)
		found = m ~ t_re[i]
	for (k = 1; k <= npre && !found; k++) {
		for (i = 1; i <= nt && !found; i++) {
			if (t_ss[i] == pre_ss[k])
				found = m ~ (pre_re[k] substr(t_re[i], 2))
		}
	}
	print found "\t" m
}
END {
	if (nt < 10 || npre < 1 || unknown != "" || bad != "" ||
	    badline != "") {
		printf "%d templates, %d prefixes; unknown placeholders:%s; " \
		    "bad escapes:%s; bad lines:%s\n", nt, npre, unknown, bad,
		    badline >"/dev/stderr"
		exit 1
	}
}' "$page" - >"$TMPD/matched" 2>"$TMPD/templates.err" <<EOF
$(for f in "$top_srcdir"/tests/bad/*.conf; do
	sed -n 's/^# expect: //p' "$f"
done | sed 's/^-: //; s/^[0-9][0-9]*: //' | sort -u)
this message is not documented anywhere
EOF
check "DIAGNOSTICS parses into message templates" cat "$TMPD/templates.err"

# The last line is a control: a message the page does not have must not
# match, or the check above proves nothing.
is "an undocumented message matches no template" \
    "$(tail -n 1 "$TMPD/matched")" \
    "0	this message is not documented anywhere"
sed '$d' "$TMPD/matched" >"$TMPD/messages"
n=$(wc -l <"$TMPD/messages")
if [ "$n" -ge 50 ]; then
	pass "tests/bad gives $((n)) distinct messages to look for"
else
	fail "tests/bad gives enough distinct messages to look for" \
	    "only $n"
fi
while IFS='	' read -r found msg; do
	name="documented: $(printf '%s' "$msg" | tr '#' '?')"
	[ "$found" = 1 ]
	check "$name" show "no .It template in DIAGNOSTICS matches:" "$msg"
done <"$TMPD/messages"

done_testing
