# slow.sh: --slow, for slow lines: the help under the list still comes,
# once the keys stop.  (What it saves is measured by make bench, at 9600
# baud, not here.)
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"

# The first words of the help of an answer, from --list --format json.
help_of() {
	"$REDFLAG" -f "$rules" --list --format json | tr -d '\n' |
		sed 's/.*"id": *"'"$1"'"[^}]*"help": *"\([^"]\{1,30\}\).*/\1/'
}

tm_start 80 24 -- -f "$rules" --slow
tm_wait "Space tick"
check "--slow: the checklist starts" tm_screen
first=$(help_of saddle_numbness)
tm_wait "$first"
check "--slow: the first answer's help is shown at once" eval 'show "$first"; tm_screen'
tm_keys j j j
third=$(help_of new_sex_problem)
tm_wait "> [ ] New loss of feeling or function during sex" && tm_wait "$third"
check "--slow: once the keys stop, the help is of the answer in focus" \
    eval 'show "$third"; tm_screen'
! tm_screen | grep -qF "$first"
check "--slow: the old help is gone" tm_screen
tm_keys q
tm_wait_dead
check "--slow: q quits" tm_screen

done_testing
