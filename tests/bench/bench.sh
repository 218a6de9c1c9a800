#!/bin/sh
# bench.sh: make bench.  redflag next to dialog --checklist and whiptail
# --checklist, all three with the same 14 symptoms in an 80x24
# pseudo-terminal: bytes on the wire, memory, start-up time and idle CPU,
# with TERM=xterm-256color and TERM=vt100; then evaluation at scale.
# The budgets are checked here, never by a timed test.
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
PTY=$top_builddir/tests/bench/ptybench
SCALE=$top_builddir/tests/bench/scale
RF=$top_builddir/src/redflag
for t in "$PTY" "$SCALE" "$RF"; do
	[ -x "$t" ] || { echo "bench: $t is not built" >&2; exit 1; }
done
for p in dialog whiptail; do
	command -v $p >/dev/null 2>&1 || {
		echo "bench: $p is missing: run build-aux/install-deps bench" >&2
		exit 1
	}
done
W=$(mktemp -d "${TMPDIR:-/tmp}/redflag-bench.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
failed=0

# The same 14 symptoms for all three programs.
cat >"$W/labels" <<'EOF'
I am 50 or older
I am over 70
I have lost weight without trying
I feel very tired for no reason
Pain at night that stops me sleeping
Pain is there even when I rest
The pain does not get worse when I move
Tingling or numbness in an arm or a leg
The pain has not got better in a month
I have a fever or feel hot and shivery
I have cancer now, or had it in the past
Numb or tingling around my bottom or genitals
I can't pee, or it is hard to start
I have chest pain as well as back pain
EOF
{
	printf 'format = 1; title = "Bench: back-pain red flags"; version = "1";\n'
	printf 'date = "2026-11-23"; disclaimer = "Bench data."; no_flag = "No flag.";\n'
	printf 'sources = ( { id = "bench"; title = "Bench data"; } );\n'
	printf 'levels = ( { id = "emergency"; label = "Emergency"; tag = "EMERGENCY"; color = "red";\n'
	printf '  action = "Call your local emergency number now."; },\n'
	printf '  { id = "urgent"; label = "Urgent"; tag = "URGENT"; color = "yellow";\n'
	printf '  action = "Get seen today."; },\n'
	printf '  { id = "soon"; label = "Soon"; tag = "SOON"; color = "cyan";\n'
	printf '  action = "See a doctor within two weeks."; } );\n'
	printf 'symptoms = (\n'
	i=0
	while IFS= read -r l; do
		i=$((i + 1))
		printf '  { id = "s%d"; group = "Symptoms"; label = "%s"; }%s\n' $i "$l" \
			"$([ $i -lt 14 ] && echo ,)"
	done <"$W/labels"
	printf ');\nrules = (\n'
	printf '  { id = "ces"; level = "emergency"; when = "s12 or s13"; message = "Possible cauda equina syndrome"; advice = "Go now."; sources = ["bench"]; },\n'
	printf '  { id = "chest"; level = "emergency"; when = "s14"; message = "Back pain with chest pain"; advice = "Go now."; sources = ["bench"]; },\n'
	printf '  { id = "cancer"; level = "urgent"; when = "s11 and (s5 or s6 or s3)"; message = "Cancer history with a warning sign"; advice = "Today."; sources = ["bench"]; },\n'
	printf '  { id = "signs"; level = "soon"; when = "2 of (s3, s4, s5, s6, s7, s9) or (s1 and s3) or (s2 and s10) or s8 and s9"; message = "Several warning signs together"; advice = "Book."; sources = ["bench"]; }\n'
	printf ');\n'
} >"$W/bench.conf"
"$RF" --lint "$W/bench.conf" >/dev/null || { echo "bench: bad bench rules" >&2; exit 1; }

# The steps: first screen; 5 cursor moves; a toggle that fires nothing,
# twice (tick, clear); for redflag a toggle that fires a flag; peak
# memory; 10 seconds idle; quit.
steps() {
	cat <<EOF
quiet 400
mark first_screen
send \eOB
quiet 200
send \eOB
quiet 200
send \eOB
quiet 200
send \eOB
quiet 200
send \eOB
quiet 200
mark move5
send \s
quiet 200
send \s
quiet 200
mark toggle2
EOF
	if [ "$1" = redflag ]; then
		cat <<EOF
send G
quiet 300
mark unused
send \s
quiet 300
mark fire
EOF
	fi
	cat <<EOF
rss
idle 10000
end
EOF
}

# checklist PROGRAM ON/OFF: the argument list of a dialog or whiptail
# checklist of the 14 symptoms, in "$@" of the caller's run.
run() {	# run NAME TERM: measure one program; result lines in $W/NAME.TERM
	name=$1 term=$2
	set -- "$RF" -f "$W/bench.conf" --no-summary
	if [ "$name" != redflag ]; then
		state=off
		[ "$name" = whiptail ] && state=OFF
		set -- "$name" --checklist "Which of these do you have?" 24 80 14
		i=0
		while IFS= read -r l; do
			i=$((i + 1))
			set -- "$@" "$i" "$l" "$state"
		done <"$W/labels"
	fi
	steps $name | "$PTY" 80 24 "TERM=$term" LC_ALL=C.UTF-8 -- "$@" >"$W/$name.$term"
}

val() {	# val NAME TERM STEP FIELD
	sed -n "s/^$3 .*$4=\([0-9.]*\).*/\1/p" "$W/$1.$2"
}

for term in xterm-256color vt100; do
	for p in redflag dialog whiptail; do
		run $p $term
	done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
check() {	# check WHAT OK
	if [ "$2" = 1 ]; then printf '  ok    %s\n' "$1"
	else printf '  MISS  %s\n' "$1"; failed=1; fi
}
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }' && echo 1 || echo 0; }

