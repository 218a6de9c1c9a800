# completion.sh: the bash completion, etc/redflag.bash, driven
# as bash drives it: source it, set COMP_WORDS and COMP_CWORD, call
# _redflag and read COMPREPLY.
. "$(dirname "$0")/lib.sh"
small="$top_srcdir/tests/data/small.conf"
script="$top_srcdir/etc/redflag.bash"
BASH_BIN=$(command -v bash) || skip_all "no bash"

# comp WORD...: the candidates, one a line, when the last WORD is being
# completed on the line "redflag WORD...".  COMP_WORDS[0] is the
# redflag under test, as if typed with its path.  With CWORD=N set,
# the word completed is the Nth (redflag is word 0), not the last.
comp() {
	"$BASH_BIN" --norc --noprofile -c '
		. "$1" || exit 1
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=${CWORD:-$(( $# - 1 ))}
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		_redflag || exit 1
		(( ${#COMPREPLY[@]} == 0 )) || printf "%s\n" "${COMPREPLY[@]}"
	' completion "$script" "$REDFLAG" "$@"
}
lines() { printf '%s\n' "$@"; }

ok "the script loads in bash and registers _redflag for redflag" \
	"$BASH_BIN" --norc --noprofile -c \
	'. "$1" && complete -p redflag | grep -q -- "-F _redflag redflag$"' \
	completion "$script"

# Options: exactly the long options of --help.
"$REDFLAG" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$TMPD/help"
comp -- | sed 's/=$//' | sort -u >"$TMPD/offered"
is "-- offers every long option of --help, and no other" \
	"$(cat "$TMPD/offered")" "$(cat "$TMPD/help")"
is "--li offers --lint, --list and --list-ids" "$(comp --li)" \
	"$(lines --lint --list --list-ids)"
is "--for offers --format= (a value follows)" "$(comp --for)" "--format="

# --format values, also in the --format=VALUE forms.
is "--format offers text and json" "$(comp --format '')" "$(lines text json)"
is "--format j offers json" "$(comp --check a --format j)" json
is "--format=j as one word offers --format=json" "$(comp --format=j)" \
	"--format=json"
is "--format = j (split at =) offers json" "$(comp --format = j)" json

# Symptom ids for --check: the rules file given with -f earlier on the
# line, through --list-ids.
is "--check offers the ids of the -f file, in its order" \
	"$(comp -f "$small" --check '')" "$("$REDFLAG" -f "$small" --list-ids)"
is "--check with --file=FILE" "$(comp "--file=$small" --check b)" both_legs
is "--check with --file = FILE (split at =)" \
	"$(comp --file = "$small" --check b)" both_legs
is "--check with -fFILE" "$(comp "-f$small" -c w)" weight_loss
is "--check completes the part after the last comma, leaving out ids given" \
	"$(comp -f "$small" --check saddle_numbness,weight_loss,)" \
	"$(lines saddle_numbness,weight_loss,both_legs saddle_numbness,weight_loss,age_50)"
is "--check a,b: only the ids that start with b" \
	"$(comp -f "$small" --check age_50,b)" "age_50,both_legs"
is "--check=LIST as one word" "$(comp -f "$small" --check=age_50,s)" \
	"--check=age_50,saddle_numbness"
is "--check = LIST (split at =)" "$(comp -f "$small" --check = age_50,s)" \
	"age_50,saddle_numbness"
is "--check with no -f: the ids of the rules in use" \
	"$(comp --check '' | sort)" "$("$REDFLAG" --list-ids | sort)"
n=$(comp --check '' | wc -l | tr -d ' ')
if [ "$n" -gt 4 ]; then pass "--check with no -f: not the -f file's ids ($n)"
else fail "--check with no -f: not the -f file's ids" "got $n"; fi
REDFLAG_RULES=$small
export REDFLAG_RULES
is "--check follows \$REDFLAG_RULES as redflag does" \
	"$(comp --check a)" age_50
unset REDFLAG_RULES
is "--check, -f names a missing file: nothing" \
	"$(comp -f "$TMPD/none.conf" --check '')" ""
is "a -f after the word being completed is not read" \
	"$(CWORD=2 comp --check saddle_numbness,b -f "$small")" \
	"$("$REDFLAG" --list-ids | sed -n 's/^b/saddle_numbness,b/p')"
is "a -f before the word being completed is read (control)" \
	"$(CWORD=4 comp -f "$small" --check saddle_numbness,b -f x)" \
	"saddle_numbness,both_legs"

# File names where a file is expected.
mkdir "$TMPD/dir"
: >"$TMPD/dir/rules.conf"
: >"$TMPD/dir/answers.txt"
is "-f completes a file name" "$(comp -f "$TMPD/dir/ru")" "$TMPD/dir/rules.conf"
is "--file completes a file name" "$(comp --file "$TMPD/dir/r")" \
	"$TMPD/dir/rules.conf"
is "--answers completes a file name" "$(comp --answers "$TMPD/dir/a")" \
	"$TMPD/dir/answers.txt"
is "--answers - offers - (standard input)" "$(comp --answers -)" -
is "--report completes a file name" "$(comp --plain --report "$TMPD/dir/a")" \
	"$TMPD/dir/answers.txt"
is "--lint completes a rules file" "$(comp --lint "$TMPD/dir/r")" \
	"$TMPD/dir/rules.conf"
is "--test completes a rules file" "$(comp --test "$TMPD/dir/r")" \
	"$TMPD/dir/rules.conf"
is "--list takes no file: nothing" "$(comp --list "$TMPD/dir/r")" ""
is "after --lint, - still offers the options" "$(comp --lint --te)" --test

done_testing
