# ui.sh: the full-screen checklist in a real terminal (tmux).
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
# the number of questions in the rules file
nq=$("$REDFLAG" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
ESC=$(printf '\033')

# Start and quit.
tm_start 80 24 -- -f "$rules"
if tm_wait "Space tick"; then pass "starts and shows the key hint"
else fail "starts and shows the key hint" "$(tm_screen)"; fi
case $(tm_screen | head -n 1) in
" 0/"[0-9]*" answered  Red flags in back pain"*)
	pass "the title line: the count of answers, then the rules' title" ;;
*) fail "the title line: the count of answers, then the rules' title" "$(tm_screen | head -n 1)" ;;
esac
is "the not-a-diagnosis line" "$(tm_screen | sed -n 23p)" \
	"Not a diagnosis. In an emergency, call your local emergency number now."
tm_keys q
tm_wait_dead && pass "q quits when nothing is ticked" || fail "q quits when nothing is ticked" "$(tm_screen)"
is "exit status 0" "$(tm_status)" 0
tm_history >"$TMPD/after"
if grep -q "redflag: 0 answers ticked, 0 answered no, [0-9]* not asked; 0 red flags." "$TMPD/after" &&
	grep -q "This does not rule out" "$TMPD/after"; then
	pass "the summary is on the normal screen after exit"
else fail "the summary is on the normal screen after exit" "$(cat "$TMPD/after")"; fi

# The cursor is on the focused row, and follows it.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
is "cursor on the first answer" "$(tm_cursor)" "3,$(tm_focus_row)"
tm_keys j j
tm_wait "> [ ] I have newly leaked pee or poo"
is "cursor follows the focus" "$(tm_cursor)" "3,$(tm_focus_row)"

# Tick an answer that fires an emergency rule: the flag and the marker.
tm_keys / bottom
tm_wait "Search: bottom"
tm_keys Enter Space
if tm_wait "EMERGENCY: Possible cauda equina"; then pass "the emergency flag appears"
else fail "the emergency flag appears" "$(tm_screen)"; fi
row=$(tm_screen | grep -F '> [x] New numbness or tingling around my bottom')
case $row in *"!EMERGENCY") pass "the ticked row ends with its text marker" ;;
*) fail "the ticked row ends with its text marker" "$row" ;; esac
case $(tm_screen) in *"Do now: Call an ambulance now"*) pass "the emergency says what to do now" ;;
*) fail "the emergency says what to do now" "$(tm_screen)" ;; esac
if grep -q "${ESC}\[[0-9;]*3[1-7]m\|${ESC}\[[0-9;]*38;5;" "$TMPD/wire"; then
	pass "colour is used by default"
else fail "colour is used by default"; fi

# Tab to the flags panel: why it fired, and its source.
tm_keys Tab
if tm_wait "Because you ticked: New numbness or tingling around my bottom"; then pass "a focused flag shows why it fired"
else fail "a focused flag shows why it fired" "$(tm_screen)"; fi
case $(tm_screen) in *"Source: "*) pass "a focused flag shows its sources" ;;
*) fail "a focused flag shows its sources" "$(tm_screen)" ;; esac
# At 80x24 the flag is taller than the panel: Down reads on, to the advice.
tm_keys Down Down Down Down
if tm_wait "At the bottom of the spine is a bundle of nerves that works the bladder,"; then
	pass "Down in the panel reads a long flag to its advice"
else fail "Down in the panel reads a long flag to its advice" "$(tm_screen)"; fi
tm_keys i
if tm_wait "Sources: NHS website: Back pain" && tm_screen | tr -d '\n' | grep -q "https://www.nhs.uk/conditions/back-pain/"; then
	pass "i shows all of the flag, with the sources' addresses"
else fail "i shows all of the flag, with the sources' addresses" "$(tm_screen)"; fi
tm_keys q
tm_wait "Why this flag"
tm_keys Tab
tm_keys / cancer Enter i
if tm_wait "Tick this for any cancer" && tm_screen | grep -q "often shows as back pain\."; then
	pass "i shows the whole help of an answer"
else fail "i shows the whole help of an answer" "$(tm_screen)"; fi
tm_keys q
tm_wait "About this answer (i: all of it):" && pass "a cut help text says i shows all of it" ||
	fail "a cut help text says i shows all of it" "$(tm_screen)"
