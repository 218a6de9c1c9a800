# keys-mdoc.awk: write the KEYS list of redflag(1) from src/keys.def.
# Usage: awk -f keys-mdoc.awk src/keys.def man/redflag.1.in
# The page is copied with its line "@KEYS@" replaced by an .It item for
# each KEY of the table: its BINDs' names, then its text, a sentence a
# line.  It fails on a table it cannot read, so that the page is never
# written without its keys.

function die(msg) {
	print "keys-mdoc.awk: " FILENAME ":" FNR ": " msg >"/dev/stderr"
	failed = 1
	exit 1
}

# The quoted strings of s, joined; the first only when first is set.
function strings(s, first,    out) {
	out = ""
	while (match(s, /"[^"]*"/)) {
		out = out substr(s, RSTART + 1, RLENGTH - 2)
		s = substr(s, RSTART + RLENGTH)
		if (first)
			break
	}
	return out
}

# A key name as an mdoc argument: lone punctuation must be escaped.
function keyname(k) {
	return (k ~ /^[][(),.:;?!|]$/ ? "\\&" k : k)
}

function text_lines(t,    out) {
	gsub(/\. +/, ".\n", t)
	gsub(/\n\./, "\n\\\\\\&.", t)
	return t
}

NR == FNR {
	if (intro) {
		if (/\*\//)
			intro = 0
		next
	}
	if (/^\/\*/) {
		intro = !/\*\//
		next
	}
	if (/^KEY\(/) {
		n++
		text[n] = ""
		inkey = 1
	}
	if (inkey) {
		if (strings($0, 0) ~ /\\/)
			die("a backslash: write the text without escapes")
		text[n] = text[n] strings($0, 0)
		if (/\)[ \t]*$/)
			inkey = 0
		next
	}
	if (/^BIND\(/) {
		if (n == 0)
			die("a BIND before any KEY")
		k = strings($0, 1)
		if (k == "")
			die("a BIND without a name")
		if (k != last[n])
			names[n] = names[n] (names[n] == "" ? "" : " , ") "Ic " keyname(k)
		last[n] = k
		next
	}
	if (!/^[ \t]*$/)
		die("not a KEY or a BIND: " $0)
	next
}

$0 == "@KEYS@" {
	if (n == 0)
		die("no KEY in the table")
	for (i = 1; i <= n; i++) {
		if (names[i] == "")
			die("KEY " i " has no BIND")
		print ".It " names[i]
		print text_lines(text[i])
	}
	done++
	next
}

{ print }

END {
	if (!failed && done != 1) {
		print "keys-mdoc.awk: the page must have one line @KEYS@" >"/dev/stderr"
		exit 1
	}
}