echo "redflag benchmark, $(date -u '+%Y-%m-%d'), $(uname -srm), $(nproc) cores"
echo "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')"
echo "dialog $(dialog --version 2>&1 | sed 's/.*: *//'), whiptail $(dpkg-query -W -f='${Version}' whiptail 2>/dev/null)"
for term in xterm-256color vt100; do
	echo
	echo "TERM=$term, 80x24, 14 symptoms"
	printf '%-34s %10s %10s %10s\n' "" redflag dialog whiptail
	for row in "first screen, bytes:first_screen:bytes" \
	    "cursor move, bytes:move5:bytes:5" \
	    "toggle, no flag change, bytes:toggle2:bytes:2" \
	    "toggle that fires a flag, bytes:fire:bytes" \
	    "peak memory, KiB:rss:kb" \
	    "start to first screen, ms:first_screen:ms" \
	    "CPU idle 10 s, s:idle:cpu"; do
		label=${row%%:*}; rest=${row#*:}
		step=${rest%%:*}; rest=${rest#*:}
		field=${rest%%:*}; per=${rest#*:}
		[ "$per" = "$rest" ] && per=1
		printf '%-34s' "$label"
		for p in redflag dialog whiptail; do
			v=$(val $p $term $step $field)
			[ -z "$v" ] && v=- || [ "$per" = 1 ] || v=$(div "$v" "$per")
			printf ' %10s' "$v"
		done
		echo
	done
	t=$(val redflag $term first_screen ms)
	printf '%-34s %10s %10s %10s\n' "start to first screen, x redflag" 1.00 \
		"$(ratio "$(val dialog $term first_screen ms)" "$t")" \
		"$(ratio "$(val whiptail $term first_screen ms)" "$t")"
	echo "budgets:"
	check "first screen <= 3000 bytes ($(val redflag $term first_screen bytes))" \
		"$(le "$(val redflag $term first_screen bytes)" 3000)"
	check "cursor move <= 30 bytes ($(div "$(val redflag $term move5 bytes)" 5))" \
		"$(le "$(div "$(val redflag $term move5 bytes)" 5)" 30)"
	check "toggle <= whiptail's toggle ($(div "$(val redflag $term toggle2 bytes)" 2) <= $(div "$(val whiptail $term toggle2 bytes)" 2))" \
		"$(le "$(val redflag $term toggle2 bytes)" "$(val whiptail $term toggle2 bytes)")"
	check "peak memory <= whiptail's ($(val redflag $term rss kb) <= $(val whiptail $term rss kb) KiB)" \
		"$(le "$(val redflag $term rss kb)" "$(val whiptail $term rss kb)")"
	check "idle CPU 0.00 s ($(val redflag $term idle cpu))" \
		"$(le "$(val redflag $term idle cpu)" 0)"
done

# The shipped rules, whose symptoms have help text: a cursor move also
# rewrites the help shown for the new answer.
nsym=$("$RF" -f "$top_srcdir/etc/redflag.conf" --list --format json | grep -o '"group":' | wc -l)
steps redflag | "$PTY" 80 24 TERM=xterm-256color LC_ALL=C.UTF-8 -- \
	"$RF" -f "$top_srcdir/etc/redflag.conf" --no-summary >"$W/shipped"
echo
echo "shipped rules ($nsym symptoms with help text), xterm-256color:"
echo "  first screen $(sed -n 's/^first_screen bytes=\([0-9]*\).*/\1/p' "$W/shipped") bytes," \
	"cursor move $(div "$(sed -n 's/^move5 bytes=\([0-9]*\).*/\1/p' "$W/shipped")" 5) bytes" \
	"(help text included), toggle $(div "$(sed -n 's/^toggle2 bytes=\([0-9]*\).*/\1/p' "$W/shipped")" 2) bytes"

# The shipped rules on a 9600-baud line, as ncurses' baudrate() reports
# it (ptybench -b): there the help under the list waits until keys stop
# for a moment (0.4 s), so the moves, about 0.2 s apart ("quiet 100"
# waits for two silences of 0.1 s), cost only the moves, and the help is
# rewritten once, after them.  The toggle ticks and clears the answer in
# focus, which fires a flag.
slow_steps() {
	cat <<EOF
quiet 400
mark first_screen
send \eOB
quiet 100
send \eOB
quiet 100
send \eOB
quiet 100
send \eOB
quiet 100
send \eOB
quiet 100
mark move5
quiet 1000
mark settle
send \s
quiet 100
send \s
quiet 100
mark toggle2
quiet 1000
mark settle2
idle 5000
end
EOF
}
for term in xterm-256color vt100; do
	slow_steps | "$PTY" -b 9600 80 24 "TERM=$term" LC_ALL=C.UTF-8 -- \
		"$RF" -f "$top_srcdir/etc/redflag.conf" --no-summary >"$W/slow.$term"
done
sv() {	# sv TERM STEP FIELD
	sed -n "s/^$2 .*$3=\([0-9.]*\).*/\1/p" "$W/slow.$1"
}
echo
echo "shipped rules ($nsym symptoms with help text) at 9600 baud, 80x24"
printf '%-40s %16s %10s\n' "" xterm-256color vt100
for row in "first screen, bytes:first_screen:bytes:1" \
    "cursor move, keys 0.2 s apart, bytes:move5:bytes:5" \
    "help rewritten once keys stop, bytes:settle:bytes:1" \
    "toggle (fires a flag, clears it), bytes:toggle2:bytes:2" \
    "CPU idle 5 s, s:idle:cpu:1"; do
	label=${row%%:*}; rest=${row#*:}
	step=${rest%%:*}; rest=${rest#*:}
	field=${rest%%:*}; per=${rest#*:}
	x=$(sv xterm-256color $step $field) v=$(sv vt100 $step $field)
	[ "$per" = 1 ] || { x=$(div "$x" $per); v=$(div "$v" $per); }
	printf '%-40s %16s %10s\n' "$label" "$x" "$v"
done
echo "budgets:"
for term in xterm-256color vt100; do
	check "$term: first screen <= 3000 bytes ($(sv $term first_screen bytes))" \
		"$(le "$(sv $term first_screen bytes)" 3000)"
	check "$term: cursor move <= 30 bytes ($(div "$(sv $term move5 bytes)" 5))" \
		"$(le "$(div "$(sv $term move5 bytes)" 5)" 30)"
	check "$term: idle CPU 0.00 s ($(sv $term idle cpu))" "$(le "$(sv $term idle cpu)" 0)"
done

# Scale: synthetic rules files, N symptoms and N rules.
echo
line=$("$SCALE" "$top_srcdir/etc/redflag.conf" 0)
echo "safety proof of --lint on the shipped rules: $(printf '%s\n' "$line" | sed -n 's/.*proof_ms=\([0-9.]*\).*/\1/p') ms," \
	"$(printf '%s\n' "$line" | sed -n 's/.*proof=\([a-z-]*\).*/\1/p')," \
	"at most $(printf '%s\n' "$line" | sed -n 's/.*peak_nodes=\([0-9]*\).*/\1/p') BDD nodes"
echo
echo "scale: synthetic rules, each symptom used by 3 rules, 200000 random toggles"
printf '%8s %10s %10s %12s %12s %10s %10s %10s\n' N "file KiB" "load ms" "memory KiB" "toggle ns" "evals" "proof ms" "proof"
for n in 50 500 5000 50000; do
	awk -v n=$n -f "$top_srcdir/tests/bench/gen-rules.awk" >"$W/gen$n.conf"
	# The fastest of three runs: a busy machine only ever adds time.
	best=
	for run in 1 2 3; do
		l=$("$SCALE" "$W/gen$n.conf" 200000)
		t=$(printf '%s\n' "$l" | sed -n 's/.*toggle_ns=\([0-9.]*\).*/\1/p')
		if [ -z "$best" ] || [ "$(le "$t" "$best")" = 1 ]; then
			best=$t line=$l
		fi
	done
	get() { printf '%s\n' "$line" | sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
	printf '%8s %10s %10s %12s %12s %10s %10s %10s\n' $n $(( $(wc -c <"$W/gen$n.conf") / 1024 )) \
		"$(get load_ms)" "$(get mem_kb)" "$(get toggle_ns)" "$(get evals_per_toggle)" \
		"$(get proof_ms)" "$(printf '%s\n' "$line" | sed -n 's/.*proof=\([a-z-]*\).*/\1/p')"
	eval "ns$n=$(get toggle_ns) ev$n=$(get evals_per_toggle)"
done
echo "budgets (the work per toggle, counted, and its time, fastest of 3 runs):"
check "evaluations per toggle at N=50000 / N=50 <= 1.5 ($(ratio "$ev50000" "$ev50"))" "$(le "$(ratio "$ev50000" "$ev50")" 1.5)"
check "toggle time at N=50000 / N=50 <= 3 ($(ratio "$ns50000" "$ns50"))" "$(le "$(ratio "$ns50000" "$ns50")" 3)"

# 5,000 symptoms in the checklist: how long a key takes to show.
cat >"$W/keys" <<'EOF'
quiet 500
mark start
send \e[6~
quiet 150
mark page_down
send G
quiet 150
mark end
send /
quiet 150
mark slash
send 4
quiet 150
mark type1
send 9
quiet 150
mark type2
send 9
quiet 150
mark type3
send \r
quiet 150
mark enter
rss
end
EOF
"$PTY" 80 24 TERM=xterm-256color LC_ALL=C.UTF-8 -- "$RF" -f "$W/gen5000.conf" --no-summary <"$W/keys" >"$W/ui5000"
echo
echo "5000 symptoms in the checklist (ms from the key to the last byte drawn):"
printf '  start %s, PgDn %s, G %s, / %s, typing "4" %s, "9" %s, "9" %s, Enter %s, peak memory %s KiB\n' \
	"$(sed -n 's/^start .*ms=//p' "$W/ui5000")" \
	"$(sed -n 's/^page_down .*ms=//p' "$W/ui5000")" "$(sed -n 's/^end .*ms=//p' "$W/ui5000")" \
	"$(sed -n 's/^slash .*ms=//p' "$W/ui5000")" "$(sed -n 's/^type1 .*ms=//p' "$W/ui5000")" \
	"$(sed -n 's/^type2 .*ms=//p' "$W/ui5000")" "$(sed -n 's/^type3 .*ms=//p' "$W/ui5000")" \
	"$(sed -n 's/^enter .*ms=//p' "$W/ui5000")" "$(sed -n 's/^rss kb=//p' "$W/ui5000")"
worst=$(sed -n 's/^\(page_down\|end\|slash\|type[0-9]\|enter\) .*ms=//p' "$W/ui5000" | sort -n | tail -n 1)
check "every key shown within 50 ms with 5000 symptoms (worst $worst ms)" "$(le "${worst:-999}" 50)"

echo
[ $failed = 0 ] && echo "bench: every budget met" || echo "bench: some budgets missed"
exit $failed
