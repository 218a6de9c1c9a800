# cli.sh: the batch command line: options, exit statuses, messages,
# the rules search order, and output errors.
. "$(dirname "$0")/lib.sh"
small="$top_srcdir/tests/data/small.conf"

run --help
is "--help exits 0" "$rc" 0
like "--help prints usage" "$out" "Usage: redflag*"
run --version
is "--version exits 0" "$rc" 0
is "--version first line" "$(printf '%s\n' "$out" | head -n 1)" "redflag $(sed -n 's/^AC_INIT(\[redflag\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")"
run -f "$small" --version
is "--version names the rules file and how it was found" \
	"$(printf '%s\n' "$out" | sed -n 2p)" \
	"Rules: $small (given with -f): \"Example red flags\", version 1.0 of 2026-11-23"

run --bogus
is "unknown option: status 64" "$rc" 64
is "unknown option: message" "$(printf '%s\n' "$err" | head -n 1)" "redflag: unknown option '--bogus'"
run --plain --check a
is "--plain with --check: 64" "$rc" 64
run --plain --answers -
is "--plain with --answers -: 64" "$rc" 64
is "--plain with --answers -: message" "$(printf '%s\n' "$err" | head -n 1)" \
	"redflag: --plain reads its replies from standard input, so --answers must name a file"
run --check a --list
is "two modes: status 64" "$rc" 64
is "two modes: message" "$(printf '%s\n' "$err" | head -n 1)" "redflag: only one of --check, --answers, --list, --list-ids, --lint, --test and --man may be given"
# --list-ids: the symptom ids, one a line, in the order of the checklist
# (the stable listing that shell completion reads).
run -f "$small" --list-ids
is "--list-ids: status 0" "$rc" 0
is "--list-ids: the ids in checklist order" "$out" "$(printf '%s\n' saddle_numbness both_legs weight_loss age_50)"
is "--list-ids: nothing on stderr" "$err" ""
run --list-ids -f "$top_srcdir/etc/redflag.conf"
is "--list-ids: one line for each symptom of the shipped rules" \
	"$(printf '%s\n' "$out" | wc -l | tr -d ' ')" \
	"$(printf '%s\n' "$out" | grep -cx '[a-z][a-z0-9_]*')"
is "--list-ids: as many ids as --lint counts symptoms" \
	"$(printf '%s\n' "$out" | wc -l | tr -d ' ')" \
	"$("$REDFLAG" --lint "$top_srcdir/etc/redflag.conf" 2>/dev/null | sed -n 's/.* \([0-9]*\) symptoms,.*/\1/p')"
run -f "$TMPD/no-such.conf" --list-ids
is "--list-ids, missing file: status 66" "$rc" 66
is "--list-ids, missing file: nothing on stdout" "$out" ""
run --list-ids --list
is "--list-ids with --list: status 64" "$rc" 64
run --list-ids --format json
is "--list-ids with --format: status 64" "$rc" 64
run --list --format xml
is "bad --format: status 64" "$rc" 64
is "bad --format: message" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --format must be text or json, not 'xml'"
run --list extra
is "stray argument: status 64" "$rc" 64
run --lang '../../tmp/x' --list-ids
is "--lang with a path: status 64" "$rc" 64
is "--lang with a path: message" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --lang takes language names such as es, es_ES or es_MX:es, not '../../tmp/x'"
run --lang zz --check fever
is "--lang with no catalogue: English, status 3" "$rc:$(printf '%s\n' "$out" | head -n 1)" "3:1 red flag. The most urgent is URGENT."

