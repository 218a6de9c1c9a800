# safety-mdoc.awk: put the safety sentences of src/safety.def in a page.
# Usage: awk -f safety-mdoc.awk src/safety.def PAGE
# The page is copied with each line "@SAFETY NAME@" replaced by the
# sentence NAME of the table, on a line of its own as mdoc wants.  It
# fails on a name the table does not have, and on a table it cannot
# read, so that a page never says other words than the program.

function die(msg) {
	print "safety-mdoc.awk: " FILENAME ":" FNR ": " msg >"/dev/stderr"
	failed = 1
	exit 1
}

# The quoted strings of s, joined.
function strings(s,    out) {
	out = ""
	while (match(s, /"[^"]*"/)) {
		out = out substr(s, RSTART + 1, RLENGTH - 2)
		s = substr(s, RSTART + RLENGTH)
	}
	return out
}

NR == FNR {
	if (incomment) {
		if (/\*\//)
			incomment = 0
		next
	}
	if (/^[ \t]*\/\*/) {
		incomment = !/\*\//
		next
	}
	if (/^SAFETY\(/) {
		name = $0
		sub(/^SAFETY\([ \t]*/, "", name)
		sub(/[ \t]*,.*/, "", name)
		if (name !~ /^[A-Z_]+$/)
			die("a SAFETY without a name")
		text[name] = ""
		inentry = 1
	}
	if (inentry) {
		if (strings($0) ~ /\\/)
			die("a backslash: write the text without escapes")
		text[name] = text[name] strings($0)
		if (/\)[ \t]*$/)
			inentry = 0
		next
	}
	if (!/^[ \t]*$/)
		die("not a SAFETY: " $0)
	next
}

/@SAFETY / {
	name = $0
	if (!sub(/^@SAFETY /, "", name) || !sub(/@$/, "", name))
		die("@SAFETY NAME@ must be alone on its line")
	if (!(name in text))
		die("no sentence " name " in the table")
	t = text[name]
	if (t ~ /^[.']/)
		t = "\\&" t
	print t
	next
}

{ print }

END {
	if (failed)
		exit 1
}
