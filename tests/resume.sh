# resume.sh: redflag --checklist --answers FILE opens the full-screen
# checklist from saved answers, in a real terminal (tmux); where the
# checklist cannot run it asks in plain line mode, and says so.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
printf '# saved earlier\nurine_trouble\nlegs_weaker\n' >"$TMPD/answers"

tm_start 80 24 -- -f "$rules" --checklist --answers "$TMPD/answers"
tm_wait "Space tick"
check "--checklist --answers opens the checklist" tm_screen
tm_screen | grep -q '^  \[x\] New trouble peeing' &&
	tm_screen | grep -q '^  \[x\] My legs are getting weaker'
check "the saved answers are ticked" tm_screen
is "no other answer is ticked" "$(tm_screen | grep -c '\[x\]')" 2
tm_screen | grep -q 'EMERGENCY: Possible cauda equina'
check "the flags of the saved answers are shown" tm_screen
# They can be changed like any others.
tm_keys j Space
tm_wait '> [ ] New trouble peeing'
check "a saved answer can be cleared" tm_screen
tm_keys q y
tm_wait_dead
check "q quits" tm_screen
is "the checklist's status, not the batch one" "$(tm_status)" 0
tm_history | grep -q "redflag: 1 answer ticked, 0 answered no, [0-9]* not asked; 1 red flag"
check "the summary counts the answers as changed" tm_history

# A terminal that cannot show the checklist: plain line mode, from the
# same answers, saying why.
tm_start 80 24 TERM=dumb -- -f "$rules" --checklist --answers "$TMPD/answers"
tm_wait "1 of " && tm_history | grep -q "redflag: TERM is dumb; plain line mode"
check "TERM=dumb: plain line mode, and says so" tm_history
tm_history | grep -q "RED FLAG (emergency)"
check "TERM=dumb: plain line mode starts from the answers" tm_history
tm_keys q Enter
tm_wait_dead

done_testing