# Exit statuses of --check: 0 none, 1 + rank of the highest level.
run -f "$small" --check age_50
is "--check, no flag: 0" "$rc" 0
run -f "$small" --check age_50,weight_loss
is "--check, soon (rank 1): 2" "$rc" 2
run -f "$small" --check age_50,weight_loss,both_legs
is "--check, emergency (rank 2): 3" "$rc" 3
run -f "$small" --check age_50,wieght_loss
is "unknown id: status 65" "$rc" 65
is "unknown id: message" "$err" "redflag: --check: unknown symptom id 'wieght_loss' (did you mean 'weight_loss'?)"
run -f "$small" --check nerves
is "a rule id is not a symptom" "$err" "redflag: --check: 'nerves' is a rule, not a symptom"
run -f "$small" --check WEIGHT_LOSS
is "an id in capitals: did you mean" "$err" "redflag: --check: unknown symptom id 'WEIGHT_LOSS' (did you mean 'weight_loss'?)"

# --ascii: only ASCII in the batch modes and plain mode too.
dash=$(printf '\342\200\224')
sed "s/Numbness around the bottom/Numbness $dash bottom/" "$small" >"$TMPD/utf8.conf"
for mode in "--check saddle_numbness" "--list" "--plain"; do
	# in a UTF-8 locale, so that only --ascii can make it ASCII
	echo q | LC_ALL=C.UTF-8 "$REDFLAG" -f "$TMPD/utf8.conf" --ascii $mode >"$TMPD/out" 2>&1
	if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$TMPD/out"; then
		fail "--ascii $mode: only ASCII" "$(cat "$TMPD/out")"
	elif ! grep -q 'Numbness ? bottom' "$TMPD/out"; then
		fail "--ascii $mode: the dash is shown as ?" "$(cat "$TMPD/out")"
	else
		pass "--ascii $mode: only ASCII, the dash shown as ?"
	fi
done

# --check twice: the ids add up; --answers twice: a usage error.
run -f "$small" --check age_50 --check weight_loss
is "--check twice: the ids add up (status)" "$rc" 2
"$REDFLAG" -f "$small" --check age_50 -c weight_loss --format json >"$TMPD/out" 2>&1
is "--check twice: both answers are ticked" "$(tr -d ' \n' <"$TMPD/out" | grep -o '"checked":\[[^]]*\]')" '"checked":["weight_loss","age_50"]'
run -f "$small" --answers /dev/null --answers /dev/null
is "--answers twice: status 64" "$rc" 64
is "--answers twice: says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --answers may be given only once"
# -f and --report twice: usage errors too, not "the last one wins".
run -f "$small" -f "$small" --list
is "-f twice: status 64" "$rc" 64
is "-f twice: says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: -f may be given only once"
run -f "$small" --plain --report "$TMPD/a.txt" --report "$TMPD/b.txt"
is "--report twice: status 64" "$rc" 64
is "--report twice: says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --report may be given only once"
# --check with no id at all is a usage error, not a clean negative.
for ids in "" ",,," " , "; do
	run -f "$small" --check "$ids"
	is "--check '$ids': status 64" "$rc" 64
	is "--check '$ids': says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --check needs at least one symptom id"
done

# Options that do nothing in a mode are usage errors, not ignored.
run --lint --format json
is "--format with --lint: status 64" "$rc" 64
is "--format with --lint: says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --format is for --check, --answers, --list and --test"
run -f "$small" --check age_50 --report "$TMPD/r.txt"
is "--report with --check: status 64" "$rc" 64
[ ! -e "$TMPD/r.txt" ]
check "--report with --check: nothing written"

# An empty file name is a usage error, not "No such file".
for opt in file answers report; do
	run "--$opt=" --check age_50
	is "--$opt with an empty name: status 64" "$rc" 64
	case $opt in file) opt=f ;; *) opt=-$opt ;; esac
	is "-$opt with an empty name: says so" "$(printf '%s\n' "$err" | head -n 1)" \
		"redflag: -$opt needs a file name, not an empty one"
done