tm_keys / bottom Enter

# Quit asks first when the answers are not saved.
tm_keys q
tm_wait "Quit anyway? (y/n"
tm_keys n
sleep 0.2
if tm_dead; then fail "n keeps it running"; else pass "n keeps it running"; fi

# Save a report and read it back.
tm_keys s
tm_wait "Save report to: redflag-report-"
name=$(tm_screen | sed -n 's/^Save report to: \(redflag-report-[0-9]*-[0-9]*\.txt\).*/\1/p')
tm_keys Enter
if tm_wait "Saved the report to $name"; then pass "s saves a report"
else fail "s saves a report" "$(tm_screen)"; fi
if [ -f "$TMPD/$name" ]; then
	is "the report has mode 0600" "$(stat -c %a "$TMPD/$name")" 600
	grep -q "^Answered yes (1):" "$TMPD/$name" && grep -q "^  1\. EMERGENCY: Possible cauda equina" "$TMPD/$name" &&
		grep -q "Because: New numbness or tingling around my bottom or genitals" "$TMPD/$name" &&
		grep -q "^Date: " "$TMPD/$name" && grep -q "version 2.0 of 2026-12-01" "$TMPD/$name" &&
		pass "the report holds the date, rules, answers, flags and reasons" ||
		fail "the report holds the date, rules, answers, flags and reasons" "$(cat "$TMPD/$name")"
	# only the first screen was seen: the report says how many never were
	tr '\n' ' ' <"$TMPD/$name" | grep -q "Made in the full-screen checklist\. Unfinished: [0-9]* of the $nq questions were never on the screen" &&
		pass "the report says how many questions were never on the screen" ||
		fail "the report says how many questions were never on the screen" "$(cat "$TMPD/$name")"
else
	fail "the report file exists" "$(ls -la "$TMPD")"
	fail "the report holds the date, rules, answers, flags and reasons"
fi
ls -a "$TMPD" | grep -q '^\.redflag-' && fail "no temporary file is left" "$(ls -a "$TMPD")" || pass "no temporary file is left"
# Saving again under the same name asks before replacing it.
tm_keys s C-u "$name" Enter
if tm_wait "$name exists. Replace it? (y/n)"; then pass "an existing file is not replaced without asking"
else fail "an existing file is not replaced without asking" "$(tm_screen)"; fi
tm_keys n Escape
# A directory is never replaced by a report.
mkdir "$TMPD/adir"
tm_keys s C-u "$TMPD/adir" Enter
tm_wait "Not saved: it is a directory." && [ -d "$TMPD/adir" ] &&
	pass "a directory as the report: refused without asking" ||
	fail "a directory as the report: refused without asking" "$(tm_screen)"
tm_keys Escape
# A save that fails says why, and the answers stay.
tm_keys s C-u "$TMPD/no/such/dir/r.txt" Enter
if tm_wait "Not saved: No such file or directory."; then pass "a failed save says so"
else fail "a failed save says so" "$(tm_screen)"; fi
tm_screen | grep -q "^Not saved: No such file or directory. Your answers are still here." &&
	tm_screen | grep -q '^> \[x\] New numbness or tingling around my bottom' &&
	pass "a failed save keeps the answers on screen" || fail "a failed save keeps the answers on screen" "$(tm_screen)"
tm_keys Escape q
tm_wait_dead && pass "q quits at once after a save" || fail "q quits at once after a save" "$(tm_screen)"
tm_history | grep -q "The report was saved to $name" && pass "the summary names the report" ||
	fail "the summary names the report" "$(tm_history)"

# At the quit question, s saves first and then quits.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys Space q
tm_wait "Quit anyway? (y/n"
tm_keys s
tm_wait "Save report to: redflag-report-"
tm_keys C-u "$TMPD/quit-saved.txt" Enter
tm_wait_dead 10 && [ -f "$TMPD/quit-saved.txt" ] && pass "q then s: saves, then quits" ||
	fail "q then s: saves, then quits" "$(tm_screen)"
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"

