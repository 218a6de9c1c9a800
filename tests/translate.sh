# translate.sh: the rules' text in Spanish, from the catalogue built into
# $top_builddir/locale: --check, --lang, JSON, --list, plain mode, the
# checklist at 80x24 and 40x12 and its search, a rules file whose
# English has changed (English for those texts), restricted mode, --lint
# naming what is missing or stale in a catalogue made here, and the
# shipped po file in step with the rules.
. "$(dirname "$0")/lib.sh"
: "${MSGFMT:=msgfmt}"
rules="$top_srcdir/etc/redflag.conf"
case $rules in /*) ;; *) rules="$PWD/$rules" ;; esac
locale="$top_builddir/locale"
case $locale in /*) ;; *) locale="$PWD/$locale" ;; esac
[ -f "$locale/es/LC_MESSAGES/redflag-rules.mo" ] ||
	skip_all "no catalogue in $locale (run make first)"
locale -a 2>/dev/null | grep -qix 'es_ES.utf-\{0,1\}8' ||
	skip_all "the es_ES.UTF-8 locale is missing (build-aux/install-deps makes it)"
unset LANGUAGE LC_MESSAGES LANG
export REDFLAG_LOCALEDIR="$locale"

# es CMD...: run redflag in a Spanish locale.
es() { LANGUAGE=es LC_ALL=es_ES.UTF-8 run "$@"; }
has() {	# has NAME TEXT: $out holds TEXT, lines joined as wrapped
	flat=$(printf '%s\n' "$out" | sed 's/^ *//' | tr '\n' ' ')
	case $flat in *"$2"*) pass "$1" ;; *) fail "$1" "no '$2' in:" "$out" ;; esac
}
hasnt() {
	case $out in *"$2"*) fail "$1" "'$2' in:" "$out" ;; *) pass "$1" ;; esac
}

# --check follows the locale; the grading and the status do not change.
es -f "$rules" --check fever
is "locale es: --check status as in English" "$rc" 3
has "locale es: the rule's message" "URGENTE: Fiebre con dolor de espalda: posible infección"
has "locale es: the advice" "El NHS (el servicio público de salud del Reino Unido) aconseja"
has "locale es: the level's action" "Pida consejo médico hoy mismo"
has "locale es: the answer that fired it" "Tengo fiebre (temperatura alta)"
has "locale es: the disclaimer keeps 999, 112, 911 and 000" "llame al 999 en el Reino Unido, al 112 en la UE, al 911 en EE. UU. o al 000"
has "locale es: source titles stay English" "NHS website: Back pain"
is "locale es: nothing on stderr" "$err" ""
LC_ALL=es_ES.UTF-8 LANGUAGE= LANG= run -f "$rules" --check fever
has "LC_ALL=es_ES.UTF-8 alone: Spanish" "Fiebre con dolor de espalda"
LC_ALL= LANG=es_ES.UTF-8 run -f "$rules" --check fever
has "LANG=es_ES.UTF-8 alone: Spanish" "Fiebre con dolor de espalda"

# --lang, over whatever the locale says.
run -f "$rules" --lang es --check saddle_numbness
is "--lang es: status" "$rc" 4
has "--lang es: Spanish" "EMERGENCIA: Posible síndrome de cauda equina"
has "--lang es: 999 now" "Llame a una ambulancia ahora: 999 en el Reino Unido"
es -f "$rules" --lang en --check fever
has "--lang en in a Spanish locale: English" "URGENT: Fever with back pain: possible infection"
LANGUAGE=fr:es LC_ALL=es_ES.UTF-8 run -f "$rules" --check fever
has "LANGUAGE=fr:es: the first language with a catalogue" "Fiebre con dolor de espalda"
LANGUAGE=en:es LC_ALL=es_ES.UTF-8 run -f "$rules" --check fever
has "LANGUAGE=en:es: English comes first" "Fever with back pain"
run -f "$rules" --lang 'es/../..' --check fever
is "--lang with a slash: usage error" "$rc" 64