# --answers: a file with comments, or standard input.
printf '# my answers\nage_50   # yes\n\nweight_loss\n' >"$TMPD/answers"
run -f "$small" --answers "$TMPD/answers"
is "--answers file: status" "$rc" 2
printf 'age_50\n\nfevr\n' >"$TMPD/bad-answers"
run -f "$small" --answers "$TMPD/bad-answers"
is "--answers unknown id: status 65" "$rc" 65
is "--answers unknown id: FILE:LINE" "$err" "$TMPD/bad-answers:3: unknown symptom id 'fevr'"
printf 'both_legs\n' | "$REDFLAG" -f "$small" --answers - >/dev/null 2>&1
is "--answers - reads standard input" "$?" 3
printf '\357\273\277both_legs\r\n' >"$TMPD/bom"
run -f "$small" --answers "$TMPD/bom"
is "--answers: a byte order mark and CRLF are fine" "$rc" 3
mkfifo "$TMPD/fifo"
(sleep 0.3; echo both_legs >"$TMPD/fifo") &
run -f "$small" --answers "$TMPD/fifo"
is "--answers: a FIFO waits for its writer" "$rc" 3
wait
run -f "$small" --answers /dev/null
is "--answers /dev/null: read as no answers" "$rc" 0
printf 'both_legs\n' | "$REDFLAG" -f "$small" --answers /dev/stdin >/dev/null 2>&1
is "--answers /dev/stdin (a pipe)" "$?" 3
cat "$small" | "$REDFLAG" -f /dev/stdin --check both_legs >/dev/null 2>&1
is "-f /dev/stdin: the rules from a pipe, as with -f <(...)" "$?" 3
(sleep 0.3; cat "$small" >"$TMPD/fifo") &
run -f "$TMPD/fifo" --check both_legs
is "-f a FIFO: waits for its writer" "$rc" 3
wait
run -f "$small" --answers "$TMPD/missing"
is "--answers missing file: 66" "$rc" 66
is "--answers missing file: message" "$err" "redflag: $TMPD/missing: No such file or directory"
run -f "$small" --answers "$TMPD"
is "--answers directory: 66" "$rc" 66

# --checklist: the full-screen counterpart of --plain.  With --answers
# it starts from them (here, with no terminal, in plain line mode, and
# it says so); --answers alone stays the batch mode.
run -f "$small" --checklist --answers "$TMPD/answers"
is "--checklist --answers: not the batch status" "$rc" 0
is "--checklist --answers: no terminal, says plain line mode" "$err" \
	"redflag: standard input or output is not a terminal; plain line mode"
like "--checklist --answers: starts from the answers" "$out" \
	"*RED FLAG (soon)*Ticked: 3. Losing weight without trying; 4. I am 50 or older.*"
run -f "$small" --answers "$TMPD/answers"
is "--answers alone: still the batch mode" "$rc" 2
run -f "$small" --checklist --answers -
is "--checklist --answers -: 64" "$rc" 64
is "--checklist --answers -: message" "$(printf '%s\n' "$err" | head -n 1)" \
	"redflag: --checklist reads its keys from the terminal, so --answers must name a file"
run -f "$small" --checklist --plain
is "--checklist --plain: 64" "$rc" 64
is "--checklist --plain: message" "$(printf '%s\n' "$err" | head -n 1)" \
	"redflag: --checklist and --plain cannot both be given"
run -f "$small" --checklist --check age_50
is "--checklist --check: 64" "$rc" 64
is "--checklist --check: message" "$(printf '%s\n' "$err" | head -n 1)" \
	"redflag: --checklist cannot be used with --check, --list, --list-ids, --lint, --test or --man"
run -f "$small" --checklist --answers "$TMPD/answers" --format json
is "--checklist --answers --format: 64" "$rc" 64
run -f "$small" --checklist --answers "$TMPD/bad-answers"
is "--checklist --answers with an unknown id: 65" "$rc" 65

# --slow concerns only the checklist; other modes take it and go on.
run -f "$small" --slow --check age_50
is "--slow with --check: accepted" "$rc" 0
run --help
like "--help lists --slow" "$out" "*--slow *"

