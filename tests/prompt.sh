# prompt.sh: the line where a report's file name is typed, and the keys
# of the too-small screen, in a real terminal (tmux).
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"

# The file-name line as shown, and its row.
name_line() { tm_screen | grep '^Save report to: '; }
name_row() { tm_screen | grep -n '^Save report to: ' | cut -d: -f1 | awk '{print $1 - 1}'; }
# The columns the file-name line takes (wide characters count two).
name_width() { name_line | sed 's/ *$//' | tr -d '\n' | wc -L; }
# cursor_after_text NAME [ROW]: the cursor is just after the end of the
# line (on row ROW: waiting up to 5 seconds for a resize to be drawn).
cursor_after_text() {
	i=0
	while [ $# -gt 1 ] && [ $i -lt 100 ] &&
		[ "$(tm_cursor)" != "$(name_width),$2" ]; do
		sleep 0.05
		i=$((i + 1))
	done
	is "$1" "$(tm_cursor)" "$(name_width),$(name_row)"
}
# wait_line TEXT: wait up to 5 seconds for the file-name line to be TEXT.
wait_line() {
	i=0
	while [ $i -lt 100 ]; do
		[ "$(name_line)" = "$1" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

long=reports/$(printf 'a%.0s' $(seq 1 50))/$(printf 'b%.0s' $(seq 1 50)).txt

# At the smallest size, the default name does not fit: its end is shown,
# with the cursor after it, not at column 0.
tm_start 40 12 -- -f "$rules"
tm_wait "Space tick"
tm_keys s
tm_wait "Save report to: "
check "s opens the file-name line" tm_screen
like "40x12: the default name shows its end" "$(name_line)" \
	"Save report to: <*.txt"
cursor_after_text "40x12: the cursor is after the default name"
[ "$(name_width)" -le 40 ]
check "40x12: the line fits the width" name_line

# A long name at 80x24: the line scrolls with the insertion point.
tm_keys C-u "$long"
wait_line "Save report to: <$(printf '%s' "$long" | tail -c 21)"
check "a long name shows its end as it is typed" name_line
cursor_after_text "40x12: the cursor follows the typing"
tm resize-window -x 80 -y 24
wait_line "Save report to: <$(printf '%s' "$long" | tail -c 61)"
check "80x24: a wider line shows more of the name" name_line
tm_keys Home
wait_line "Save report to: $(printf '%s' "$long" | cut -c1-63)>"
check "Home shows the start of a long name, and > says it goes on" name_line
is "Home puts the cursor at the start of the name" "$(tm_cursor)" "16,$(name_row)"
tm_keys Right Right Right Right Right Right Right Right X
wait_line "Save report to: reports/X$(printf '%s' "$long" | cut -c9-62)>"
check "a key typed in the middle goes in at the insertion point" name_line
is "the cursor is after what was typed in the middle" "$(tm_cursor)" "25,$(name_row)"
tm_keys BSpace End
wait_line "Save report to: <$(printf '%s' "$long" | tail -c 61)"
check "Backspace and End" name_line
cursor_after_text "End puts the cursor after the name"
tm_keys Left Left Left Left DC
wait_line "Save report to: <$(printf '%s' "$long" | sed 's/\.txt$/txt/' | tail -c 61)"
check "Delete takes out the character at the cursor" name_line
tm_keys Escape

# Wide characters: the cursor lands after the last one, at every width.
wide=$(printf '報告%.0s' $(seq 1 20))
for size in 80x24:18 40x12:8 57x13:9; do
	row=${size#*:} size=${size%:*}
	tm resize-window -x "${size%x*}" -y "${size#*x}"
	i=0	# until the new size is drawn: the status line moves to $row
	while [ $i -lt 100 ] && ! tm_screen | sed -n "$((row + 1))p" | grep -q '^About this answer'; do
		sleep 0.05
		i=$((i + 1))
	done
	tm_keys s C-u "ab$wide"
	i=0
	while [ $i -lt 100 ] && ! name_line | grep -q '告 *$'; do sleep 0.05; i=$((i + 1)); done
	like "$size: a long line of wide characters shows its end" "$(name_line)" \
		"Save report to: <*報告"
	cursor_after_text "$size: the cursor is after the last wide character" "$row"
	[ "$(name_width)" -le "${size%x*}" ]
	check "$size: wide characters fit the width" name_line
	tm_keys Escape
done

# --ascii: each character the terminal may not show is one '?'.
tm_start 40 12 -- -f "$rules" --ascii
tm_wait "Space tick"
tm_keys s C-u "ab$wide"
i=0
while [ $i -lt 100 ] && ! name_line | grep -q '?$'; do sleep 0.05; i=$((i + 1)); done
name_line | grep -q '^Save report to: <?\{21\}$'
check "--ascii: wide characters are '?'" name_line
cursor_after_text "--ascii: the cursor is after the last '?'"
! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$TMPD/wire"
check "--ascii: only ASCII is written"

# A failed save keeps the line open, with the reason and the name; the
# next keys edit the name and tick nothing.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys s C-u "$TMPD/no/such/dir/r.txt" Enter
tm_wait "Not saved: No such file or directory."
check "a failed save says why" tm_screen
[ "$(name_line)" = "Save report to: $TMPD/no/such/dir/r.txt" ]
check "a failed save keeps the line open with the name" tm_screen
cursor_after_text "after a failed save the cursor is after the name"
tm_keys x
wait_line "Save report to: $TMPD/no/such/dir/r.txtx"
check "a key after a failed save edits the name" tm_screen
! tm_screen | grep -q '\[x\]'
check "a key after a failed save ticks nothing" tm_screen
tm_screen | grep -q "^Not saved: No such file or directory."
check "the reason stays while the name is edited" tm_screen
tm_keys C-u "$TMPD/fixed.txt" Enter
tm_wait "Saved the report to $TMPD/fixed.txt" && [ -f "$TMPD/fixed.txt" ]
check "the name mended, Enter saves" tm_screen

# The too-small screen: keys do what it says, and nothing else.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
tm_keys Space s
tm_wait "Save report to: "
tm resize-window -x 30 -y 8
tm_wait "press q to quit"
tm_keys x
sleep 0.2
tm resize-window -x 80 -y 24
tm_wait "Save report to: "
name_line | grep -q 'txt$'
check "too small: x is not typed into the name" name_line
tm resize-window -x 30 -y 8
tm_wait "press q to quit"
tm_keys q
tm_wait "Answers not saved" && tm_screen | tr '\n' ' ' | grep -q "quit anyway? (y/n)"
check "too small: q asks to quit, as the screen says" tm_screen
tm_keys n
sleep 0.2
! tm_dead
check "too small: n stays"
tm_keys q y
tm_wait_dead
check "too small: q then y quits" tm_screen

done_testing
