# keys.sh: the keys that change answers, in a real terminal (tmux):
# Enter ticks and never clears, y and n answer yes and no ([x] and
# [n]) and the title counts them, u undoes change after change, r
# clears every answer for the next person once asked, and a session
# saved with --save-answers comes back with --answers.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
first='New numbness or tingling around my bottom or genitals'
second='New trouble peeing, or peeing feels different'
third='I have newly leaked pee or poo without meaning to'

# row TEXT: the line of the list that shows the answer TEXT.
row() { tm_screen | grep -F -- "$1" | head -n 1; }
# ticked TEXT: wait up to a second for the answer to be shown ticked.
ticked() {
	i=0
	while [ $i -lt 20 ]; do
		case $(row "$1") in *"[x] $1"*) return 0 ;; esac
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# clear TEXT: the same for an answer shown not ticked.
clear() {
	i=0
	while [ $i -lt 20 ]; do
		case $(row "$1") in *"[ ] $1"*) return 0 ;; esac
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"

# Enter ticks an answer that is not ticked.
tm_keys Enter
ticked "$first"
check "Enter ticks an answer" tm_screen
# ... and leaves a ticked one ticked, saying why.
tm_keys Enter
tm_wait "Ticked already: Enter never clears an answer" && ticked "$first"
check "Enter on a ticked answer leaves it ticked and says so" tm_screen
tm_keys Enter Enter Enter
sleep 0.2
ticked "$first"
check "Enter pressed again and again never clears" tm_screen

# u undoes each change, the last first: an Enter, a Space, a click.
tm_keys j Space
ticked "$second" || fail "Space ticks the second answer" "$(tm_screen)"
tm_keys -l "$(printf '\033[<0;11;5M')"	# a click on the third answer's row
ticked "$third" || fail "a click ticks the third answer" "$(tm_screen)"
tm_keys g u
clear "$third" && ticked "$second" && ticked "$first"
check "u undoes the last change (a click)" tm_screen
case $(tm_screen | grep '^>') in
"> [ ] $third"*) pass "u moves the focus to the answer it changed back" ;;
*) fail "u moves the focus to the answer it changed back" "$(tm_screen)" ;;
esac
tm_keys u
clear "$second" && ticked "$first"
check "u again undoes the change before (a Space)" tm_screen
tm_keys u
clear "$first"
check "u a third time undoes the Enter" tm_screen
tm_keys u
tm_wait "Nothing to undo."
check "u says when there is nothing to undo" tm_screen

# r with nothing ticked asks nothing.
tm_keys r
tm_wait "No answer is given: nothing to clear."
check "r with nothing ticked says there is nothing to clear" tm_screen

# r asks first, with the number of answers and whether they are saved.
tm_keys Space j Space j Space r
tm_wait "Start again: clear all 3 answers (not saved)? (y/n)"
check "r asks first, saying how many answers go and that they are not saved" tm_screen
tm_keys n
sleep 0.2
ticked "$first" && ticked "$second" && ticked "$third"
check "n to the question keeps the answers" tm_screen
tm_keys r
tm_wait "Start again:"
tm_keys Escape
sleep 0.2
ticked "$first" && ! tm_screen | grep -q "Start again:"
check "Esc to the question keeps the answers" tm_screen
tm_keys r
tm_wait "Start again:"
tm_keys y
tm_wait "Cleared 3 answers" && clear "$first" && clear "$second" &&
    clear "$third" && tm_screen | head -n 1 | grep -q "no red flag"
check "y clears every answer and every flag" tm_screen
tm_keys u
tm_wait "Undone: 3 answers are as they were." && ticked "$first" &&
    ticked "$second" && ticked "$third"
check "u brings back every answer a reset cleared" tm_screen

# Once saved, the question does not say "not saved".
tm_keys s
tm_wait "Save report to:"
tm_keys Enter
tm_wait "Saved the report"
tm_keys r
tm_wait "Start again: clear all 3 answers? (y/n)"
check "after a save, r does not say the answers are not saved" tm_screen
tm_keys y
tm_wait "Cleared 3 answers"
# With nothing ticked, q quits without asking.
tm_keys q
tm_wait_dead
check "after a reset, q quits without asking" tm_screen

# y and n: a yes is [x], a no [n], without colour; the title counts
# both; a no fires nothing; u takes a no back to what it was.
nq=$("$REDFLAG" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
said_no() {
	i=0
	while [ $i -lt 20 ]; do
		case $(row "$1") in *"[n] $1"*) return 0 ;; esac
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
tm_start 80 24 -- -f "$rules" --no-color --save-answers "$TMPD/saved"
tm_wait "Space tick"
tm_keys n
said_no "$first"
check "n answers no: [n]" tm_screen
tm_screen | head -n 1 | grep -q "^ 1/$nq answered .*no red flag\$"
check "the title counts a no as answered, and a no fires nothing" eval 'tm_screen | head -n 1'
tm_keys y
ticked "$first"
check "y answers yes: [x]" tm_screen
tm_keys u
tm_wait "Undone: this answer is a no again." && said_no "$first"
check "u takes a yes back to the no it was" tm_screen
tm_keys u
clear "$first" && tm_screen | head -n 1 | grep -q "^ 0/$nq answered"
check "u again takes the no back to not asked" tm_screen
tm_keys n j y j n
said_no "$first" && ticked "$second" && said_no "$third" &&
	tm_screen | head -n 1 | grep -q "^ 3/$nq answered"
check "n, y, n: [n] [x] [n], 3 answered" tm_screen
tm_keys q
tm_wait_dead
tm_history | grep -q "^Your answers go to $TMPD/saved\.\$" && ! tm_history | grep -q "not saved"
check "--save-answers: q asks nothing, and the summary says where the answers go" tm_history
is "--save-answers: what was said, yes and no" "$(grep -v '^#' "$TMPD/saved" | tr '\n' ' ')" \
	"!saddle_numbness urine_trouble !incontinence "
tm_start 80 24 -- -f "$rules" --no-color --checklist --answers "$TMPD/saved"
tm_wait "Space tick"
said_no "$first" && ticked "$second" && said_no "$third" &&
	tm_screen | head -n 1 | grep -q "^ 3/$nq answered"
check "--checklist --answers takes the saved session up again" tm_screen
tm_keys q y
tm_wait_dead

# At 40 columns the question still gives the number.
tm_start 40 12 -- -f "$rules"
tm_wait "tick"
tm_keys Space r
tm_wait "Clear the 1 answer (not saved)? (y/n)"
check "at 40 columns the question fits, with the number" tm_screen
tm_keys y q
tm_wait_dead

done_testing
