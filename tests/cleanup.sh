# cleanup.sh: a test script ended by HUP, INT or TERM leaves nothing
# behind (lib.sh's traps): its tmux server and the program in it, its
# background jobs and its temporary directory are gone, and it dies of
# the signal it was sent, so that make sees it.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
env --default-signal=HUP,INT,TERM true 2>/dev/null ||
	skip_all "env has no --default-signal (coreutils 8.31 or later)"

# The script that is sent the signal: the checklist in a tmux server of
# its own and a job in the background; it writes what it made to $1,
# then waits.
cat >"$TMPD/victim.sh" <<'EOF'
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tmux.sh"
tm_start 80 24 -- -f "$top_srcdir/etc/redflag.conf"
tm_wait "Space tick" || exit 1
sleep 300 &
echo "$TMPD $tm_sock $tm_pid $!" >"$1.tmp" && mv "$1.tmp" "$1"
while :; do sleep 0.1; done
EOF

# gone NAME COMMAND...: pass once COMMAND succeeds, within 5 seconds.
gone() {
	name=$1; shift
	i=0
	while ! "$@" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	ok "$name" "$@"
}
no_server() { ! "$TMUX_BIN" -S "$1" -f /dev/null has-session 2>/dev/null; }
# An ended process may wait a while for init to reap it (a zombie).
no_process() {
	! kill -0 "$1" 2>/dev/null ||
		case $(ps -o stat= -p "$1") in Z*) true ;; *) false ;; esac
}
no_file() { [ ! -e "$1" ]; }

# The three scripts run side by side; what one leaves after a failed
# check is removed here at the end.
on_exit 'for sig in HUP INT TERM; do
	[ -s "$TMPD/$sig.made" ] || continue
	read -r vtmp vsock vpid vjob <"$TMPD/$sig.made"
	"$TMUX_BIN" -S "$vsock" -f /dev/null kill-server 2>/dev/null
	kill "$vpid" "$vjob" 2>/dev/null
	rm -rf "$vtmp"
done'
mkdir "$TMPD/tmp"
for sig in HUP INT TERM; do
	# A job started with & ignores INT, and one under nohup HUP: a
	# signal ignored when a shell starts cannot be trapped.
	TMPDIR="$TMPD/tmp" env --default-signal=HUP,INT,TERM sh "$TMPD/victim.sh" \
	    "$TMPD/$sig.made" >"$TMPD/$sig.out" 2>&1 &
	echo $! >"$TMPD/$sig.pid"
done
for sig in HUP INT TERM; do
	case $sig in HUP) n=1 ;; INT) n=2 ;; TERM) n=15 ;; esac
	i=0
	while [ ! -s "$TMPD/$sig.made" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	if ! read -r vtmp vsock vpid vjob <"$TMPD/$sig.made" 2>/dev/null; then
		fail "$sig: the script under test starts" "$(cat "$TMPD/$sig.out")"
		continue
	fi
	victim=$(cat "$TMPD/$sig.pid")
	kill -s "$sig" "$victim"
	gone "$sig: the script ends" no_process "$victim"
	no_process "$victim" || kill -KILL "$victim"
	wait "$victim" 2>/dev/null
	is "$sig: the script dies of $sig" "$?" $((128 + n))
	gone "$sig: its tmux server is gone" no_server "$vsock"
	gone "$sig: the program in its tmux server is gone" no_process "$vpid"
	gone "$sig: its background job is gone" no_process "$vjob"
	gone "$sig: its temporary directory is gone" no_file "$vtmp"
done

done_testing
