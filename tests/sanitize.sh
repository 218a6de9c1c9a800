# sanitize.sh: no byte that a terminal takes as a command ever reaches
# it, whatever is typed or named: every message and echo, swept with
# hostile option names, ids, answers, replies and file names, in the C,
# C.UTF-8, en_US.ISO-8859-1 and tr_TR.UTF-8 locales.  Outside UTF-8,
# output is ASCII: a byte of a UTF-8 character could be a C1 control
# there (0x9B is CSI).  And ASCII ids and replies mean the same in every
# locale, Turkish included.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
for l in en_US.iso88591 tr_TR.utf8; do
	locale -a | grep -qx "$l" ||
		skip_all "locale $l missing (build-aux/install-deps makes it)"
done

# A title change (OSC), an 8-bit CSI as a UTF-8 character, a Latin-1
# letter whose second byte is CSI, a lone CSI byte, a right-to-left
# override, and a bell.
hostile=$(printf '\033]0;pwned\007|\302\23331m|\303\233|\23331m|\342\200\256|\007')

# bad FILE LOCALE: say which forbidden byte FILE holds, if any.
bad() {
	if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' "$1"; then
		echo "a C0 control"
	elif [ "${2#*UTF-8}" = "$2" ] && LC_ALL=C grep -qP '[\x80-\xff]' "$1"; then
		echo "a byte over 0x7F outside UTF-8"
	elif LC_ALL=C grep -qP '\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]' "$1"; then
		echo "a C1 control or a bidi override"
	fi
}

# sweep NAME LOCALE COMMAND...: run COMMAND; its output holds nothing bad.
sweep() {
	name=$1 loc=$2; shift 2
	LC_ALL=$loc "$@" >"$TMPD/sw" 2>&1
	why=$(bad "$TMPD/sw" "$loc")
	if [ -z "$why" ]; then pass "$loc: $name"
	else fail "$loc: $name: $why" "$(od -c "$TMPD/sw" | head -n 20)"; fi
}

printf 'age_50_plus\n%s\nx%s\n' "$hostile" "$hostile" >"$TMPD/answers"
mkdir "$TMPD/out"
for loc in C C.UTF-8 en_US.ISO-8859-1 tr_TR.UTF-8; do
	sweep "a long option getopt does not know" "$loc" "$REDFLAG" "--$hostile"
	sweep "a long option with an argument it takes not" "$loc" \
	    "$REDFLAG" "--list=$hostile"
	sweep "a short option getopt does not know" "$loc" "$REDFLAG" \
	    "-$(printf '\233')"
	sweep "an unexpected argument" "$loc" "$REDFLAG" --list "$hostile"
	sweep "--format" "$loc" "$REDFLAG" --list --format "$hostile"
	sweep "--check ids" "$loc" "$REDFLAG" --check "$hostile,x$hostile"
	sweep "--check ids, JSON" "$loc" "$REDFLAG" --format json \
	    --check "$hostile"
	sweep "an answers file" "$loc" "$REDFLAG" --answers "$TMPD/answers"
	sweep "an answers file that is not there" "$loc" "$REDFLAG" \
	    --answers "$TMPD/$hostile"
	sweep "a rules file that is not there" "$loc" "$REDFLAG" \
	    -f "$TMPD/$hostile" --list
	sweep "--lint of a file that is not there" "$loc" "$REDFLAG" \
	    --lint "$TMPD/$hostile"
	printf '%s\n1 %s\nq\n%s/no/%s\nn\n' "$hostile" "$hostile" "$TMPD" \
	    "$hostile" >"$TMPD/replies"
	sweep "plain mode's echo and its report prompt" "$loc" \
	    sh -c '"$0" -f "$1" --plain <"$2"' "$REDFLAG" "$rules" \
	    "$TMPD/replies"
	sweep "plain mode's --report that cannot be written" "$loc" \
	    sh -c '"$0" --plain --report "$1" </dev/null' "$REDFLAG" \
	    "$TMPD/no/$hostile"
	sweep "plain mode's --report written" "$loc" \
	    sh -c '"$0" --plain --report "$1" </dev/null' "$REDFLAG" \
	    "$TMPD/out/$hostile"
done

# The checklist's summary and error name the --report file: every byte
# it writes is in $TMPD/wire.
for loc in C.UTF-8 en_US.ISO-8859-1; do
	for where in out no; do
		tm_start 80 24 LC_ALL=$loc -- -f "$rules" --report "$TMPD/$where/$hostile"
		tm_wait "Space tick"
		tm_keys q
		tm_wait_dead
		pat='\x1b\]0;pwned|\x9b31m|\xc2\x9b|\xe2\x80\xae'
		[ $loc = C.UTF-8 ] || pat="$pat|\x9b"
		if LC_ALL=C grep -qP "$pat" "$TMPD/wire"; then
			fail "$loc: the checklist's --report name ($where)" \
			    "$(od -c "$TMPD/wire" | tail -n 20)"
		else pass "$loc: the checklist's --report name ($where)"; fi
	done
done

# ASCII case, the same in Turkish: I folds to i.
LC_ALL=tr_TR.UTF-8 "$REDFLAG" --check CHEST_PAIN >/dev/null 2>"$TMPD/err"
is "tr_TR: 'did you mean' for an id in capitals" "$(cat "$TMPD/err")" \
	"redflag: --check: unknown symptom id 'CHEST_PAIN' (did you mean 'chest_pain'?)"
printf 'QUIT\n\n' | LC_ALL=tr_TR.UTF-8 "$REDFLAG" -f "$rules" --plain >"$TMPD/out.txt" 2>&1
is "tr_TR: QUIT ends plain mode" \
	"$(grep -c 'Unfinished: stopped with q at question 1 of' "$TMPD/out.txt")" 1
printf 'YES\nQUIT\n\n' | LC_ALL=tr_TR.UTF-8 "$REDFLAG" -f "$rules" --plain >"$TMPD/out.txt" 2>&1
is "tr_TR: YES ticks" "$(grep -c 'Unfinished: stopped with q at question 2 of' "$TMPD/out.txt")" 1

done_testing