# Rules files that cannot be used.
run -f "$TMPD/none.conf" --list
is "missing rules file: 66" "$rc" 66
is "missing rules file: message" "$(printf '%s\n' "$err" | head -n 1)" "redflag: $TMPD/none.conf: No such file or directory"
run -f "$TMPD" --list
is "directory as rules file: 66" "$rc" 66
run -f "$top_srcdir/tests/bad/cycle.conf" --check numb
is "invalid rules file: 78" "$rc" 78
is "invalid rules file: last line" "$(printf '%s\n' "$err" | tail -n 1)" \
	"redflag: $top_srcdir/tests/bad/cycle.conf: invalid rules file (1 error); see redflag --lint"

# Search order: -f, then $REDFLAG_RULES, then sysconfdir, then built in.
REDFLAG_RULES=$small "$REDFLAG" --version >"$TMPD/v" 2>&1
is "\$REDFLAG_RULES is used" "$(sed -n 2p "$TMPD/v" | cut -d: -f1-2)" "Rules: $small (given by \$REDFLAG_RULES)"
REDFLAG_RULES=$TMPD/none.conf "$REDFLAG" -f "$small" --check age_50 >/dev/null 2>&1
is "-f wins over \$REDFLAG_RULES" "$?" 0
REDFLAG_RULES=$TMPD/none.conf "$REDFLAG" --check age_50 >/dev/null 2>&1
is "a missing \$REDFLAG_RULES is an error" "$?" 66

# Output errors.
if [ -w /dev/full ]; then
	"$REDFLAG" -f "$small" --list >/dev/full 2>"$TMPD/err"
	is "write error: status 74" "$?" 74
	is "write error: message" "$(cat "$TMPD/err")" "redflag: write error: No space left on device"
fi

# The text output, in full.
run -f "$small" --check saddle_numbness,age_50
cat >"$TMPD/want" <<'WANT'
1 red flag. The most urgent is EMERGENCY.

EMERGENCY: Possible pressure on the nerves at the base of the spine
  Do now:  Call your local emergency number now.
  Advice:  Do not wait to see if it gets better.
  Because: Numbness around the bottom or genitals
  Sources: NHS: Back pain <https://www.nhs.uk/conditions/back-pain/>

Of 4 questions: 2 answered yes, 0 no, 2 not asked.

This is an example. It is not a diagnosis.
WANT
is "text output" "$out" "$(cat "$TMPD/want")"
run -f "$small" --check age_50
is "text output when nothing fires never reassures" "$(printf '%s\n' "$out" | head -n 2)" \
"No red flag: none of your answers is a red flag in these rules. This does not
rule out serious disease."
: >"$TMPD/empty"
run -f "$small" --answers "$TMPD/empty"
is "nothing ticked: says so, and never reassures" "$(printf '%s\n' "$out" | head -n 2)" \
"No red flag: no answer is ticked, so no red flag can show. This does not rule
out serious disease."

# A no is written !id: it fires nothing, and an id answered both yes and
# no is a mistake, with its line.
run -f "$small" --check '!both_legs,age_50'
is "--check !id: a no fires nothing" "$rc" 0
printf 'weight_loss\n!age_50\n' >"$TMPD/no-answers"
run -f "$small" --answers "$TMPD/no-answers"
is "--answers !id: a no fires nothing" "$rc" 0
printf 'age_50\n!age_50\n' >"$TMPD/both"
run -f "$small" --answers "$TMPD/both"
is "--answers yes and no: status 65" "$rc" 65
is "--answers yes and no: FILE:LINE" "$err" "$TMPD/both:2: 'age_50' is answered both yes and no"
run -f "$small" --check age_50 --save-answers "$TMPD/saved"
is "--save-answers with --check: status 64" "$rc" 64
is "--save-answers with --check: says so" "$(printf '%s\n' "$err" | head -n 1)" "redflag: --save-answers is for the checklist and plain line mode"

done_testing
