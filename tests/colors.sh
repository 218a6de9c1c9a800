# colors.sh: every text the checklist shows, and above all the level
# badges, has a contrast of at least 4.5:1 on a white and on a black
# default background (xterm's default palette; see contrast.awk), and
# without colour the badges are still set apart.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
colors="$top_srcdir/tests/data/colors.conf"
: "${AWK:=awk}"

# contrast NAME: the figures for the screen, as TAP comments, and a
# check that each is at least 4.5 on both backgrounds.
contrast() {
	tm capture-pane -p -e >"$TMPD/screen"
	$AWK -f "$top_srcdir/tests/contrast.awk" "$TMPD/screen" >"$TMPD/figures"
	sed 's/^/# /' "$TMPD/figures"
	low=$($AWK -F '\t' '$2 < 4.5 || $3 < 4.5' "$TMPD/figures")
	[ -s "$TMPD/figures" ] && [ -z "$low" ]
	check "$1: contrast at least 4.5:1 on white and on black" show "$low"
}
# has NAME LOOK: the screen shows text in this look (fg=, bg=, rev=).
has() {
	grep -q "^$2 " "$TMPD/figures"
	check "$1" cat "$TMPD/figures"
}

# Every colour a level may ask for, all fired.
tm_start 80 30 -- -f "$colors"
tm_wait "Space tick"
tm_keys Space j Space j Space j Space j Space j Space j Space j Space
tm_wait "8 red flags"
contrast "every colour hint"
has "red: white on red" "fg=7 bg=1 rev=0"
has "yellow: black on yellow" "fg=0 bg=3 rev=0"
has "green: black on green" "fg=0 bg=2 rev=0"
has "blue: white on blue" "fg=7 bg=4 rev=0"
has "cyan: black on cyan" "fg=0 bg=6 rev=0"
has "magenta, default and white: reverse video" "fg=d bg=d rev=1"
tm capture-pane -p -e | grep -q "$(printf '\033')\[37m$(printf '\033')\[41m!RED"
check "the mark is a badge with its own background" eval 'tm capture-pane -p -e | cat -v'

# The shipped rules, with an emergency, an urgent and a soon flag.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys / bottom Enter Space / fever Enter Space / 'over 70' Enter Space
tm_wait "3 red flags"
contrast "the shipped rules"
has "EMERGENCY: white on red" "fg=7 bg=1 rev=0"
has "URGENT: black on yellow" "fg=0 bg=3 rev=0"
has "SOON: black on cyan" "fg=0 bg=6 rev=0"

# Without colour: reverse video for the badges, bold for the labels.
for how in "NO_COLOR=1" "TERM=vt100"; do
	tm_start 80 24 "$how" -- -f "$rules"
	tm_wait "Space tick"
	tm_keys / bottom Enter Space / 'over 70' Enter Space
	tm_wait "2 red flags"
	contrast "$how"
	has "$how: the badges in reverse video" "fg=d bg=d rev=1"
	tm_screen | grep -q 'I am over 70.*!SOON$'
	check "$how: the text mark" tm_screen
done

done_testing
