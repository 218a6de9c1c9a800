# plain.sh: plain line mode through a pipe and in a pseudo-terminal with
# TERM=dumb: the questions, where they are, the commands, the flag
# announcements, the summary, the report (which says what was asked),
# names at the save question, signals, and never an escape byte.
. "$(dirname "$0")/lib.sh"
rules="$top_srcdir/etc/redflag.conf"
# the number of questions in the rules file
nq=$("$REDFLAG" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
# qnum ID: the number of the question with that id
qnum() {
	"$REDFLAG" -f "$rules" --list --format json | grep -o '{"id":"[a-z0-9_]*","group"' |
		grep -n "\"$1\"" | cut -d: -f1
}

# in80 NAME: every line of $TMPD/out is at most 80 columns.
in80() {
	awk 'length > 80 { bad = 1 } END { exit bad }' "$TMPD/out"
	check "$1" awk 'length > 80' "$TMPD/out"
}

# Through pipes: n to the first two questions, then the ids of a cauda
# equina sign and of an answer with no flag of its own on one line,
# then q; no report.
printf 'n\nn\nsaddle_numbness age_50_plus\nq\n\n' | "$REDFLAG" -f "$rules" >"$TMPD/out" 2>"$TMPD/err"
is "pipe: status 0" "$?" 0
is "pipe: says why plain mode" "$(cat "$TMPD/err")" \
	"redflag: standard input or output is not a terminal; plain line mode"
grep -q "^1 of $nq\\. New numbness or tingling around my bottom or genitals? n\$" "$TMPD/out"
check "pipe: a numbered question, with the answer echoed" head -n 12 "$TMPD/out"
grep -q '^RED FLAG (emergency): Possible cauda equina syndrome' "$TMPD/out"
check "pipe: the flag is announced at once" cat "$TMPD/out"
sed -n '/^RED FLAG (emergency): Possible cauda/,/^  What to do/p' "$TMPD/out" | tr '\n' ' ' |
	grep -q 'because: New numbness or tingling around my bottom or genitals'
check "pipe: the announcement says because of which answer" cat "$TMPD/out"
grep -q '^  What to do: Call an ambulance now' "$TMPD/out"
check "pipe: an emergency says what to do now"
grep -q '^Ticked: 1\. New numbness or tingling around my bottom or genitals; [0-9]*\. I am 50' "$TMPD/out" &&
	grep -q '^1 red flag:$' "$TMPD/out" && grep -q '^EMERGENCY: Call an ambulance now' "$TMPD/out"
check "pipe: the final summary" tail -n 30 "$TMPD/out"
grep -q '^No report saved: your answers were not written anywhere.' "$TMPD/out"
check "pipe: no report unless asked"
no_escape "$TMPD/out"
check "pipe: no escape byte"
in80 "pipe: lines of at most 80 columns"

# Clearing an answer clears its flag; b goes back; ? explains.
printf 'n\nn\ny\nb\n?\nn\nq\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>"$TMPD/err"
is "--plain: nothing on stderr" "$(cat "$TMPD/err")" ""
grep -q '^RED FLAG (emergency): Possible cauda equina syndrome' "$TMPD/out" &&
	grep -q '^Flag cleared (emergency): Possible cauda equina syndrome' "$TMPD/out"
check "--plain: a flag is announced and then cleared" cat "$TMPD/out"
grep -q '^    Also tick this if you cannot hold in a bowel movement' "$TMPD/out"
check "--plain: ? shows the help text" cat "$TMPD/out"
grep -q '^No answer is ticked, so no red flag can show. This does not rule out' "$TMPD/out"
check "--plain: no flag never reassures, and says nothing is ticked" tail -n 20 "$TMPD/out"

# --save-answers writes yes as id and no as !id, mode 0600; taken up
# again with --answers, the same answers give the same flags.
printf 'y\nn\nq\n\n' | "$REDFLAG" -f "$rules" --plain --save-answers "$TMPD/saved" >"$TMPD/out" 2>&1
is "--save-answers: plain mode ends as usual" "$?" 0
is "--save-answers: never says the answers were not written" "$(tail -n 1 "$TMPD/out")" \
"No report saved; your answers go to the file named with --save-answers."
is "--save-answers: a yes and a no" "$(grep -v '^#' "$TMPD/saved" | tr '\n' ' ')" "saddle_numbness !urine_trouble "
is "--save-answers: mode 0600" "$(stat -c %a "$TMPD/saved")" 600
printf 'l\nq\n\n' | "$REDFLAG" -f "$rules" --plain --answers "$TMPD/saved" >"$TMPD/out" 2>&1
grep -q '^Answered 2 of ' "$TMPD/out" && grep -q ' Yes: 1\. No: 2\.' "$TMPD/out"
check "--answers takes up a saved session, its no as well" cat "$TMPD/out"

# Replies in any case and with blanks; numbers out of range; a flag
# replaced by a more urgent one (25, a past cancer, is urgent until
# YES to question 1 makes it an emergency); a list is confirmed; q and
# ? at the save question are not file names.
printf '%s\n YES\nNo \ny\nB\n99 nosuch, 2\nQuit\n\n?\nq\n' "$(qnum cancer_history)" |
	"$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q "^3 of $nq\\. I have newly leaked pee or poo without meaning to? y\$" "$TMPD/out"
check "--plain: YES and No are answers" head -n 14 "$TMPD/out"
grep -q '^Replaced by a more urgent flag (urgent): Back pain in someone who has had' "$TMPD/out"
check "--plain: a flag replaced by a more urgent one says so" cat "$TMPD/out"
! grep -q '^Flag cleared' "$TMPD/out"
check "--plain: no 'Flag cleared' when things got worse"
grep -q '^There is no question 99: they go from 1 to '"$nq"'\.$' "$TMPD/out" && grep -q "^unknown symptom id 'nosuch'" "$TMPD/out"
check "--plain: each bad item of a list is named" cat "$TMPD/out"
grep -q '^Ticked: 2\. New trouble peeing, or peeing feels different\.$' "$TMPD/out"
check "--plain: a list says what it ticked" cat "$TMPD/out"
grep -q '^Summary\. Unfinished: stopped with q at question 3 of' "$TMPD/out"
check "--plain: Quit finishes" tail -n 40 "$TMPD/out"
grep -q '^A report is a text file' "$TMPD/out" && grep -q '^No report saved' "$TMPD/out"
check "--plain: ? and q at the save question are not file names" tail -n 8 "$TMPD/out"
[ ! -e q ] && [ ! -e '?' ]
check "--plain: no file named q or ?"
in80 "--plain: echoed replies stay in 80 columns"

# The summary names the question where q was typed, not the furthest.
printf 'n\nn\nn\nb\nb\nq\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q "^Summary\\. Unfinished: stopped with q at question 2 of $nq\\." "$TMPD/out"
check "the summary names the question where q was typed" grep -A1 Summary "$TMPD/out"
# A flag cleared by an answer, while another answer sets off a more
# urgent flag that it does not name, is cleared, not "replaced": night
# pain sets off mscc_urgent, which clears cancer_history_flag at the
# same level, and chest pain an emergency that cancer_history_flag does
# not name.
printf 'cancer_history\n' >"$TMPD/start2"
printf 'night_pain chest_pain\nq\n\n' | "$REDFLAG" -f "$rules" --plain --answers "$TMPD/start2" >"$TMPD/out" 2>&1
grep -q '^Flag cleared (urgent): Back pain in someone who has had cancer' "$TMPD/out" &&
	! grep -q '^Replaced' "$TMPD/out"
check "'Replaced' only for a flag that names the more urgent one" \
    grep -E '^(RED|Flag|Repl)' "$TMPD/out"
# A long reply echoed from a pipe goes under its question, within 80 columns.
{ i=0; while [ $i -lt 38 ]; do echo; i=$((i + 1)); done
  echo "weight_loss, fatigue, night_pain, rest_pain, worse_lying_down, upper_back_pain"; echo q; echo; } |
	"$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q '^    weight_loss, fatigue, night_pain, rest_pain, worse_lying_down,$' "$TMPD/out"
check "a long echoed reply goes under its question" grep -A2 '^39 of' "$TMPD/out"
in80 "a long echoed reply stays in 80 columns"

# End of input is q: it finishes, never loops.
"$REDFLAG" -f "$rules" --plain </dev/null >"$TMPD/out" 2>&1
is "end of input finishes: status" "$?" 0
grep -q '^Ticked: none\.$' "$TMPD/out"
check "end of input finishes with the summary" cat "$TMPD/out"
grep -q "^Summary\\. Unfinished: the input ended at question 1 of $nq\\." "$TMPD/out"
check "the summary says the checklist was not finished" cat "$TMPD/out"

# --answers is the starting point; several numbers on one line; a report.
printf 'chest_pain\n' >"$TMPD/start"
printf '40 41\nq\n\ny\n' | "$REDFLAG" -f "$rules" --plain --answers "$TMPD/start" >"$TMPD/out" 2>&1
grep -q '^RED FLAG (emergency): Back pain with chest pain' "$TMPD/out"
check "--answers: flags of the starting answers are announced" head -n 20 "$TMPD/out"
tr '\n' ' ' <"$TMPD/out" | grep -q 'Ticked: 11\. I have chest pain as well as back pain; 40\. .*; 41\. '
check "numbers on one line tick answers" cat "$TMPD/out"
report=$(sed -n 's/^Report saved to \(redflag-report-[0-9-]*\.txt\) (only you.*/\1/p' "$TMPD/out")
[ -n "$report" ] && [ -f "$report" ] && is "the report has mode 0600" "$(stat -c %a "$report")" 600 ||
	fail "y saves a report" "$(tail -n 5 "$TMPD/out")"
[ -n "$report" ] && rm -f "$report"

# --report: written at the end, or exit status 74 if it cannot be.
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r.txt" >"$TMPD/out" 2>&1
is "--report: status 0" "$?" 0
[ -f "$TMPD/r.txt" ] && grep -q '^Answered yes (1):' "$TMPD/r.txt"
check "--report: the report is written" cat "$TMPD/out"
printf 'q\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/no/such/dir/r.txt" >"$TMPD/out" 2>&1
is "--report that cannot be written: status 74" "$?" 74
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to $TMPD/no/such/dir/r.txt: No such file or directory."
check "--report that cannot be written: says why" cat "$TMPD/out"

# A report never takes the place of a directory, a FIFO or a device.
mkfifo "$TMPD/fifo"
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/fifo" >"$TMPD/out" 2>&1
is "--report to a FIFO: status 74" "$?" 74
[ -p "$TMPD/fifo" ] && tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to $TMPD/fifo: it is not a regular file."
check "--report to a FIFO: refused, the FIFO is still there" tail -n 3 "$TMPD/out"
# Reading accepts devices (--answers /dev/null); writing never does.
printf 'y\nq\n' | "$REDFLAG" -f "$rules" --plain --report /dev/null >"$TMPD/out" 2>&1
is "--report to a device: status 74" "$?" 74
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to /dev/null: it is not a regular file."
check "--report to a device: refused" tail -n 3 "$TMPD/out"
mkdir "$TMPD/home"
printf 'y\nq\n\n%s\n~/r.txt\n' "$TMPD/home" | HOME=$TMPD/home "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
tr '\n' ' ' <"$TMPD/out" | grep -q "Could not save the report to $TMPD/home: it is a directory."
check "a directory as the report: refused" tail -n 8 "$TMPD/out"
[ -f "$TMPD/home/r.txt" ]
check "~/ in a typed report name is the home directory" tail -n 4 "$TMPD/out"

# 1. Where each question is: "N of TOTAL", and each part named once, in
# one line, when answering straight through.
ng=$("$REDFLAG" -f "$rules" --list | sed -n '/^Symptoms:/,/^Rules:/p' | grep -c '^  [^ ]')
yes n | head -n $((nq + 5)) | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
is "each question says N of $nq" "$(grep -c "^[0-9]* of $nq\. " "$TMPD/out")" "$nq"
is "each part is announced once" "$(grep -c "^Part [0-9]* of $ng: [^ ].*\.$" "$TMPD/out")" "$ng"
grep -q "^Part 2 of $ng: .*\.$" "$TMPD/out"
check "a part is one short line" grep '^Part' "$TMPD/out"
grep -q "^Summary\. Finished: all $nq questions were asked\. Every question was" "$TMPD/out"
check "answered through: the summary says every question was answered" grep -A2 Summary "$TMPD/out"

# 2. Asked again, a question says its answer: yes, no, or nothing when
# it was never answered (Enter leaves it so).
printf 'n\n\ny\nb\nb\nb\nq\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q "^3 of $nq\. .*? (now yes) b$" "$TMPD/out"
check "asked again: (now yes)" grep "^[0-9]* of" "$TMPD/out"
grep -q "^1 of $nq\. .*? (now no) q$" "$TMPD/out"
check "asked again: (now no)" grep "^[0-9]* of" "$TMPD/out"
is "asked again: nothing for an answer never given" "$(grep -c "^2 of $nq\. New trouble peeing, or peeing feels different? b$" "$TMPD/out")" 1
grep -q "^Summary\. Unfinished: stopped with q at question 1 of $nq\. $((nq - 2)) of the" "$TMPD/out"
check "Enter is not an answer: it is counted as never answered" grep -A2 Summary "$TMPD/out"

# 3. The commands, in any case: ? lists them, l reviews, g N goes, s
# skips to the next part.
printf 'n\n?\ny\nL\nG 12\ny\nS\ng 999\ng\ngo 2\nl\nq\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
tr '\n' ' ' <"$TMPD/out" | grep -q 'Commands: y yes; n no; Enter leaves the answer as it is; b back; g and a number goes to that question; s skips to the next part; l lists your answers; q finishes; ? this help\.'
check "? lists the commands" cat "$TMPD/out"
grep -q "^Answered 2 of $nq\. Yes: 2\. No: 1\. Not answered: 3 to $nq\. Red flags now: 1\.$" "$TMPD/out"
check "L reviews the answers so far" grep '^Answered' "$TMPD/out"
grep -q "^12 of $nq\. .* y$" "$TMPD/out"
check "G 12 goes to question 12" grep "^[0-9]* of" "$TMPD/out"
grep -A1 "^13 of $nq\. .* S$" "$TMPD/out" | grep -q "^Part 3 of $ng: "
check "S skips to the next part" cat "$TMPD/out"
grep -q "^There is no question 999: they go from 1 to $nq\.$" "$TMPD/out" &&
	grep -q '^Type g and a question number, such as g 12\.$' "$TMPD/out"
check "g with no question, or none, says why" cat "$TMPD/out"
grep -q "^Answered 3 of $nq\. Yes: 2, 12\. No: 1\. Not answered: 3 to 11, 13 to $nq\." "$TMPD/out"
check "the review gives ranges" grep '^Answered' "$TMPD/out"
# s in the last part ends the questions
last=$(( nq - $("$REDFLAG" -f "$rules" --list | sed -n '/^Symptoms:/,/^Rules:/p' | awk '/^  [^ ]/ { n = 0 } /^    / { n++ } END { print n }') + 1 ))
printf 'g %s\ns\n' "$last" | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
tr '\n' ' ' <"$TMPD/out" | grep -q "Summary\. Finished: all $nq questions were asked\. $nq of the $nq questions were never answered"
check "s in the last part ends the questions, none answered" grep -A2 Summary "$TMPD/out"

# A line too long to be a reply is refused as a whole, never cut.
{ printf 'y%02000d\n' 0; echo q; } | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
grep -q '^That line is too long\.$' "$TMPD/out" && grep -q '^Ticked: none\.$' "$TMPD/out"
check "a line of 2001 bytes is refused, not taken in part" tail -n 12 "$TMPD/out"

# 4. The summary: each level's action once, the flags under it, a
# flag's details when its number is typed, 80 columns.
printf 'y\ng 11\ny\nq\n2\n\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/out" 2>&1
sed -n '/^Summary/,$p' "$TMPD/out" >"$TMPD/summary"
is "the summary says an action once" "$(sed -n "/^For a flag's details/q; p" "$TMPD/summary" | grep -c 'Call an ambulance now')" 1
is "the summary's level line" "$(grep -c '^EMERGENCY: Call an ambulance now' "$TMPD/summary")" 1
grep -q '^  1\. Possible cauda equina syndrome' "$TMPD/summary" && grep -q '^  2\. Back pain with chest pain' "$TMPD/summary"
check "the flags are numbered under their level" cat "$TMPD/summary"
grep -q '^  Because: I have chest pain as well as back pain$' "$TMPD/summary" && ! grep -q '^  Because: New numbness' "$TMPD/summary"
check "2 gives the details of flag 2 only" cat "$TMPD/summary"
grep -q '^  What to do: as said above for EMERGENCY\.$' "$TMPD/out"
check "a second flag of a level does not say its action again" cat "$TMPD/out"
in80 "the summary and details: 80 columns"

# 5. Reports say what was and was not asked.
printf 'n\ny\nq\n\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r5.txt" >"$TMPD/out" 2>&1
grep -q "^Unfinished: stopped with q at question 3 of $nq\. $((nq - 2)) of the $nq" "$TMPD/r5.txt"
check "report: stopped with q, and how many never answered" head -n 5 "$TMPD/r5.txt"
yes n | head -n $((nq + 5)) | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r5.txt" >"$TMPD/out" 2>&1
grep -q "^Finished: all $nq questions were asked\. Every question was answered\.$" "$TMPD/r5.txt"
check "report: finished" head -n 5 "$TMPD/r5.txt"
# Output that fails: no question is read unseen; the report says so.
for how in full closed; do
	rm -f "$TMPD/r5.txt"
	if [ $how = full ]; then printf 'y\ny\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r5.txt" >/dev/full 2>"$TMPD/err"
	else printf 'y\ny\n' | "$REDFLAG" -f "$rules" --plain --report "$TMPD/r5.txt" >&- 2>"$TMPD/err"; fi
	is "output $how: status 74" "$?" 74
	grep -q "^Unfinished: cut short, as the questions could not be written, at question 1 of$" "$TMPD/r5.txt" &&
		grep -q '^Answered yes (0): none\.$' "$TMPD/r5.txt"
	check "output $how: the report says it was cut short, and no unseen answer" cat "$TMPD/r5.txt" "$TMPD/err"
done

# 6. The save question takes only a reasonable name and says why not.
mkdir "$TMPD/names"
long=$(printf '%0300d' 0)
printf 'q\nbad\033[2Jname\n%s\nab\377\n' "$long" | (cd "$TMPD/names" && "$REDFLAG" -f "$rules" --plain) >"$TMPD/out" 2>&1
grep -q '^That name cannot be used: it holds a control character\.$' "$TMPD/out" &&
	grep -q '^That name cannot be used: it is longer than 255 bytes\.$' "$TMPD/out" &&
	grep -q '^That name cannot be used: it is not text\.$' "$TMPD/out"
check "save: names refused, each with its reason" tail -n 12 "$TMPD/out"
grep -q '^No report saved' "$TMPD/out" && [ -z "$(ls -A "$TMPD/names")" ]
check "save: three refused names, nothing saved" ls -A "$TMPD/names"
head -c 200000 /dev/urandom | tr -d '\n' | { printf 'q\n'; cat; printf '\nq\n'; } |
	(cd "$TMPD/names" && "$REDFLAG" -f "$rules" --plain) >"$TMPD/out" 2>&1
[ -z "$(ls -A "$TMPD/names")" ]
check "save: random bytes save nothing" eval 'ls -A "$TMPD/names" | od -c | head -n 3'
no_escape "$TMPD/out"
check "save: no escape byte echoed"

# 7. SIGHUP and SIGTERM through a pipe: the answers so far are saved,
# marked unfinished, and the status is 128 + N.
for sig in HUP TERM; do
	rm -f "$TMPD/in" "$TMPD/r7.txt"
	mkfifo "$TMPD/in"
	"$REDFLAG" -f "$rules" --plain --report "$TMPD/r7.txt" <"$TMPD/in" >"$TMPD/out" 2>&1 &
	pid=$!
	exec 3>"$TMPD/in"
	printf 'y\nn\n' >&3
	i=0; while ! grep -q "^3 of $nq" "$TMPD/out" && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
	kill -$sig $pid
	wait $pid
	rc=$?
	case $sig in HUP) want=129 ;; *) want=143 ;; esac
	is "SIG$sig: status" "$rc" "$want"
	exec 3>&-
	grep -q "^Unfinished: ended by .*SIG$sig.* at question 3 of $nq\. $((nq - 2)) of the" "$TMPD/r7.txt" &&
		grep -q '^Answered yes (1):' "$TMPD/r7.txt"
	check "SIG$sig: the report holds the answers, marked unfinished" \
	    eval 'cat "$TMPD/out"; head -n 8 "$TMPD/r7.txt"'
