# plain.sh: plain line mode through a pipe and in a pseudo-terminal with
# TERM=dumb: the questions, the flag announcements, the summary, and
# never an escape byte.
. "$top_srcdir/tests/lib.sh"
rules="$top_srcdir/etc/redflag.conf"
case $rules in /*) ;; *) rules="$PWD/$rules" ;; esac
# the number of questions in the rules file
nq=$("$REDFLAG" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
# qnum ID: the number of the question with that id
qnum() {
	"$REDFLAG" -f "$rules" --list --format json | grep -o '{"id":"[a-z0-9_]*","group"' |
		grep -n "\"$1\"" | cut -d: -f1
}

# in80 NAME: every line of $TMPD/out is at most 80 columns.
in80() {
	awk 'length > 80 { bad = 1 } END { exit bad }' "$TMPD/out" && pass "$1" ||
		fail "$1" "$(awk 'length > 80' "$TMPD/out")"
}

# Through pipes: n to the first two questions, then the ids of a cauda
# equina sign and of an answer with no flag of its own on one line,
# then q; no report.
printf 'n\nn\nsaddle_numbness age_50_plus\nq\n\n' | "$REDFLAG" -f "$rules" >"$TMPD/out" 2>"$TMPD/err"
is "pipe: status 0" "$?" 0
is "pipe: says why plain mode" "$(cat "$TMPD/err")" \
	"redflag: standard input or output is not a terminal; plain line mode"
grep -q '^1\. New numbness or tingling around my bottom or genitals? \[y/n/?/b/q\] n$' "$TMPD/out" &&
	pass "pipe: a numbered question, with the answer echoed" ||
	fail "pipe: a numbered question, with the answer echoed" "$(head -n 12 "$TMPD/out")"
grep -q '^RED FLAG (emergency): Possible cauda equina syndrome' "$TMPD/out" &&
	pass "pipe: the flag is announced at once" || fail "pipe: the flag is announced at once" "$(cat "$TMPD/out")"
sed -n '/^RED FLAG (emergency): Possible cauda/,/^  What to do/p' "$TMPD/out" | tr '\n' ' ' |
	grep -q 'because: New numbness or tingling around my bottom or genitals' &&
	pass "pipe: the announcement says because of which answer" ||
	fail "pipe: the announcement says because of which answer" "$(cat "$TMPD/out")"
grep -q '^  What to do: Call an ambulance now' "$TMPD/out" &&
	pass "pipe: an emergency says what to do now" || fail "pipe: an emergency says what to do now"
grep -q '^Ticked answers (2):' "$TMPD/out" && grep -q '^1 red flag. The most urgent is EMERGENCY.' "$TMPD/out" &&
	pass "pipe: the final summary" || fail "pipe: the final summary" "$(tail -n 30 "$TMPD/out")"
grep -q '^No report saved: your answers were not written anywhere.' "$TMPD/out" &&
	pass "pipe: no report unless asked" || fail "pipe: no report unless asked"
no_escape "$TMPD/out" && pass "pipe: no escape byte" || fail "pipe: no escape byte"
in80 "pipe: lines of at most 80 columns"

# Clearing an answer clears its flag; b goes back; ? explains.
printf 'n\nn\ny\nb\n?\nn\nq\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>"$TMPD/err"
is "--plain: nothing on stderr" "$(cat "$TMPD/err")" ""
grep -q '^RED FLAG (emergency): Possible cauda equina syndrome' "$TMPD/out" &&
	grep -q '^Flag cleared (emergency): Possible cauda equina syndrome' "$TMPD/out" &&
	pass "--plain: a flag is announced and then cleared" || fail "--plain: a flag is announced and then cleared" "$(cat "$TMPD/out")"
grep -q '^    Also tick this if you cannot hold in a bowel movement' "$TMPD/out" && pass "--plain: ? shows the help text" ||
	fail "--plain: ? shows the help text" "$(cat "$TMPD/out")"
grep -q '^No red flag: no answer is ticked, so no red flag can show. This does not' "$TMPD/out" &&
	pass "--plain: no flag never reassures, and says nothing is ticked" ||
	fail "--plain: no flag never reassures, and says nothing is ticked" "$(tail -n 20 "$TMPD/out")"

# Replies in any case and with blanks; numbers out of range; a flag
# replaced by a more urgent one (25, a past cancer, is urgent until
# YES to question 1 makes it an emergency); a list is confirmed; q and
# ? at the save question are not file names.
printf '%s\n YES\nNo \ny\nB\n99 nosuch, 2\nQuit\n?\nq\n' "$(qnum cancer_history)" |
	"$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q '^3\. I have newly leaked pee or poo without meaning to? \[y/n/?/b/q\] y$' "$TMPD/out" &&
	pass "--plain: YES and No are answers" || fail "--plain: YES and No are answers" "$(head -n 14 "$TMPD/out")"
grep -q '^Replaced by a more urgent flag (urgent): Back pain in someone who has had' "$TMPD/out" &&
	pass "--plain: a flag replaced by a more urgent one says so" ||
	fail "--plain: a flag replaced by a more urgent one says so" "$(cat "$TMPD/out")"
grep -q '^Flag cleared' "$TMPD/out" && fail "--plain: no 'Flag cleared' when things got worse" ||
	pass "--plain: no 'Flag cleared' when things got worse"
grep -q '^there is no question 99: they go from 1 to '"$nq"'$' "$TMPD/out" && grep -q "^unknown symptom id 'nosuch'" "$TMPD/out" &&
	pass "--plain: each bad item of a list is named" || fail "--plain: each bad item of a list is named" "$(cat "$TMPD/out")"
grep -q '^Ticked: 2\. New trouble peeing, or peeing feels different\.$' "$TMPD/out" && pass "--plain: a list says what it ticked" ||
	fail "--plain: a list says what it ticked" "$(cat "$TMPD/out")"
grep -q '^Ticked answers (4):' "$TMPD/out" && pass "--plain: Quit finishes" || fail "--plain: Quit finishes" "$(tail -n 40 "$TMPD/out")"
grep -q '^A report is a text file' "$TMPD/out" && grep -q '^No report saved' "$TMPD/out" &&
	pass "--plain: ? and q at the save question are not file names" ||
	fail "--plain: ? and q at the save question are not file names" "$(tail -n 8 "$TMPD/out")"
[ ! -e q ] && [ ! -e '?' ] && pass "--plain: no file named q or ?" || fail "--plain: no file named q or ?"
in80 "--plain: echoed replies stay in 80 columns"

# The summary names the question where q was typed, not the furthest.
printf 'n\nn\nn\nb\nb\nq\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q "^You stopped at question 2 of $nq, before the end." "$TMPD/out" &&
	pass "the summary names the question where q was typed" ||
	fail "the summary names the question where q was typed" "$(grep stopped "$TMPD/out")"
# A flag cleared by an answer, while another answer sets off a more
# urgent flag that it does not name, is cleared, not "replaced": night
# pain sets off mscc_urgent, which clears cancer_history_flag at the
# same level, and chest pain an emergency that cancer_history_flag does
# not name.
printf 'cancer_history\n' >"$TMPD/start2"
printf 'night_pain chest_pain\nq\n\n' | "$REDFLAG" -f "$rules" --plain --answers "$TMPD/start2" >"$TMPD/out" 2>&1
grep -q '^Flag cleared (urgent): Back pain in someone who has had cancer' "$TMPD/out" &&
	! grep -q '^Replaced' "$TMPD/out" &&
	pass "'Replaced' only for a flag that names the more urgent one" ||
	fail "'Replaced' only for a flag that names the more urgent one" "$(grep -E '^(RED|Flag|Repl)' "$TMPD/out")"
# A long reply echoed from a pipe goes under its question, within 80 columns.
{ i=0; while [ $i -lt 38 ]; do echo; i=$((i + 1)); done
  echo "weight_loss, fatigue, night_pain, rest_pain, worse_lying_down, upper_back_pain"; echo q; echo; } |
	"$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q '^    weight_loss, fatigue, night_pain, rest_pain, worse_lying_down,$' "$TMPD/out" &&
	pass "a long echoed reply goes under its question" ||
	fail "a long echoed reply goes under its question" "$(grep -A2 '^39\.' "$TMPD/out")"
in80 "a long echoed reply stays in 80 columns"

# End of input is q: it finishes, never loops.
"$REDFLAG" -f "$rules" --plain </dev/null >"$TMPD/out" 2>&1
is "end of input finishes: status" "$?" 0
grep -q '^Ticked answers: none.' "$TMPD/out" && pass "end of input finishes with the summary" ||
	fail "end of input finishes with the summary" "$(cat "$TMPD/out")"
grep -q "^You stopped at question 1 of $nq, before the end." "$TMPD/out" &&
	pass "the summary says the checklist was not finished" ||
	fail "the summary says the checklist was not finished" "$(cat "$TMPD/out")"

# --answers is the starting point; several numbers on one line; a report.
printf 'chest_pain\n' >"$TMPD/start"
printf '40 41\nq\ny\n' | "$REDFLAG" -f "$rules" --plain --answers "$TMPD/start" >"$TMPD/out" 2>&1
grep -q '^RED FLAG (emergency): Back pain with chest pain' "$TMPD/out" &&
	pass "--answers: flags of the starting answers are announced" || fail "--answers: flags of the starting answers are announced" "$(head -n 20 "$TMPD/out")"
grep -q '^Ticked answers (3):' "$TMPD/out" && pass "numbers on one line tick answers" ||
	fail "numbers on one line tick answers" "$(cat "$TMPD/out")"
report=$(sed -n 's/^Report saved to \(redflag-report-[0-9-]*\.txt\) (only you.*/\1/p' "$TMPD/out")
[ -n "$report" ] && [ -f "$report" ] && is "the report has mode 0600" "$(stat -c %a "$report")" 600 ||
	fail "y saves a report" "$(tail -n 5 "$TMPD/out")"
