# faults.sh: signals at any moment of a run that saves a report, and
# some for certain while the report is being written; a report that
# cannot be written; and privacy: nothing is written anywhere unless a
# report is saved, and never a temporary file outside its directory.
. "$(dirname "$0")/lib.sh"
rules="$top_srcdir/etc/redflag.conf"

# A large report (5,000 ticked answers, about 1.4 MB), written by plain
# mode at its end, while SIGTERM, SIGHUP or SIGINT comes at random
# moments.  Afterwards the report is complete or absent, and no
# temporary file is left.
#
# tests/sigwindow.so, preloaded, logs the signals that landed inside a
# window where the program held them off: the save's window is the one
# that also holds off SIGTSTP (only save_at does).  Three more runs hold
# that window open until a signal has been sent into it, so that some
# signals certainly land while the report is being written.
hook="$top_builddir/tests/sigwindow.so"
[ -f "$hook" ] || { echo "Bail out! $hook is not built (make builds it)"; exit 99; }
# AddressSanitizer wants its library first; the hook is loaded before it.
asan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
awk -v n=5000 -f "$top_srcdir/tests/bench/gen-rules.awk" >"$TMPD/g.conf"
i=0
while [ $i -lt 5000 ]; do echo "s$i"; i=$((i + 1)); done >"$TMPD/all"
mkdir "$TMPD/out"

# save [VAR=VALUE...]: start writing the report, in the background, with
# the hook; the pid in $pid.
save() {
	rm -f "$TMPD/out/r.txt" "$TMPD/window.log"
	env LD_PRELOAD="$hook" SIGWINDOW_LOG="$TMPD/window.log" \
	    ASAN_OPTIONS="$asan" "$@" "$REDFLAG" -f "$TMPD/g.conf" --plain \
	    --answers "$TMPD/all" --report "$TMPD/out/r.txt" \
	    </dev/null >/dev/null 2>&1 &
	pid=$!
}
# saved: count what the run that ended left: the report whole, absent
# or broken, a temporary file, a signal landed in the save's window.
whole=0 none=0 broken=0 left=0 landed=0
saved() {
	if [ ! -e "$TMPD/out/r.txt" ]; then none=$((none + 1))
	elif [ "$(tail -n 1 "$TMPD/out/r.txt")" = "Synthetic test data." ]; then whole=$((whole + 1))
	else broken=$((broken + 1)); fi
	ls -A "$TMPD/out" | grep -q '^\.redflag-' && left=$((left + 1))
	rm -f "$TMPD"/out/.redflag-*
	grep -q '^landed .* in a window blocking .* TSTP$' "$TMPD/window.log" 2>/dev/null &&
		landed=$((landed + 1))
}

# How long a whole run takes here; the signals are spread over its
# second half.  Most land before the save, while plain mode holds them
# off or before it does; the save takes the last few milliseconds.
t0=$(date +%s%N)
save
wait $pid
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
for t in $(seq 1 60); do
	save
	d=$(( ms / 2 + ms * t / 100 ))
	sleep "$((d / 1000)).$(printf '%03d' $((d % 1000)))"
	case $((t % 3)) in 0) sig=TERM ;; 1) sig=HUP ;; *) sig=INT ;; esac
	kill -$sig $pid 2>/dev/null
	wait $pid 2>/dev/null
	saved
done
echo "# $landed of the 60 signals at random moments landed while the report was being written"
for sig in TERM HUP INT; do
	case $sig in HUP) n=1 ;; INT) n=2 ;; TERM) n=15 ;; esac
	save SIGWINDOW_HOLD=TSTP
	i=0
	while ! grep -q '^open' "$TMPD/window.log" 2>/dev/null && [ $i -lt 200 ]; do
		sleep 0.05; i=$((i + 1))
	done
	kill -$sig $pid 2>/dev/null
	wait $pid 2>/dev/null
	rc=$?
	name="SIG$sig sent while a report is being written"
	if grep -q "^landed $sig in a window blocking .* TSTP\$" "$TMPD/window.log" 2>/dev/null; then
		pass "$name: lands in the save's window"
	else
		fail "$name: lands in the save's window" "$(cat "$TMPD/window.log" 2>/dev/null ||
		    echo "no window holding off SIGTSTP opened")"
	fi
	is "$name: the report is whole" "$(tail -n 1 "$TMPD/out/r.txt" 2>&1)" "Synthetic test data."
	is "$name: then it ends the program" "$rc" $((128 + n))
	saved