# No catalogue, or one that cannot be read: English, silently.
REDFLAG_LOCALEDIR=$TMPD/none es -f "$rules" --check fever
has "no catalogue: English" "URGENT: Fever with back pain"
is "no catalogue: nothing on stderr" "$err" ""
mkdir -p "$TMPD/bad/es/LC_MESSAGES"
printf 'not a catalogue at all, but long enough for a header' \
	>"$TMPD/bad/es/LC_MESSAGES/redflag-rules.mo"
REDFLAG_LOCALEDIR=$TMPD/bad es -f "$rules" --check fever
has "corrupt catalogue: English" "URGENT: Fever with back pain"
is "corrupt catalogue: status" "$rc" 3
is "corrupt catalogue: nothing on stderr at run time" "$err" ""

# Restricted mode reads only the configured locale directory.
es -f "$rules" --check fever
REDFLAG_RULES=$rules REDFLAG_LOCALEDIR=$locale LANGUAGE=es LC_ALL=es_ES.UTF-8 \
	run --restricted --check fever
case $out in
*"Fiebre con dolor"*) fail "restricted: \$REDFLAG_LOCALEDIR is not read" "$out" ;;
*"Fever with back pain"*) pass "restricted: \$REDFLAG_LOCALEDIR is not read" ;;
*) fail "restricted: \$REDFLAG_LOCALEDIR is not read" "$out" ;;
esac

# JSON: ids as they are, text in the language.
es -f "$rules" --check fever --format json
has "json: rule id untranslated" '"rule":"fever_flag"'
has "json: level id untranslated" '"level":"urgent"'
has "json: message in Spanish" '"message":"Fiebre con dolor de espalda: posible infección"'

# --list: the levels' tags and the groups.
es -f "$rules" --list
has "--list: EMERGENCIA" "emergency (EMERGENCIA, "
has "--list: a group" "Nervios, vejiga e intestino"
hasnt "--list: no English group left" "Nerves, bladder and bowel"

# A rules file whose English differs: those texts in English, the rest
# in Spanish, entry by entry.
sed -e 's/message = "Fever with back pain: possible infection"/message = "Fever and back pain: maybe an infection"/' \
	"$rules" >"$TMPD/changed.conf"
grep -q 'Fever and back pain: maybe an infection' "$TMPD/changed.conf" ||
	fail "the changed rules file was made"
es -f "$TMPD/changed.conf" --check fever
has "-f changed: the changed message in English" "URGENTE: Fever and back pain: maybe an infection"
has "-f changed: its unchanged advice in Spanish" "aconseja una revisión el mismo día si hay dolor de espalda con temperatura alta"
REDFLAG_RULES=$TMPD/changed.conf es --check fever
has "\$REDFLAG_RULES changed: the changed message in English" "Fever and back pain: maybe an infection"

# --lint: every language under the locale directory.
run --lint "$rules"
is "--lint shipped: status" "$rc" 0
has "--lint shipped: es complete" "es: 210 of 210 texts translated, 0 missing, 0 stale, 0 unusable"
has "--lint shipped: no warning" "0 warnings"
# An installed locale directory also holds files, such as locale.alias.
mkdir -p "$TMPD/installed" && cp -R "$locale/es" "$TMPD/installed/" &&
    printf 'spanish es_ES.UTF-8\n' >"$TMPD/installed/locale.alias"
REDFLAG_LOCALEDIR=$TMPD/installed run --lint "$rules"
has "--lint beside a file such as locale.alias: no warning" "0 warnings"
hasnt "--lint beside a file such as locale.alias: not named" "locale.alias"
run --lint "$TMPD/changed.conf"
is "--lint changed: status 0 (warnings only)" "$rc" 0
has "--lint changed: es counts one stale" "es: 209 of 210 texts translated, 0 missing, 1 stale"
case $err in
*"changed.conf:"*": warning: es: the translation of 'rule fever_flag message' is stale"*)
	pass "--lint changed: names the stale text on its line" ;;
*) fail "--lint changed: names the stale text on its line" "$err" ;;
esac
has "--lint changed: the summary counts it" "1 warning "

# A small catalogue made here: one text right, one stale, the rest missing.
mkdir -p "$TMPD/small/es/LC_MESSAGES"
cat >"$TMPD/small.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgctxt "level emergency tag"
msgid "EMERGENCY"
msgstr "EMERGENCIA"

