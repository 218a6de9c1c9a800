# restricted.sh: restricted mode, for a shared account whose only
# command is redflag.  No file name is taken from the command line or
# the keyboard, reports go only into $REDFLAG_REPORT_DIR under names
# the program makes, and nothing outside that directory changes.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"

# A home directory worth attacking, and the report directory.
home="$TMPD/home"
mkdir -p "$home/.ssh" "$TMPD/reports"
echo "ssh-ed25519 AAAA key" >"$home/.ssh/authorized_keys"
echo "echo hello" >"$home/.bashrc"
ln -s "$home/.bashrc" "$home/link"
snapshot() {
	find "$home" -printf '%p %s %m %T@ %l\n' | sort
}
snapshot >"$TMPD/before"
reports() { ls -A "$TMPD/reports"; }

# Every option that names a file is refused, by the option and by the
# variable, whether the file exists or not, with the same words.
for args in "-f $rules --list" "--file=$rules --list" \
    "--answers $home/.bashrc" "--lint $rules" "--test $rules" \
    "--report $home/.bashrc" "--plain --report $home/r.txt" \
    "--plain --answers /etc/passwd" "-f /no/such --list" \
    "--plain --save-answers $home/a.txt" "--save-answers $home/a.txt"; do
	# shellcheck disable=SC2086
	run --restricted $args
	is "--restricted $args: status 64" "$rc" 64
	# shellcheck disable=SC2086
	REDFLAG_RESTRICTED=0 run $args
	is "REDFLAG_RESTRICTED=0 $args: status 64" "$rc" 64
	is "REDFLAG_RESTRICTED=0 $args: the message" "$err" \
"redflag: restricted mode: no file may be named on the command line
Try 'redflag --help' for more information."
done
REDFLAG_RESTRICTED=1 run --answers /etc/passwd
! grep -q root "$TMPD/out" "$TMPD/err"
check "--answers /etc/passwd prints none of it" show "$err"
REDFLAG_RESTRICTED=1 REDFLAG_RULES="$rules" run --check chest_pain
is "REDFLAG_RULES still names the rules" "$rc" 4
echo chest_pain | REDFLAG_RESTRICTED=1 "$REDFLAG" --answers - >/dev/null 2>&1
is "--answers - (standard input) is allowed" "$?" 4
REDFLAG_RESTRICTED=1 REDFLAG_REPORT_DIR="$TMPD/nowhere" run --check chest_pain
is "a report directory that cannot be opened: status 66" "$rc" 66

# Plain mode: names typed where a file name used to be asked for are
# not files; y saves under a made-up name in the report directory.
(cd "$home" && printf 'q\n~/.ssh/authorized_keys\n../x\n/tmp/x\ny\n' |
    HOME="$home" REDFLAG_RESTRICTED=1 REDFLAG_REPORT_DIR="$TMPD/reports" \
    "$REDFLAG" --plain >"$TMPD/plain.out" 2>&1)
name=$(reports)
case $name in
redflag-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[a-z0-9][a-z0-9][a-z0-9][a-z0-9].txt)
	pass "plain mode: one report, named by the program" ;;
*) fail "plain mode: one report, named by the program" "$name" "$(cat "$TMPD/plain.out")" ;;
esac
is "plain mode: it says the name it made" \
	"$(grep -c "Report saved as $name\." "$TMPD/plain.out")" 1
is "plain mode: the report has mode 0600" \
	"$(stat -c %a "$TMPD/reports/$name" 2>/dev/null)" 600
is "plain mode: nothing in the home directory changed" \
	"$(snapshot)" "$(cat "$TMPD/before")"
printf 'q\ny\n' | REDFLAG_RESTRICTED=1 "$REDFLAG" --plain >"$TMPD/none.out" 2>&1
is "plain mode without a report directory saves nothing" \
	"$(grep -c 'Reports cannot be saved here' "$TMPD/none.out")" 1

# The checklist: s saves at once, with no name to type.
rm -f "$TMPD"/reports/*
tm_start 80 24 HOME="$home" REDFLAG_RESTRICTED=1 \
    REDFLAG_REPORT_DIR="$TMPD/reports" --
tm_wait "Space tick"
tm_keys Space s
tm_wait "Saved the report as redflag-"
check "the checklist: s saves at once" tm_screen
tm_keys q
tm_wait_dead
is "the checklist: one report in the directory" "$(reports | wc -l)" 1
is "the checklist: nothing in the home directory changed" \
	"$(snapshot)" "$(cat "$TMPD/before")"
is "the checklist: nothing else in its working directory" \
	"$(ls "$TMPD" | grep -c '^redflag-report')" 0
tm_start 80 24 HOME="$home" REDFLAG_RESTRICTED=1 --
tm_wait "Space tick"
tm_keys Space s
tm_wait "Not saved: reports cannot be saved here"
check "the checklist without a report directory saves nothing" tm_screen
tm_keys q y
tm_wait_dead

done_testing
