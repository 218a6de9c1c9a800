# layout.sh: the checklist never hides the answer: the most urgent flag
# and what to do are on screen at every size, flag titles and the first
# sentence of what to do are not cut where there is room, wide screens
# give the panel the room, web addresses are never split, and the focus
# is marked in a way that needs no colour.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
small="$top_srcdir/tests/data/small.conf"
ESC=$(printf '\033')

# alert_on_screen: a line says EMERGENCY, then the start of what to do.
alert_on_screen() {
	tm_screen | grep -q 'EMERGENCY  *Call an ambulance now'
}

# Two emergencies, then the screen at every size down to the smallest.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys / bottom Enter Space / chest Enter Space
tm_wait "2 red flags"
for size in 80x24 80x16 40x12 132x43 80x18 50x13; do
	tm resize-window -x "${size%x*}" -y "${size#*x}"
	sleep 0.3
	alert_on_screen
	check "$size: EMERGENCY and what to do now are on screen" tm_screen
	tm_screen | grep 'EMERGENCY  *Call an ambulance now' | grep -q 'Tab'
	check "$size: with the key that shows the details" tm_screen
done
# Nothing pushes it off: not the flags behind Tab, nor a question.
tm resize-window -x 40 -y 12
tm_keys Tab Down Down Down Down Down Down
sleep 0.3
alert_on_screen
check "40x12, reading the flags: still on screen" tm_screen
# ... and the focused flag's marker stays in sight in a tall flag.
row=$(tm_focus_row)
[ -n "$row" ] && [ "$(tm_cursor)" = "0,$row" ]
check "a tall flag: the > and the cursor stay in sight" eval 'tm_screen; tm_cursor'
tm_keys Tab / x
tm_wait "Search: x"
alert_on_screen
check "40x12, searching: still on screen" tm_screen
tm_keys Escape

# At 80x24, the panel has room for both titles and the first sentence
# of what to do: none of it is cut.
tm resize-window -x 80 -y 24
sleep 0.3
panel=$(tm_screen | sed -n '/Tab: details$/,/^About this answer/p' | sed '1d;$d')
[ -n "$panel" ] && ! printf '%s\n' "$panel" | grep -q '~$'
check "80x24: no title cut with ~" show "$panel"
joined=$(printf '%s\n' "$panel" | tr -s ' \n' ' ')
for want in "EMERGENCY: Possible cauda equina syndrome (pressure on the nerves at the bottom of the spine)" \
	"EMERGENCY: Back pain with chest pain can come from the heart or the main blood vessel" \
	"Do now: Call an ambulance now: 999 in the UK, 112 in the EU, 911 in the US, 000 in Australia."; do
	name="80x24: whole: $(printf '%s' "$want" | cut -c1-40)"
	case $joined in *"$want"*) pass "$name" ;; *) fail "$name" "$panel" ;; esac
done

# A wide terminal gives the panel the room the list does not need.
tm resize-window -x 132 -y 43
sleep 0.3
col=$(tm_screen | grep -o '^.*  EMERGENCY: Possible cauda' | head -n 1 | awk '{ print length($0) - length("EMERGENCY: Possible cauda") }')
[ -n "$col" ] && [ "$col" -le 70 ]
check "132x43: the panel is wider than 60 columns" eval 'echo "column $col"; tm_screen'

# The focused row is marked in reverse video, not only by ">".
tm capture-pane -p -e | grep "^${ESC}\[[0-9;]*7m" | grep -q "m>${ESC}"
check "the focused row's > is in reverse video" eval 'tm capture-pane -p -e | grep ">" | cat -v'

# A web address longer than the line is on a line of its own, cut at
# its end, never split.
url="https://www.example.org/a/very/long/address/that/goes/on/past/the/edge/of/any/screen/of/eighty/columns/index.html"
sed "s|https://www.nhs.uk/conditions/back-pain/|$url|" "$small" >"$TMPD/url.conf"
tm_start 80 24 -- -f "$TMPD/url.conf"
tm_wait "Space tick"
tm_keys Space Tab i
tm_wait "Sources:"
tm_screen | grep -q '^<https://www.example.org/a/very/long/address/that/goes/on/past/the/edge/of/any~$'
check "a long web address: a line of its own, cut at the end" tm_screen
! tm_screen | grep -q 'index.html\|eighty/col'
check "a long web address: never split" tm_screen

done_testing