# --report: no question on quitting, and the report is written.
tm_start 80 24 -- -f "$rules" --report "$TMPD/exit-report.txt"
tm_wait "Space tick"
tm_keys Space q
tm_wait_dead && pass "--report: q quits without asking" || fail "--report: q quits without asking" "$(tm_screen)"
grep -q '^Answered yes (1):' "$TMPD/exit-report.txt" 2>/dev/null && pass "--report: written on exit" ||
	fail "--report: written on exit"
tm_history | grep -q "The report was written to $TMPD/exit-report.txt" && pass "--report: the summary says where" ||
	fail "--report: the summary says where" "$(tm_history)"

# The mouse: a click on an answer ticks it (an SGR mouse report, as
# xterm sends it: ESC [ < button ; column ; row M, counting from 1).
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys -l "$(printf '\033[<0;11;5M')"
if tm_wait "[x] I have newly leaked pee or poo"; then pass "a click ticks the answer under it"
else fail "a click ticks the answer under it" "$(tm_screen)"; fi
tm_keys q y
tm_wait_dead

# --no-summary: nothing after the checklist.
tm_start 80 24 -- -f "$rules" --no-summary
tm_wait "Space tick"
tm_keys q
tm_wait_dead
tm_history | grep -q "red flags\.\|answers ticked" && fail "--no-summary prints no summary" "$(tm_history)" ||
	pass "--no-summary prints no summary"

# NO_COLOR: no colour sequences at all, but the text markers stay.
tm_start 80 24 NO_COLOR=1 -- -f "$rules"
tm_wait "Space tick"
tm_keys / chest Enter Space
tm_wait "!EMERGENCY"
if grep -q "${ESC}\[[0-9;]*3[0-9]m\|${ESC}\[[0-9;]*38;5;\|${ESC}\[[0-9;]*4[0-9]m" "$TMPD/wire"; then
	fail "NO_COLOR: no colour sequences" "$(od -c "$TMPD/wire" | grep -m3 '3   [0-9]   m')"
else pass "NO_COLOR: no colour sequences"; fi
tm_screen | grep -q '> \[x\] I have chest pain.*!EMERGENCY' && pass "NO_COLOR: the marker is there" ||
	fail "NO_COLOR: the marker is there" "$(tm_screen)"

# TERM=vt100 works, in ASCII.
tm_start 80 24 TERM=vt100 -- -f "$rules" --ascii
tm_wait "Space tick"
tm_keys / chest Enter Space
if tm_wait "EMERGENCY: Back pain with chest pain"; then pass "TERM=vt100 works"
else fail "TERM=vt100 works" "$(tm_screen)"; fi
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$TMPD/wire" && fail "--ascii writes only ASCII" || pass "--ascii writes only ASCII"

# Resize to too small and back: the page, then everything as it was.
tm_keys j
tm_wait "> [ ] Sudden, very bad pain"
tm resize-window -x 30 -y 8
tm_wait "terminal too small"
tm_screen | tr '\n' ' ' | grep -q "terminal too small: need 40x12, have 30x8" &&
	pass "too small: says so, with the sizes" || fail "too small: says so, with the sizes" "$(tm_screen)"
tm resize-window -x 80 -y 24
if tm_wait "1 red flag" && tm_screen | grep -q '^  \[x\] I have chest pain' &&
	tm_screen | grep -q '^> \[ \] Sudden, very bad pain'; then pass "recovers with the answers and the focus kept"
else fail "recovers with the answers and the focus kept" "$(tm_screen)"; fi
tm resize-window -x 120 -y 30
tm_wait "1 red flag" && tm_screen | grep -q '> \[ \] Sudden, very bad pain' && pass "a wide terminal keeps the focus" ||
	fail "a wide terminal keeps the focus" "$(tm_screen)"
tm resize-window -x 50 -y 14
if tm_wait "Tab flags"; then pass "a short terminal puts the flags behind Tab"
else fail "a short terminal puts the flags behind Tab" "$(tm_screen)"; fi
tm_keys Tab
tm_wait "> EMERGENCY: Back pain with chest pain" && pass "Tab shows the flags on a short terminal" ||
	fail "Tab shows the flags on a short terminal" "$(tm_screen)"
