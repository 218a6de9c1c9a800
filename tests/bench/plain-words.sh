#!/bin/sh
# plain-words.sh [REDFLAG]: count the words plain line mode says (all of
# standard output, as wc -w counts them, replies echoed from the pipe
# included) with the shipped rules, for
#   - everything up to the first question, which asks about an emergency
#     sign (nothing typed yet);
#   - a whole session answering n to every question;
#   - a whole session answering y to the first question and n to the
#     rest, and the words between that y and the second question.
# Each session ends with Enter at any prompt after the questions.
set -u
redflag=${1:-src/redflag}
rules=${top_srcdir:-.}/etc/redflag.conf
t=$(mktemp -d "${TMPDIR:-/tmp}/plain-words.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
run() { "$redflag" -f "$rules" --plain 2>/dev/null; }
nq=$("$redflag" -f "$rules" --list --format json | grep -o '"group":' | wc -l)
# the line that asks question 1, in either style ("1. " or "1 of N. ")
run </dev/null | sed -n '1,/^1\(\.\| of [0-9]*\.\) /p' >"$t/first"
{ i=0; while [ $i -lt "$nq" ]; do echo n; i=$((i + 1)); done; echo; echo; echo; } >"$t/no"
{ echo y; i=1; while [ $i -lt "$nq" ]; do echo n; i=$((i + 1)); done; echo; echo; echo; } >"$t/yes"
run <"$t/no" >"$t/no.out"
run <"$t/yes" >"$t/yes.out"
sed -n '/^RED FLAG/,/^2\(\.\| of [0-9]*\.\) /p' "$t/yes.out" | sed '$d' >"$t/flag"
printf 'words to the first (emergency) question: %d\n' "$(wc -w <"$t/first")"
printf 'words, all %d answered n:              %d\n' "$nq" "$(wc -w <"$t/no.out")"
printf 'words, y to question 1, the rest n:     %d\n' "$(wc -w <"$t/yes.out")"
printf 'words between that y and question 2:    %d\n' "$(wc -w <"$t/flag")"