done
is "signals during saves: no partial report ($whole complete, $none not written)" "$broken" 0
is "signals during saves: no temporary file left" "$left" 0
[ "$landed" -gt 0 ] && pass "signals during saves: some landed while the report was being written ($landed of 63)" ||
	fail "signals during saves: some landed while the report was being written"

# SIGKILL cannot be held off.  strace makes the report's fsync take 5
# seconds, and the program is killed in the middle of it: where the file
# system has O_TMPFILE, the report has no name yet, so nothing at all is
# left, no hidden copy either.
if command -v strace >/dev/null 2>&1; then
	mkdir "$TMPD/kill"
	strace -f -o "$TMPD/strace.log" -e trace=openat,fsync \
	    -e inject=fsync:delay_enter=5000000 sh -c \
	    'echo $$ >"$0"; exec "$1" -f "$2" --plain --answers "$3" --report "$4" </dev/null >/dev/null 2>&1' \
	    "$TMPD/kill.pid" "$REDFLAG" "$TMPD/g.conf" "$TMPD/all" "$TMPD/kill/r.txt" &
	spid=$!
	sleep 1.5
	kill -KILL "$(cat "$TMPD/kill.pid")"
	wait $spid 2>/dev/null
	if grep -q 'O_TMPFILE.*= -1' "$TMPD/strace.log"; then
		skip "SIGKILL during a save: this file system has no O_TMPFILE"
	else
		is "SIGKILL during a save leaves nothing, no hidden copy either" \
		    "$(ls -A "$TMPD/kill")" ""
	fi
else
	skip "SIGKILL during a save: strace not found (build-aux/install-deps installs it)"
fi

# Privacy: a session that saves nothing writes nothing, anywhere it
# could: the working directory, HOME and TMPDIR stay empty.
mkdir "$TMPD/cwd" "$TMPD/home" "$TMPD/tmp"
(cd "$TMPD/cwd" && printf 'y\ny\nq\n\n' | HOME="$TMPD/home" TMPDIR="$TMPD/tmp" \
    "$REDFLAG" -f "$rules" --plain >/dev/null 2>&1)
is "plain mode without a report writes no file" \
	"$(ls -A "$TMPD/cwd" "$TMPD/home" "$TMPD/tmp" | tr -d '\n')" \
	"$TMPD/cwd:$TMPD/home:$TMPD/tmp:"
(cd "$TMPD/cwd" && HOME="$TMPD/home" TMPDIR="$TMPD/tmp" \
    "$REDFLAG" -f "$rules" --check chest_pain --format json >/dev/null 2>&1)
is "batch mode writes no file" "$(ls -A "$TMPD/cwd" "$TMPD/home" "$TMPD/tmp" | tr -d '\n')" \
	"$TMPD/cwd:$TMPD/home:$TMPD/tmp:"
if [ -n "${TMUX_BIN:-}" ] && [ -x "$TMUX_BIN" ] || TMUX_BIN=$(command -v tmux); then
	. "$top_srcdir/tests/tmux.sh"
	mkdir "$TMPD/cwd2"
	tm_start 80 24 HOME="$TMPD/home" TMPDIR="$TMPD/tmp" -- -f "$rules"
	tm_wait "Space tick"
	tm_keys Space j Space / chest Enter Space q y
	tm_wait_dead
	# tm_start runs in $TMPD: only its own files may be there
	is "the checklist without a report writes no file" \
		"$(ls -A "$TMPD/home" "$TMPD/tmp" | tr -d '\n')$(ls "$TMPD" | grep -c '^redflag-report')" \
		"$TMPD/home:$TMPD/tmp:0"
fi

done_testing
