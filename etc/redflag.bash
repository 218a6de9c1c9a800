# Bash completion for redflag(1).
#
# Installed as "redflag" in bash-completion's completions directory,
# where bash-completion loads it the first time redflag is completed;
# or source this file.  It needs nothing but bash: no helper of
# bash-completion, no jq.
#
# It completes the long options; a file name after -f, --file,
# --answers (or "-"), --report, and after --lint or --test; "text" and
# "json" after --format; and after -c or --check, the symptom id after
# the last comma of the list, from the ids that
# "redflag [-f FILE] --list-ids" prints: the rules file given with -f
# earlier on the line, or else the one redflag's search order finds.

# The long options; tests/completion.sh checks them against --help.
_redflag_options='--answers= --ascii --check= --checklist --file= --format=
--help --lang= --lint --list --list-ids --man --no-color --no-mouse --no-summary
--plain --report= --restricted --save-answers= --slow --test --version'

# _redflag_files CUR: file names that start with CUR into COMPREPLY.
_redflag_files()
{
	compopt -o filenames 2>/dev/null
	mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$1")
}

# _redflag_ids PREFIX PART PROG RULES: the ids that start with PART,
# each after PREFIX, the part of the list up to its last comma.  The
# ids already in PREFIX are left out.  RULES is the -f file, or empty.
_redflag_ids()
{
	local prefix=$1 part=$2 prog=$3 rules=$4 id ids IFS=$' \t\n'
	if [[ -n $rules ]]; then
		ids=$("$prog" -f "$rules" --list-ids 2>/dev/null) || return
	else
		ids=$("$prog" --list-ids 2>/dev/null) || return
	fi
	for id in $ids; do
		[[ $id == "$part"* ]] || continue
		[[ ,$prefix == *,"$id",* ]] && continue
		COMPREPLY+=("$prefix$id")
	done
}

_redflag()
{
	local cur prev opt= val i w rules= prog
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	(( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	prog=${COMP_WORDS[0]}
	[[ $prog == "~/"* ]] && prog=$HOME/${prog#"~/"}
	# The program in the completions directory is found on PATH.
	[[ $prog == */* ]] || prog=$(type -P "$prog") || prog=redflag

	# The rules file given earlier on the line: -f F, -fF, --file F,
	# --file=F (which bash may split at the "=").
	for (( i = 1; i < COMP_CWORD; i++ )); do
		w=${COMP_WORDS[i]}
		case $w in
		-f | --file)
			if [[ ${COMP_WORDS[i + 1]} == = ]]; then
				(( i + 2 < COMP_CWORD )) &&
				    rules=${COMP_WORDS[i + 2]}
				(( i += 2 ))
			else
				(( i + 1 < COMP_CWORD )) &&
				    rules=${COMP_WORDS[i + 1]}
				(( i++ ))
			fi ;;
		--file=?*) rules=${w#--file=} ;;
		-f?*) rules=${w#-f} ;;
		esac
	done
	[[ $rules == "~/"* ]] && rules=$HOME/${rules#"~/"}

	# Which option the word is the value of, and the value so far.
	if [[ $cur == --*=* ]]; then		# "=" is not a word break
		opt=${cur%%=*}
		val=${cur#*=}
	elif [[ $cur == = && $prev == --* ]]; then
		opt=$prev
		val=
	elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
		val=$cur
	elif [[ $prev == -* ]]; then
		opt=$prev
		val=$cur
	fi
	case $opt in
	-f | --file | --report | --save-answers)
		_redflag_files "$val"
		;;
	-a | --answers)
		[[ - == "$val"* ]] && COMPREPLY+=(-)
		_redflag_files "$val"
		;;
	--format)
		COMPREPLY=($(compgen -W 'text json' -- "$val"))
		;;
	-c | --check)
		_redflag_ids "${val%"${val##*,}"}" "${val##*,}" "$prog" "$rules"
		;;
	--lint | --test)
		_redflag_files "$val"	# an optional rules file
		;;
	esac
	# "--opt=value" as one word: give back the whole word.
	if [[ $cur == --*=* ]]; then
		for i in "${!COMPREPLY[@]}"; do
			COMPREPLY[i]=$opt=${COMPREPLY[i]}
		done
	fi
	# An option, unless the word is the value of --answers ("-").
	if [[ $cur == -* && $cur != --*=* && $opt != -a &&
	    $opt != --answers ]]; then
		COMPREPLY=($(compgen -W "$_redflag_options" -- "$cur"))
		# No space after the one option left if it takes a value.
		[[ ${#COMPREPLY[@]} -eq 1 && $COMPREPLY == *= ]] &&
		    compopt -o nospace 2>/dev/null
	fi
	return 0
}

complete -F _redflag redflag