# At the smallest size, the hints keep help and quit, and the note fits.
tm resize-window -x 40 -y 12
tm_wait "Tab list" && tm_screen | tail -n 1 | grep -q '? help  q quit' &&
	tm_screen | grep -q '^Not a diagnosis. Emergency: get help now$' &&
	pass "40x12: the hint line keeps ? help and q quit; the note fits" ||
	fail "40x12: the hint line keeps ? help and q quit; the note fits" "$(tm_screen)"
# A list taller than the screen says which answers are in sight.
tm resize-window -x 80 -y 24
tm_wait "answers " && tm_screen | head -n 1 | grep -q "answers [0-9]*-[0-9]* of $nq, 1 red flag\$" &&
	pass "the title says which answers are in sight" || fail "the title says which answers are in sight" "$(tm_screen | head -n 1)"

# Search: incremental, n for the next match, Esc goes back.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys / tumm
tm_wait "Search: tumm"
tm_screen | grep -q '^> \[ \] .*tummy' && pass "search moves to the first match as you type" ||
	fail "search moves to the first match as you type" "$(tm_screen)"
tm_keys Enter n
sleep 0.2
first=$(tm_screen | grep '^>')
tm_keys '>'
sleep 0.2
second=$(tm_screen | grep '^>')
# (the next may match in its help only: tests/search.sh)
[ "$first" != "$second" ] &&
	pass "> goes to the next match" || fail "> goes to the next match" "$first" "$second"
tm_keys / zzzz
if tm_wait "Search: zzzz  (no match)"; then
	is "no match: the cursor stays after what is typed" "$(tm_cursor)" \
		"12,$(tm_screen | grep -n '^Search: zzzz' | cut -d: -f1 | awk '{print $1 - 1}')"
else
	fail "no match: says so while typing" "$(tm_screen)"
fi
tm_keys Escape
sleep 0.2
is "Esc cancels the search where it began" "$(tm_screen | grep '^>')" "$second"

# The help screen lists the keys and says what redflag is not.
tm_keys '?'
if tm_wait "Space, x"; then pass "? shows the keys"
else fail "? shows the keys" "$(tm_screen)"; fi
tm_keys Escape
tm_wait "Space tick"

# With no flag, the panel never reassures, and all of the no-flag advice
# fits at 80x24: the panel's lines, joined, are the whole of the rules
# file's no_flag text after the program's own sentences.
no_flag=$(awk '/^no_flag = / { f = 1 }
f {	while (match($0, /"([^"\\]|\\.)*"/)) {
		s = s substr($0, RSTART + 1, RLENGTH - 2)
		$0 = substr($0, RSTART + RLENGTH)
	}
	if ($0 ~ /;/) { print s; exit }
}' "$rules")
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
panel=$(tm_screen | sed -n '/^No red flag$/,/^About this answer/p' | sed '1d;$d;s/^ *//;s/ *$//' |
	tr '\n' ' ' | tr -s ' ' | sed 's/ $//')
[ -n "$no_flag" ] &&
	tm_screen | grep -q "^  No answer ticked so far is a red flag in these rules. This does not rule out" &&
	[ "$panel" = "No answer ticked so far is a red flag in these rules. This does not rule out serious disease. $no_flag" ] &&
	pass "no flag: the panel does not reassure, and all of its advice fits" ||
	fail "no flag: the panel does not reassure, and all of its advice fits" "$(tm_screen)" "want: $no_flag"
# Five flags at 80x24 (four emergencies and the fever's own urgent
# flag): the first sentence of what to do is whole, then as many flags
# as fit have a line, and the rest are counted; Tab shows them in full.
tm_keys / cancer Enter Space / bottom Enter Space / accident Enter Space / temperature Enter Space
tm_wait "5 red flags"
n=$(tm_screen | grep -c '^  EMERGENCY: Possible ')
is "five flags at 80x24: a line for each emergency that fits" "$n" 3
tm_screen | grep -q '^  2 more: Tab shows every flag in full$' && pass "five flags at 80x24: the others counted" ||
	fail "five flags at 80x24: the others counted" "$(tm_screen)"
tm_screen | grep -A1 '^  Do now: Call an ambulance now' | tr -s ' \n' ' ' |
	grep -q 'Do now: Call an ambulance now: 999 in the UK, 112 in the EU, 911 in the US, 000 in Australia\. $' &&
	pass "five flags: the first sentence of what to do now is whole" ||
	fail "five flags: the first sentence of what to do now is whole" "$(tm_screen)"
