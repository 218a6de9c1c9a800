# hostile.sh: rules files written to do harm.  Each must give one clear
# message and a documented exit status quickly, with no crash and no
# escape byte on the terminal.
. "$(dirname "$0")/lib.sh"
small="$top_srcdir/tests/data/small.conf"
ESC=$(printf '\033')

# hostile NAME STATUS FILE [MESSAGE]: --lint and --check on FILE.
hostile() {
	name=$1 want=$2 file=$3 msg=${4:-}
	for mode in --lint --check; do
		if [ $mode = --lint ]; then
			timeout 10 "$REDFLAG" --lint "$file" >"$TMPD/out" 2>"$TMPD/err"
		else
			timeout 10 "$REDFLAG" -f "$file" --check x >"$TMPD/out" 2>"$TMPD/err"
		fi
		rc=$?
		if [ $rc != "$want" ]; then
			fail "$name ($mode): status $want" "got $rc" "$(head -c 600 "$TMPD/err")"
		elif ! no_escape "$TMPD/out" || ! no_escape "$TMPD/err"; then
			fail "$name ($mode): no escape byte" "$(od -c "$TMPD/err" | grep -m2 033)"
		elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$TMPD/err"; then
			fail "$name ($mode): says what is wrong" "$(head -c 600 "$TMPD/err")"
		else
			pass "$name ($mode): status $want, a clear message"
		fi
	done
}

# Every string setting of the small example, in turn, gets an escape
# sequence (as libconfig's \x escape and as a raw byte), a control
# character or a bidirectional override.  The first problem reported
# must be that string (an id that changes also leaves its users
# pointing at nothing, which is reported after it).
strings=$(grep -o '[a-z_]* = "' "$small" | sed 's/ = "//' | sort -u)
n=0
for key in $strings; do
	for bad in '\\x1B[2J' "$ESC]0;pwned\\a" '\\x07' '\\x7F' '\xe2\x80\xae'; do
		n=$((n + 1))
		raw=$(printf '%b' "$bad")
		# the first occurrence of the setting gets the bad text
		awk -v k="$key" -v b="$raw" '!done && index($0, k " = \"") {
			sub(k " = \"", k " = \"" b); done = 1 } { print }' "$small" >"$TMPD/h$n.conf"
		"$REDFLAG" --lint "$TMPD/h$n.conf" >"$TMPD/out" 2>"$TMPD/err"
		rc=$?
		first=$(head -n 1 "$TMPD/err")
		if [ $rc = 78 ] && no_escape "$TMPD/err" && case $first in
		    *"control character"*|*"must use only a-z"*) true ;; *) false ;; esac; then
			pass "'$key' with $(printf '%s' "$bad" | od -An -c | tr -s ' ' | head -c 24): refused"
		else
			fail "'$key' with $bad: refused, said first" "status $rc" "$(cat -v "$TMPD/err")"
		fi
	done
done

# Invalid UTF-8, raw.
printf 'format = 1;\ntitle = "\377\376";\n' >"$TMPD/utf8.conf"
hostile "invalid UTF-8" 78 "$TMPD/utf8.conf" "utf8.conf:2: invalid UTF-8 (byte 0xFF at column 10)"

# A label of 1 MB.
{ sed -n '1,/^symptoms = (/p' "$small"
  printf '  { id = "big"; group = "G"; label = "'
  head -c 1048576 /dev/zero | tr '\0' 'x'
  printf '"; },\n'
  sed -n '/^symptoms = (/,$p' "$small" | sed 1d; } >"$TMPD/big.conf"
hostile "a label of 1 MB" 78 "$TMPD/big.conf" "'label' is too long (1048576 bytes; the limit is 200)"

