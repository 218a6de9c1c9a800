# ui.sh: the full-screen checklist in a real terminal (tmux).
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
# the number of questions in the rules file
nq=$("$REDFLAG" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
ESC=$(printf '\033')

# Start and quit.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
check "starts and shows the key hint" tm_screen
like "the title line: the count of answers, then the rules' title" \
	"$(tm_screen | head -n 1)" " 0/[0-9]* answered  Red flags in back pain*"
is "the not-a-diagnosis line" "$(tm_screen | sed -n 23p)" \
	"Not a diagnosis. In an emergency, call your local emergency number now."
tm_keys q
tm_wait_dead
check "q quits when nothing is ticked" tm_screen
is "exit status 0" "$(tm_status)" 0
tm_history >"$TMPD/after"
grep -q "redflag: 0 answers ticked, 0 answered no, [0-9]* not asked; 0 red flags." "$TMPD/after" &&
	grep -q "This does not rule out" "$TMPD/after"
check "the summary is on the normal screen after exit" cat "$TMPD/after"

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
tm_wait "EMERGENCY: Possible cauda equina"
check "the emergency flag appears" tm_screen
row=$(tm_screen | grep -F '> [x] New numbness or tingling around my bottom')
like "the ticked row ends with its text marker" "$row" "*!EMERGENCY"
like "the emergency says what to do now" "$(tm_screen)" \
	"*Do now: Call an ambulance now*"
grep -q "${ESC}\[[0-9;]*3[1-7]m\|${ESC}\[[0-9;]*38;5;" "$TMPD/wire"
check "colour is used by default"

# Tab to the flags panel: why it fired, and its source.
tm_keys Tab
tm_wait "Because you ticked: New numbness or tingling around my bottom"
check "a focused flag shows why it fired" tm_screen
like "a focused flag shows its sources" "$(tm_screen)" "*Source: *"
# At 80x24 the flag is taller than the panel: Down reads on, to the advice.
tm_keys Down Down Down Down
tm_wait "At the bottom of the spine is a bundle of nerves that works the bladder,"
check "Down in the panel reads a long flag to its advice" tm_screen
tm_keys i
tm_wait "Sources: NHS website: Back pain" && tm_screen | tr -d '\n' | grep -q "https://www.nhs.uk/conditions/back-pain/"
check "i shows all of the flag, with the sources' addresses" tm_screen
tm_keys q
tm_wait "Why this flag"
tm_keys Tab
tm_keys / cancer Enter i
tm_wait "Tick this for any cancer" && tm_screen | grep -q "often shows as back pain\."
check "i shows the whole help of an answer" tm_screen
tm_keys q
tm_wait "About this answer (i: all of it):"
check "a cut help text says i shows all of it" tm_screen
tm_keys / bottom Enter

# Quit asks first when the answers are not saved.
tm_keys q
tm_wait "Quit anyway? (y/n"
tm_keys n
sleep 0.2
! tm_dead
check "n keeps it running"

# Save a report and read it back.
tm_keys s
tm_wait "Save report to: redflag-report-"
name=$(tm_screen | sed -n 's/^Save report to: \(redflag-report-[0-9]*-[0-9]*\.txt\).*/\1/p')
tm_keys Enter
tm_wait "Saved the report to $name"
check "s saves a report" tm_screen
if [ -f "$TMPD/$name" ]; then
	is "the report has mode 0600" "$(stat -c %a "$TMPD/$name")" 600
	grep -q "^Answered yes (1):" "$TMPD/$name" && grep -q "^  1\. EMERGENCY: Possible cauda equina" "$TMPD/$name" &&
		grep -q "Because: New numbness or tingling around my bottom or genitals" "$TMPD/$name" &&
		grep -q "^Date: " "$TMPD/$name" && grep -q "version 2.0 of 2026-12-01" "$TMPD/$name"
	check "the report holds the date, rules, answers, flags and reasons" cat "$TMPD/$name"
	# only the first screen was seen: the report says how many never were
	tr '\n' ' ' <"$TMPD/$name" | grep -q "Made in the full-screen checklist\. Unfinished: [0-9]* of the $nq questions were never on the screen"
	check "the report says how many questions were never on the screen" cat "$TMPD/$name"
else
	fail "the report file exists" "$(ls -la "$TMPD")"
	fail "the report holds the date, rules, answers, flags and reasons"
fi
! ls -a "$TMPD" | grep -q '^\.redflag-'
check "no temporary file is left" ls -a "$TMPD"
# Saving again under the same name asks before replacing it.
tm_keys s C-u "$name" Enter
tm_wait "$name exists. Replace it? (y/n)"
check "an existing file is not replaced without asking" tm_screen
tm_keys n Escape
# A directory is never replaced by a report.
mkdir "$TMPD/adir"
tm_keys s C-u "$TMPD/adir" Enter
tm_wait "Not saved: it is a directory." && [ -d "$TMPD/adir" ]
check "a directory as the report: refused without asking" tm_screen
tm_keys Escape
# A save that fails says why, and the answers stay.
tm_keys s C-u "$TMPD/no/such/dir/r.txt" Enter
tm_wait "Not saved: No such file or directory."
check "a failed save says so" tm_screen
tm_screen | grep -q "^Not saved: No such file or directory. Your answers are still here." &&
	tm_screen | grep -q '^> \[x\] New numbness or tingling around my bottom'
check "a failed save keeps the answers on screen" tm_screen
tm_keys Escape q
tm_wait_dead
check "q quits at once after a save" tm_screen
tm_history | grep -q "The report was saved to $name"
check "the summary names the report" tm_history

# At the quit question, s saves first and then quits.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys Space q
tm_wait "Quit anyway? (y/n"
tm_keys s
tm_wait "Save report to: redflag-report-"
tm_keys C-u "$TMPD/quit-saved.txt" Enter
tm_wait_dead 10 && [ -f "$TMPD/quit-saved.txt" ]
check "q then s: saves, then quits" tm_screen
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"

# --report: no question on quitting, and the report is written.
tm_start 80 24 -- -f "$rules" --report "$TMPD/exit-report.txt"
tm_wait "Space tick"
tm_keys Space q
tm_wait_dead
check "--report: q quits without asking" tm_screen
grep -q '^Answered yes (1):' "$TMPD/exit-report.txt" 2>/dev/null
check "--report: written on exit"
tm_history | grep -q "The report was written to $TMPD/exit-report.txt"
check "--report: the summary says where" tm_history

# The mouse: a click on an answer ticks it (an SGR mouse report, as
# xterm sends it: ESC [ < button ; column ; row M, counting from 1).
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys -l "$(printf '\033[<0;11;5M')"
tm_wait "[x] I have newly leaked pee or poo"
check "a click ticks the answer under it" tm_screen
tm_keys q y
tm_wait_dead

# --no-summary: nothing after the checklist.
tm_start 80 24 -- -f "$rules" --no-summary
tm_wait "Space tick"
tm_keys q
tm_wait_dead
! tm_history | grep -q "red flags\.\|answers ticked"
check "--no-summary prints no summary" tm_history

# NO_COLOR: no colour sequences at all, but the text markers stay.
tm_start 80 24 NO_COLOR=1 -- -f "$rules"
tm_wait "Space tick"
tm_keys / chest Enter Space
tm_wait "!EMERGENCY"
! grep -q "${ESC}\[[0-9;]*3[0-9]m\|${ESC}\[[0-9;]*38;5;\|${ESC}\[[0-9;]*4[0-9]m" "$TMPD/wire"
check "NO_COLOR: no colour sequences" eval 'od -c "$TMPD/wire" | grep -m3 "3   [0-9]   m"'
tm_screen | grep -q '> \[x\] I have chest pain.*!EMERGENCY'
check "NO_COLOR: the marker is there" tm_screen

# TERM=vt100 works, in ASCII.
tm_start 80 24 TERM=vt100 -- -f "$rules" --ascii
tm_wait "Space tick"
tm_keys / chest Enter Space
tm_wait "EMERGENCY: Back pain with chest pain"
check "TERM=vt100 works" tm_screen
! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$TMPD/wire"
check "--ascii writes only ASCII"

# Resize to too small and back: the page, then everything as it was.
tm_keys j
tm_wait "> [ ] Sudden, very bad pain"
tm resize-window -x 30 -y 8
tm_wait "terminal too small"
tm_screen | tr '\n' ' ' | grep -q "terminal too small: need 40x12, have 30x8"
check "too small: says so, with the sizes" tm_screen
tm resize-window -x 80 -y 24
tm_wait "1 red flag" && tm_screen | grep -q '^  \[x\] I have chest pain' &&
	tm_screen | grep -q '^> \[ \] Sudden, very bad pain'
check "recovers with the answers and the focus kept" tm_screen
tm resize-window -x 120 -y 30
tm_wait "1 red flag" && tm_screen | grep -q '> \[ \] Sudden, very bad pain'
check "a wide terminal keeps the focus" tm_screen
tm resize-window -x 50 -y 14
tm_wait "Tab flags"
check "a short terminal puts the flags behind Tab" tm_screen
tm_keys Tab
tm_wait "> EMERGENCY: Back pain with chest pain"
check "Tab shows the flags on a short terminal" tm_screen
# At the smallest size, the hints keep help and quit, and the note fits.
tm resize-window -x 40 -y 12
tm_wait "Tab list" && tm_screen | tail -n 1 | grep -q '? help  q quit' &&
	tm_screen | grep -q '^Not a diagnosis. Emergency: get help now$'
check "40x12: the hint line keeps ? help and q quit; the note fits" tm_screen
# A list taller than the screen says which answers are in sight.
tm resize-window -x 80 -y 24
tm_wait "answers " && tm_screen | head -n 1 | grep -q "answers [0-9]*-[0-9]* of $nq, 1 red flag\$"
check "the title says which answers are in sight" eval 'tm_screen | head -n 1'

# Search: incremental, n for the next match, Esc goes back.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys / tumm
tm_wait "Search: tumm"
tm_screen | grep -q '^> \[ \] .*tummy'
check "search moves to the first match as you type" tm_screen
tm_keys Enter n
sleep 0.2
first=$(tm_screen | grep '^>')
tm_keys '>'
sleep 0.2
second=$(tm_screen | grep '^>')
# (the next may match in its help only: tests/search.sh)
[ "$first" != "$second" ]
check "> goes to the next match" show "$first" "$second"
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
tm_wait "Space, x"
check "? shows the keys" tm_screen
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
	[ "$panel" = "No answer ticked so far is a red flag in these rules. This does not rule out serious disease. $no_flag" ]
check "no flag: the panel does not reassure, and all of its advice fits" \
	eval 'tm_screen; show "want: $no_flag"'
# Five flags at 80x24 (four emergencies and the fever's own urgent
# flag): the first sentence of what to do is whole, then as many flags
# as fit have a line, and the rest are counted; Tab shows them in full.
tm_keys / cancer Enter Space / bottom Enter Space / accident Enter Space / temperature Enter Space
tm_wait "5 red flags"
n=$(tm_screen | grep -c '^  EMERGENCY: Possible ')
is "five flags at 80x24: a line for each emergency that fits" "$n" 3
tm_screen | grep -q '^  2 more: Tab shows every flag in full$'
check "five flags at 80x24: the others counted" tm_screen
tm_screen | grep -A1 '^  Do now: Call an ambulance now' | tr -s ' \n' ' ' |
	grep -q 'Do now: Call an ambulance now: 999 in the UK, 112 in the EU, 911 in the US, 000 in Australia\. $'
check "five flags: the first sentence of what to do now is whole" tm_screen
# the marked answer is drawn on its level's colour, not only its marker
tm capture-pane -p -e | grep '\[x\]' | grep -q "${ESC}\[37m${ESC}\[41mI have a fever (high temperature)"
check "a marked answer is on its level's colour" \
	eval 'tm capture-pane -p -e | grep "\[x\]" | cat -v'
tm_keys Tab
tm_wait "> EMERGENCY: Possible cauda equina syndrome (pressure on the nerves at the" &&
	tm_screen | grep -q "^    Do now: Call an ambulance now"
check "Tab shows the flags in full" tm_screen
tm_keys Tab

# SIGHUP (a dropped connection) ends it within a second.
tm_keys Space
kill -HUP "$tm_pid"
tm_wait_dead 10
check "SIGHUP ends it within a second"
is "SIGHUP: status 129" "$(tm_status)" 129

# SIGTERM too.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
kill -TERM "$tm_pid"
tm_wait_dead 10
check "SIGTERM ends it within a second"
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
! tm_screen | grep -q "Space tick"
check "the pane was wiped"
kill -TSTP "$tm_pid"
sleep 0.2
kill -CONT "$tm_pid" 2>/dev/null
tm_wait "Space tick" && tm_screen | grep -q "^> \[ \] New numbness or tingling around my bottom"
check "SIGTSTP and SIGCONT: a full repaint" tm_screen
tm_keys j
tm_wait "> [ ] New trouble peeing"
check "and it runs on" tm_screen

# A crash (here SIGSEGV from outside) restores the terminal first.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
kill -SEGV "$tm_pid"
tm_wait_dead 10
is "a crash: killed by SIGSEGV (status 139)" "$(tm_status)" 139
last_on=$(grep -ab -o "${ESC}\[?1049h" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
last_off=$(grep -ab -o "${ESC}\[?1049l" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
[ -n "$last_on" ] && [ -n "$last_off" ] && [ "$last_off" -gt "$last_on" ]
check "a crash: the normal screen is back" show "on $last_on, off $last_off"
# ... and mouse reporting and keypad mode are off, so that the shell
# does not get escape sequences for clicks and cursor keys.
for mode in '1006;1000' '1'; do
	on=$(grep -ab -o "${ESC}\[?${mode}h" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
	off=$(grep -ab -o "${ESC}\[?${mode}l" "$TMPD/wire" | tail -n 1 | cut -d: -f1)
	[ -n "$on" ] && [ -n "$off" ] && [ "$off" -gt "$on" ]
	check "a crash: mode ?$mode is reset" show "on $on, off $off"
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
grep -q '^Answered yes (1):' "$TMPD/lost-report.txt" 2>/dev/null
check "a lost terminal: --report is written"

done_testing
