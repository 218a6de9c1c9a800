# search.sh: / in a real terminal (tmux): it reads labels, ids,
# keywords and help texts, and goes first to the best kind of match.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"

# lands WORD LABEL: from the first answer, /WORD focuses the answer
# whose label begins with LABEL.
lands() {
	tm_keys g / "$1"
	tm_wait "Search: $1"
	i=0
	while [ $i -lt 20 ]; do
		case $(tm_screen | grep '^>') in
		"> [ ] $2"*) break ;;
		esac
		sleep 0.05
		i=$((i + 1))
	done
	case $(tm_screen | grep '^>') in
	"> [ ] $2"*) pass "/$1 lands on: $2" ;;
	*) fail "/$1 lands on: $2" "$(tm_screen)" ;;
	esac
	tm_keys Enter
}

# The shipped rules: words a person may type for the emergency signs.
tm_start 80 24 -- -f "$rules"
tm_wait "Space tick"
lands bladder "New trouble peeing"
lands bowel "I have newly leaked pee or poo"
lands incontinence "I have newly leaked pee or poo"
lands saddle "New numbness or tingling around my bottom"
lands groin "New numbness or tingling around my bottom"
lands cauda "New numbness or tingling around my bottom"
lands temperature "I have a fever"
lands aneurysm "I have been told I have an aortic aneurysm"
lands stroke "Sudden weakness of my face"
lands collapse "I fainted or passed out"
# "urine" is in the id of the question about peeing, and in the label
# of the one about a recent infection, further on.
lands urine "New trouble peeing"
# A label beats a keyword and a help text that come before it.
lands infection "I had an infection recently"
tm_keys q
tm_wait_dead

# Each kind of match in a small file: the help of the first answer,
# a keyword of the second and the label of the third hold "zebra";
# only the help of the first and a keyword of the second hold "okapi".
cat >"$TMPD/kinds.conf" <<'CONF'
format = 1; title = "Kinds"; version = "1"; date = "2026-12-01";
disclaimer = "D"; no_flag = "N";
levels = ( { id = "high"; label = "H"; action = "A"; } );
symptoms = (
  { id = "first"; group = "G"; label = "Alpha";
    help = "Not a zebra, nor an okapi."; },
  { id = "second"; group = "G"; label = "Beta";
    keywords = ["zebra crossing", "okapi"]; },
  { id = "third"; group = "G"; label = "Gamma zebra"; },
  { id = "fourth"; group = "G"; label = "Delta"; } );
rules = ( { id = "r"; level = "high"; when = "first"; message = "M";
  advice = "X"; } );
CONF
tm_start 80 24 -- -f "$TMPD/kinds.conf"
tm_wait "Space tick"
lands "not a" Alpha
lands zebra Gamma
lands okapi Beta
# > then goes through every answer that matches, in the order of the
# list, whatever kind of match it is: from Beta, round to Alpha.
tm_keys '>'
sleep 0.2
case $(tm_screen | grep '^>') in
"> [ ] Alpha"*) pass "> goes on to a match in the help text" ;;
*) fail "> goes on to a match in the help text" "$(tm_screen)" ;;
esac
tm_keys '<'
sleep 0.2
case $(tm_screen | grep '^>') in
"> [ ] Beta"*) pass "< goes back to the match before" ;;
*) fail "< goes back to the match before" "$(tm_screen)" ;;
esac
tm_keys q
tm_wait_dead

done_testing