# Millions of list items, under the size limit: refused before libconfig
# spends a gigabyte on them.  The same with a memory limit, so that
# libconfig could not survive them: it must not be asked to.
{ printf 'format = 1;\nsymptoms = (\n'; head -c 1600000 /dev/zero | sed 's/\x0/{},/g'; printf '{});\n'; } >"$TMPD/items.conf"
hostile "1,600,000 list items" 78 "$TMPD/items.conf" "items.conf:3: more than 1500000 settings and list items in the file"
# The limit counts each '=', ':', ',' and opening bracket outside
# strings: 1,500,000 of them pass the check, 1,500,002 do not.
for k in 749998 749999; do
	{ printf 'format = 1;\nsymptoms = (\n'; head -c $k /dev/zero | sed 's/\x0/{},/g'; printf '{});\n'; } >"$TMPD/edge.conf"
	"$REDFLAG" --lint "$TMPD/edge.conf" >/dev/null 2>"$TMPD/err"
	if grep -q 'more than 1500000 settings and list items' "$TMPD/err"; then
		refused=yes
	else
		refused=no
	fi
	is "$((2 * k + 4)) counted items: refused for their number" "$refused" \
		"$([ $k = 749998 ] && echo no || echo yes)"
done
rm -f "$TMPD/edge.conf"
# (Not in an AddressSanitizer build: its shadow memory needs terabytes
# of address space, so no program runs under ulimit -v there.)
if ! grep -aq __asan_init "$REDFLAG"; then
	( ulimit -v 300000 2>/dev/null; "$REDFLAG" --lint "$TMPD/items.conf" >/dev/null 2>&1 )
	is "1,600,000 list items in 300 MB of memory: status 78" "$?" 78
fi

# Nesting 100,000 deep: in libconfig lists, and in a condition.
{ printf 'x = '; head -c 100000 /dev/zero | tr '\0' '('; head -c 100000 /dev/zero | tr '\0' ')'; printf ';\n'; } >"$TMPD/deep-list.conf"
hostile "lists nested 100,000 deep" 78 "$TMPD/deep-list.conf" "deep-list.conf:1:"
deep=$(head -c 100000 /dev/zero | tr '\0' '(')
sed "s|when = \"saddle_numbness or both_legs\";|when = \"$deep\";|" "$small" >"$TMPD/deep-cond.conf"
hostile "a condition nested 100,000 deep" 78 "$TMPD/deep-cond.conf" "'when' is too long (100000 bytes; the limit is 4096)"
deep=$(head -c 3000 /dev/zero | tr '\0' '(')
sed "s|when = \"saddle_numbness or both_legs\";|when = \"${deep}a\";|" "$small" >"$TMPD/deep-cond2.conf"
hostile "a condition nested 3,000 deep" 78 "$TMPD/deep-cond2.conf" "the condition is nested more than 32 levels deep"

# Things that are not regular files.  Devices and FIFOs are read, but
# one that never ends stops at the size limit.
hostile "a directory" 66 "$TMPD" "$TMPD: is a directory"
hostile "/dev/zero" 66 /dev/zero "/dev/zero: is too large (the limit is 33554432 bytes)"
mkfifo "$TMPD/fifo"
(head -c 40000000 /dev/zero >"$TMPD/fifo"; head -c 40000000 /dev/zero >"$TMPD/fifo") 2>/dev/null &
hostile "a FIFO that never ends" 66 "$TMPD/fifo" "is too large (the limit is 33554432 bytes)"
kill $! 2>/dev/null
ln -s "$TMPD/loop" "$TMPD/loop"
hostile "a symlink loop" 66 "$TMPD/loop" "Too many levels of symbolic links"
hostile "a missing file" 66 "$TMPD/missing" "No such file or directory"

# A file that cannot be read: as root, read as an unprivileged user.
# That user may not be able to reach the build directory (a clone under
# /root, mode 700), so the program is copied into the test's directory.
cp "$small" "$TMPD/secret.conf"
chmod 000 "$TMPD/secret.conf"
chmod 755 "$TMPD"
if [ "$(id -u)" != 0 ]; then
	hostile "a file that cannot be read" 66 "$TMPD/secret.conf" "Permission denied"
else
	cp "$REDFLAG" "$TMPD/redflag" && chmod 755 "$TMPD/redflag"
	setpriv --reuid=65534 --regid=65534 --clear-groups "$TMPD/redflag" \
	    --lint "$TMPD/secret.conf" >"$TMPD/out" 2>"$TMPD/err"
	is "a file that cannot be read: status 66" "$?" 66
	grep -q "secret.conf: Permission denied" "$TMPD/err"
	check "a file that cannot be read: says so" cat "$TMPD/err"
fi

done_testing