[ -n "$report" ] && rm -f "$report"

# --report: written at the end, or exit status 74 if it cannot be.
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r.txt" >"$TMPD/out" 2>&1
is "--report: status 0" "$?" 0
[ -f "$TMPD/r.txt" ] && grep -q '^Ticked answers (1):' "$TMPD/r.txt" && pass "--report: the report is written" ||
	fail "--report: the report is written" "$(cat "$TMPD/out")"
printf 'q\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/no/such/dir/r.txt" >"$TMPD/out" 2>&1
is "--report that cannot be written: status 74" "$?" 74
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to $TMPD/no/such/dir/r.txt: No such file or directory." &&
	pass "--report that cannot be written: says why" || fail "--report that cannot be written: says why" "$(cat "$TMPD/out")"

# A report never takes the place of a directory, a FIFO or a device.
mkfifo "$TMPD/fifo"
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/fifo" >"$TMPD/out" 2>&1
is "--report to a FIFO: status 74" "$?" 74
[ -p "$TMPD/fifo" ] && tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to $TMPD/fifo: it is not a regular file." &&
	pass "--report to a FIFO: refused, the FIFO is still there" ||
	fail "--report to a FIFO: refused, the FIFO is still there" "$(tail -n 3 "$TMPD/out")"
# Reading accepts devices (--answers /dev/null); writing never does.
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report /dev/null >"$TMPD/out" 2>&1
is "--report to a device: status 74" "$?" 74
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to /dev/null: it is not a regular file." &&
	pass "--report to a device: refused" ||
	fail "--report to a device: refused" "$(tail -n 3 "$TMPD/out")"
