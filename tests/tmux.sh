# tmux.sh: drive the real program in a real terminal: a private tmux
# server per test script, a fixed size, keys in, screen and cursor out,
# and every byte the program writes logged by pipe-pane.  The server's
# socket is in $TMPD (tmux leaves it behind when the server ends).
# Needs lib.sh first.
: "${TMUX_BIN:=}"
[ -n "$TMUX_BIN" ] && [ -x "$TMUX_BIN" ] || TMUX_BIN=$(command -v tmux) ||
	skip_all "tmux not found"
unset TMUX TMUX_PANE
tm_n=0
tm_sock="$TMPD/tmux-0"
tm() { "$TMUX_BIN" -S "$tm_sock" -f /dev/null "$@"; }
on_exit 'tm kill-server 2>/dev/null'

# tm_start COLS LINES ENV... -- ARGS...: run redflag in a new server
# (a new socket each time, so no server is reused while it shuts
# down).  The program waits until remain-on-exit and the logging of its
# output to $TMPD/wire are in place.  Its pid is in $tm_pid; its exit
# status is written to $TMPD/status (tmux's own is not reliable).
tm_start() {
	cols=$1 lines=$2; shift 2
	envs=
	while [ $# -gt 0 ] && [ "$1" != -- ]; do envs="$envs '$1'"; shift; done
	[ $# -gt 0 ] && shift
	args=
	for a in "$@"; do args="$args '$a'"; done
	tm kill-server 2>/dev/null
	tm_n=$((tm_n + 1))
	tm_sock="$TMPD/tmux-$tm_n"
	: >"$TMPD/wire"
	rm -f "$TMPD/go" "$TMPD/pid" "$TMPD/status"
	cat >"$TMPD/run" <<RUN
cd '$TMPD' || exit 99
while [ ! -e '$TMPD/go' ]; do sleep 0.02; done
sh -c 'echo \$\$ >"\$0"; exec "\$@"' '$TMPD/pid' env -u NO_COLOR -u REDFLAG_RULES LC_ALL=C.UTF-8 TERM=xterm-256color $envs '$REDFLAG' $args
echo \$? >'$TMPD/status'
RUN
	tm new-session -d -x "$cols" -y "$lines" "exec sh '$TMPD/run'" || return 1
	tm set-option -g remain-on-exit on
	tm set-window-option -g window-size manual 2>/dev/null
	tm pipe-pane -o "cat >>'$TMPD/wire'"
	touch "$TMPD/go"
	i=0
	while [ ! -s "$TMPD/pid" ] && [ $i -lt 100 ]; do sleep 0.02; i=$((i + 1)); done
	tm_pid=$(cat "$TMPD/pid")
}

tm_screen() { tm capture-pane -p; }
tm_history() { tm capture-pane -p -S -; }	# with what scrolled away
tm_keys() { tm send-keys "$@"; }
tm_cursor() { tm display -p '#{cursor_x},#{cursor_y}'; }
tm_dead() { [ "$(tm display -p '#{pane_dead}' 2>/dev/null)" = 1 ]; }
tm_status() {	# the exit status of redflag
	i=0
	while [ ! -s "$TMPD/status" ] && [ $i -lt 100 ]; do sleep 0.02; i=$((i + 1)); done
	cat "$TMPD/status" 2>/dev/null
}

# tm_wait TEXT: wait up to 5 seconds for TEXT on the screen.
tm_wait() {
	i=0
	while [ $i -lt 100 ]; do
		tm_screen | grep -qF -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# tm_wait_dead [TENTHS]: wait for the program to end (default 5 s).
tm_wait_dead() {
	i=0
	while [ $i -lt $(( ${1:-50} * 2 )) ]; do
		tm_dead && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# The row (0-based) of the focused line: the one starting with ">".
tm_focus_row() { tm_screen | grep -n '^>' | head -n 1 | cut -d: -f1 | awk '{print $1 - 1}'; }