done

# 8. Words to the first question (an emergency sign), as a listener
# hears them: at most 60 (there were 91 before questions said where
# they are and the intro was cut down).
words=$(top_srcdir=$top_srcdir sh "$top_srcdir/tests/bench/plain-words.sh" "$REDFLAG" | sed -n 's/^words to the first (emergency) question: //p')
[ -n "$words" ] && [ "$words" -le 60 ] && pass "at most 60 words to the first question ($words)" ||
	fail "at most 60 words to the first question" "${words:-none counted}"

# In a pseudo-terminal with TERM=dumb (tmux): plain mode starts by itself.
if [ -n "${TMUX_BIN:-}" ] && [ -x "$TMUX_BIN" ] || TMUX_BIN=$(command -v tmux); then
	. "$top_srcdir/tests/tmux.sh"
	tm_start 80 24 TERM=dumb -- -f "$rules"
	tm_wait "1 of $nq. New numbness or tingling around my bottom or genitals?"
	check "TERM=dumb: plain mode in a terminal" tm_screen
	tm_screen | grep -q "TERM is dumb; plain line mode"
	check "TERM=dumb: says so on stderr" tm_screen
	tm_keys n Enter
	tm_wait "2 of $nq. New trouble peeing"
	tm_keys n Enter
	tm_wait "3 of $nq. I have newly leaked pee or poo"
	tm_keys y Enter
	tm_wait "RED FLAG (emergency): Possible cauda equina syndrome"
	check "TERM=dumb: the flag is announced" tm_screen
	tm_keys q Enter
	tm_wait "type its number; Enter goes on:"
	tm_keys Enter
	tm_wait "Save a report?"
	tm_keys Enter
	tm_wait_dead
	check "TERM=dumb: it finishes" tm_screen
	tm_history | grep -q '^EMERGENCY: Call an ambulance now'
	check "TERM=dumb: the summary" tm_history
	no_escape "$TMPD/wire"
	check "TERM=dumb: no escape byte written" eval 'od -c "$TMPD/wire" | grep -m3 033'
	# The same bullets in a terminal: where a question is, its answer
	# when asked again, the commands, the summary, the save question.
	tm_start 80 24 TERM=dumb -- -f "$rules"
	tm_wait "1 of $nq." && tm_screen | grep -q "^Part 1 of $ng: "
	check "TERM=dumb: the part and N of $nq" tm_screen
	tm_keys n Enter
	tm_wait "2 of $nq."
	tm_keys b Enter
	tm_wait "1 of $nq. New numbness or tingling around my bottom or genitals? (now no)"
	check "TERM=dumb: asked again, (now no)" tm_screen
	tm_keys '?' Enter
	tm_wait "Commands: y yes; n no;"
	check "TERM=dumb: ? lists the commands" tm_screen
	tm_keys Enter
	sleep 0.3	# so that y is not typed ahead of its question
	tm_keys y Enter
	tm_wait "3 of $nq."
	tm_keys l Enter
	tm_wait "Answered 2 of $nq. Yes: 2. No: 1. Not answered: 3 to $nq. Red flags now: 1."
	check "TERM=dumb: l reviews the answers" tm_screen
	tm_keys 'g 11' Enter
	tm_wait "11 of $nq."
	tm_keys y Enter
	tm_wait "12 of $nq."
	tm_keys q Enter
	tm_wait "type its number; Enter goes on:"
	tm_keys 1 Enter
	tm_wait "Because: New trouble peeing"
	check "TERM=dumb: a flag's details by its number" tm_screen
	tm_keys Enter
	tm_wait "Save a report?"
	tm_keys 'bad' C-a 'name' Enter
	tm_wait "That name cannot be used: it holds a control character."
	check "TERM=dumb: a name with a control character is refused" tm_screen
	tm_keys Enter
	tm_wait_dead
	is "TERM=dumb: the summary says an action once" \
		"$(tm_history | sed -n '/^Summary/,$p' | grep -c '^EMERGENCY: Call an ambulance now')" 1
	[ ! -e "$TMPD/bad?name" ] && [ -z "$(ls "$TMPD" | grep '^bad')" ]
	check "TERM=dumb: no report under a refused name" ls "$TMPD"
	no_escape "$TMPD/wire"
	check "TERM=dumb: no escape byte, with the commands"
	# A hang-up in the terminal: the report is saved, marked unfinished.
	tm_start 80 24 TERM=dumb -- -f "$rules" --report "$TMPD/r8.txt"
	tm_wait "1 of $nq."
	tm_keys y Enter n Enter
	tm_wait "3 of $nq."
	kill -HUP "$tm_pid"
	tm_wait_dead 10
	is "TERM=dumb: SIGHUP gives status 129" "$(tm_status)" 129
	grep -q "^Unfinished: ended by a hang-up (SIGHUP) at question 3 of $nq\. $((nq - 2)) of" "$TMPD/r8.txt" &&
		grep -q '^Answered yes (1):' "$TMPD/r8.txt"
	check "TERM=dumb: SIGHUP saves the answers, marked unfinished" cat "$TMPD/r8.txt" 2>&1
	tm_start 80 24 TERM=no-such-terminal -- -f "$rules"
	tm_wait "1 of $nq. New numbness or tingling around my bottom or genitals?" && tm_screen | grep -q "TERM=no-such-terminal is not known; plain line mode"
	check "an unknown TERM: plain mode" tm_screen
fi

done_testing