mkdir "$TMPD/home"
printf 'y\nq\n%s\n~/r.txt\n' "$TMPD/home" | HOME=$TMPD/home "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save to $TMPD/home: it is a directory." &&
	pass "a directory as the report: refused" || fail "a directory as the report: refused" "$(tail -n 8 "$TMPD/out")"
[ -f "$TMPD/home/r.txt" ] && pass "~/ in a typed report name is the home directory" ||
	fail "~/ in a typed report name is the home directory" "$(tail -n 4 "$TMPD/out")"

# In a pseudo-terminal with TERM=dumb (tmux): plain mode starts by itself.
if [ -n "${TMUX_BIN:-}" ] && [ -x "$TMUX_BIN" ] || TMUX_BIN=$(command -v tmux); then
	. "$top_srcdir/tests/tmux.sh"
	tm_start 80 24 TERM=dumb -- -f "$rules"
	if tm_wait "1. New numbness or tingling around my bottom or genitals? [y/n/?/b/q]"; then pass "TERM=dumb: plain mode in a terminal"
	else fail "TERM=dumb: plain mode in a terminal" "$(tm_screen)"; fi
	tm_screen | grep -q "TERM is dumb; plain line mode" && pass "TERM=dumb: says so on stderr" ||
		fail "TERM=dumb: says so on stderr" "$(tm_screen)"
	tm_keys n Enter
	tm_wait "2. New trouble peeing"
	tm_keys n Enter
	tm_wait "3. I have newly leaked pee or poo"
	tm_keys y Enter
	if tm_wait "RED FLAG (emergency): Possible cauda equina syndrome"; then pass "TERM=dumb: the flag is announced"
	else fail "TERM=dumb: the flag is announced" "$(tm_screen)"; fi
	tm_keys q Enter
	tm_wait "Save a report?"
	tm_keys Enter
	tm_wait_dead && pass "TERM=dumb: it finishes" || fail "TERM=dumb: it finishes" "$(tm_screen)"
	tm_history | grep -q '^1 red flag. The most urgent is EMERGENCY.' && pass "TERM=dumb: the summary" ||
		fail "TERM=dumb: the summary" "$(tm_history)"
	no_escape "$TMPD/wire" && pass "TERM=dumb: no escape byte written" ||
		fail "TERM=dumb: no escape byte written" "$(od -c "$TMPD/wire" | grep -m3 033)"
	tm_start 80 24 TERM=no-such-terminal -- -f "$rules"
	tm_wait "1. New numbness or tingling around my bottom or genitals?" && tm_screen | grep -q "TERM=no-such-terminal is not known; plain line mode" &&
		pass "an unknown TERM: plain mode" || fail "an unknown TERM: plain mode" "$(tm_screen)"
fi

done_testing