msgctxt "symptom fever label"
msgid "I have a temperature"
msgstr "Tengo temperatura"
PO
"$MSGFMT" -o "$TMPD/small/es/LC_MESSAGES/redflag-rules.mo" "$TMPD/small.po" ||
	fail "msgfmt builds the small catalogue"
REDFLAG_LOCALEDIR=$TMPD/small run --lint "$rules"
is "--lint small: status 0" "$rc" 0
has "--lint small: the counts" "es: 1 of 210 texts translated, 208 missing, 1 stale, 0 unusable"
case $err in
*"warning: es: the translation of 'symptom fever label' is stale"*) pass "--lint small: names the stale text" ;;
*) fail "--lint small: names the stale text" "$err" ;;
esac
case $err in
*"warning: es: 'level emergency label' has no translation; English is shown"*) pass "--lint small: names a missing text" ;;
*) fail "--lint small: names a missing text" "$err" ;;
esac
has "--lint small: the summary counts every warning" "209 warnings"
REDFLAG_LOCALEDIR=$TMPD/small es -f "$rules" --check fever,saddle_numbness
has "small: the translated tag" "EMERGENCIA:"
has "small: the stale label in English" "I have a fever (high temperature)"

REDFLAG_LOCALEDIR=$TMPD/bad run --lint "$rules"
is "--lint corrupt: status 0" "$rc" 0
case $err in
*"bad/es/LC_MESSAGES/redflag-rules.mo: warning: not a MO file"*) pass "--lint corrupt: says why, and names the file" ;;
*) fail "--lint corrupt: says why, and names the file" "$err" ;;
esac
has "--lint corrupt: counted" "1 warning "
REDFLAG_LOCALEDIR=$TMPD/none LANGUAGE=es LC_ALL=es_ES.UTF-8 run --lint "$rules"
has "--lint, no catalogue: says so" "no translation of the rules' text in $TMPD/none"
has "--lint, no catalogue: and for the language asked" "no translation for the language asked ("
has "--lint, no catalogue: English is shown" "the text is shown in English"

# The shipped po file: in step with the rules, nothing fuzzy or untranslated.
"$top_builddir/src/rulespot" "$rules" etc/redflag.conf >"$TMPD/pot" 2>&1
ok "the template is up to date with etc/redflag.conf" cmp "$TMPD/pot" "$top_srcdir/po/rules/redflag-rules.pot"
"$MSGFMT" --check --statistics -o /dev/null "$top_srcdir/po/rules/es.po" >"$TMPD/stat" 2>&1
is "es.po: every text translated, none fuzzy" "$(cat "$TMPD/stat")" "210 translated messages."
grep -q 'NO CLINICIAN HAS REVIEWED THIS TRANSLATION' "$top_srcdir/po/rules/es.po" &&
	pass "es.po: its header says no clinician reviewed it" ||
	fail "es.po: its header says no clinician reviewed it"

# redflag-rules(7) lists the languages, says that no clinician reviewed
# them, and stays in English.
es -f "$rules" --man
has "--man: the translations section" ".Sh TRANSLATIONS"
has "--man: es and its count" "210 of the 210 texts."
has "--man: not reviewed" "No clinician has reviewed these translations."
has "--man: in English" "Possible cauda equina syndrome"

# Plain line mode.
printf 'y\nq\n\n' | LANGUAGE=es LC_ALL=es_ES.UTF-8 "$REDFLAG" -f "$rules" --plain \
	>"$TMPD/out" 2>"$TMPD/err"
out=$(cat "$TMPD/out")
has "plain: the part in Spanish" " 1 de 8: Nervios, vejiga e intestino."
has "plain: the question in Spanish" "1 de 54. ¿Entumecimiento u hormigueo nuevo en nalgas o genitales? y"
has "plain: the flag in Spanish" "Posible síndrome de cauda equina"
has "plain: the summary's level" "EMERGENCIA: Llame a una ambulancia ahora: 999"
no_escape "$TMPD/out" && pass "plain: no escape byte" || fail "plain: no escape byte"

done_testing