# the marked answer is drawn on its level's colour, not only its marker
tm capture-pane -p -e | grep '\[x\]' | grep -q "${ESC}\[37m${ESC}\[41mI have a fever (high temperature)" &&
	pass "a marked answer is on its level's colour" ||
	fail "a marked answer is on its level's colour" "$(tm capture-pane -p -e | grep '\[x\]' | cat -v)"
tm_keys Tab
tm_wait "> EMERGENCY: Possible cauda equina syndrome (pressure on the nerves at the" &&
	tm_screen | grep -q "^    Do now: Call an ambulance now" &&
	pass "Tab shows the flags in full" || fail "Tab shows the flags in full" "$(tm_screen)"
tm_keys Tab

# SIGHUP (a dropped connection) ends it within a second.
tm_keys Space
kill -HUP "$tm_pid"
tm_wait_dead 10 && pass "SIGHUP ends it within a second" || fail "SIGHUP ends it within a second"
is "SIGHUP: status 129" "$(tm_status)" 129

# SIGTERM too.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
kill -TERM "$tm_pid"
tm_wait_dead 10 && pass "SIGTERM ends it within a second" || fail "SIGTERM ends it within a second"
is "SIGTERM: status 143" "$(tm_status)" 143

# SIGTSTP then SIGCONT: it suspends and comes back with a full repaint.
# (tmux continues a stopped pane at once, and loses its exit status,
# so neither is checked here.)  The pane is wiped first: only a full
# repaint brings the screen back.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm send-keys -R
tm clear-history
sleep 0.2
tm_screen | grep -q "Space tick" && fail "the pane was wiped" || pass "the pane was wiped"
kill -TSTP "$tm_pid"
sleep 0.2
kill -CONT "$tm_pid" 2>/dev/null
tm_wait "Space tick" && tm_screen | grep -q "^> \[ \] New numbness or tingling around my bottom" &&
	pass "SIGTSTP and SIGCONT: a full repaint" || fail "SIGTSTP and SIGCONT: a full repaint" "$(tm_screen)"
tm_keys j
tm_wait "> [ ] New trouble peeing" && pass "and it runs on" || fail "and it runs on" "$(tm_screen)"

# A crash (here SIGSEGV from outside) restores the terminal first.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
kill -SEGV "$tm_pid"
tm_wait_dead 10
is "a crash: killed by SIGSEGV (status 139)" "$(tm_status)" 139
last_on=$(grep -ab -o "${ESC}\[?1049h" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
last_off=$(grep -ab -o "${ESC}\[?1049l" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
[ -n "$last_on" ] && [ -n "$last_off" ] && [ "$last_off" -gt "$last_on" ] &&
	pass "a crash: the normal screen is back" || fail "a crash: the normal screen is back" "on $last_on, off $last_off"
# ... and mouse reporting and keypad mode are off, so that the shell
# does not get escape sequences for clicks and cursor keys.
for mode in '1006;1000' '1'; do
	on=$(grep -ab -o "${ESC}\[?${mode}h" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
	off=$(grep -ab -o "${ESC}\[?${mode}l" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
	[ -n "$on" ] && [ -n "$off" ] && [ "$off" -gt "$on" ] &&
		pass "a crash: mode ?$mode is reset" || fail "a crash: mode ?$mode is reset" "on $on, off $off"
done

# A terminal that goes away: no spinning, it ends.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
pid=$tm_pid
tm kill-server
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
kill -0 "$pid" 2>/dev/null && { fail "a lost terminal ends it"; kill -9 "$pid"; } || pass "a lost terminal ends it"

# ... and a --report is still written when it does.
tm_start 80 24 -- -f "$rules" --report "$TMPD/lost-report.txt"
tm_wait "Space tick"
tm_keys Space
tm_wait "[x]"
pid=$tm_pid
tm kill-server
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
grep -q '^Answered yes (1):' "$TMPD/lost-report.txt" 2>/dev/null &&
	pass "a lost terminal: --report is written" || fail "a lost terminal: --report is written"

done_testing
