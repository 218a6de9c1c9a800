# i18n.sh: redflag in Spanish.  The catalogues are complete and keep
# the English's conversions, numbers and urgency; the checklist (in
# tmux) and plain line mode speak Spanish, the rules' text too (from
# po/rules/es.po; see translate.sh), under LANG=es_ES.UTF-8, with
# LC_ALL empty, as the C library reads an empty LC_ALL as unset; so do
# --help, the plurals for 1 and 2, and --lang es under LC_ALL=C.UTF-8;
# so do the engine's messages (unknown ids, --lint, --test, the proof);
# a Spanish "si" is a yes, and only in Spanish; without a catalogue,
# or in ASCII, nothing breaks.  The catalogues come from the build
# tree's locale/, as REDFLAG_LOCALEDIR says.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
localedir=$(cd "$top_builddir" && pwd)/locale
grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h" ||
	skip_all "built without NLS (./configure --disable-nls)"
locale -a | grep -qx es_ES.utf8 ||
	skip_all "locale es_ES.utf8 missing (build-aux/install-deps makes it)"
unset LANGUAGE LC_MESSAGES LANG

# es CMD...: redflag in Spanish, as a user whose locale is Spanish.
es() {
	env -u LC_ALL LANG=es_ES.UTF-8 REDFLAG_LOCALEDIR="$localedir" \
	    "$REDFLAG" "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null
	rc=$?
	out=$(cat "$TMPD/out")
	err=$(cat "$TMPD/err")
}
# has NAME TEXT WANT: TEXT, joined into one line, holds WANT.
has() {
	case $(printf '%s\n' "$2" | tr '\n' ' ' | tr -s ' ') in
	*"$3"*) pass "$1" ;;
	*) fail "$1" "no \"$3\" in:" "$2" ;;
	esac
}

# 1. The catalogues: built, complete against the template, plural forms
# and conversions checked, their review stated.
po="$top_srcdir/po"
pot="$po/redflag.pot"
[ -f "$pot" ] || pot="$top_builddir/po/redflag.pot"
[ -f "$localedir/es/LC_MESSAGES/redflag.mo" ]
check "es: the catalogue is in the build's locale tree" show "no $localedir/es"
# complete LL.po: every entry of the template translated, none fuzzy,
# and msgfmt --check (formats, plural forms, header) clean.
complete() {
	msgmerge -q --no-fuzzy-matching -o "$TMPD/merged.po" "$1" "$pot" &&
	    msgfmt --check --statistics -o /dev/null "$TMPD/merged.po" \
	    >"$TMPD/stats" 2>&1 &&
	    grep -Eq '^[0-9]+ translated messages?\.$' "$TMPD/stats"
}
for l in $(sed 's/#.*//' "$po/LINGUAS"); do
	if [ ! -f "$pot" ]; then
		fail "$l: the template is there to check against" "no $pot"
	elif complete "$po/$l.po"; then
		pass "$l: every sentence translated, none fuzzy, msgfmt --check clean"
	else
		fail "$l: every sentence translated, none fuzzy, msgfmt --check clean" \
		    "$(cat "$TMPD/stats" 2>/dev/null)"
	fi
done
# A new English sentence with no translation fails the same check.
if [ -f "$pot" ]; then
	{ cat "$pot"; printf '\n#, c-format\nmsgid "%s"\nmsgstr ""\n' \
	    'A new sentence with %d in it.'; } >"$TMPD/new.pot"
	pot_real=$pot pot="$TMPD/new.pot"
	if complete "$po/es.po"; then
		fail "an untranslated sentence is caught (control)" "$(cat "$TMPD/stats")"
	else
		pass "an untranslated sentence is caught (control)"
	fi
	pot=$pot_real
fi
# A translation whose conversions differ from the English's fails.
sed 's/^msgstr "Informe guardado como %s\."$/msgstr "Informe guardado como %d."/' \
    "$po/es.po" >"$TMPD/bad.po"
! cmp -s "$po/es.po" "$TMPD/bad.po" &&
    ! msgfmt --check -o /dev/null "$TMPD/bad.po" 2>/dev/null
check "a format with other conversions is caught (control)"
is "es: the plural forms of Spanish" \
    "$(grep -o 'Plural-Forms: [^\\]*' "$po/es.po")" \
    "Plural-Forms: nplurals=2; plural=(n != 1);"
grep -q '^# This translation has NOT been reviewed by a clinician' "$po/es.po"
check "es: its header says that no clinician has reviewed it"

# Numbers and urgency: each number of an English sentence (emergency
# numbers, counts, exit statuses) is in its Spanish, and each "now" is
# an "ahora".  pairs FILE: each entry as "msgid<TAB>msgstr", plurals
# once a form.
pairs() {
	msgcat --no-wrap "$1" | awk '
	function flush() { if (id != "") for (i = 0; i < n; i++) print id "\t" str[i]; id = ""; n = 0 }
	function text(s) { sub(/^[^"]*"/, "", s); return substr(s, 1, length(s) - 1) }
	/^msgid "/ { flush(); id = text($0); at = "id"; next }
	/^msgid_plural "/ { id = id " " text($0); next }
	/^msgstr/ { str[n++] = text($0); at = "str"; next }
	/^"/ { if (at == "id") id = id text($0); else str[n - 1] = str[n - 1] text($0) }
	END { flush() }'
}
pairs "$po/es.po" >"$TMPD/pairs"
lost=$(awk -F '\t' '{
	s = $1
	while (match(s, /[0-9]+/)) {
		num = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
		if (index($2, num) == 0) print num ": " $1
	}
	if ($1 ~ /(^|[^A-Za-z])now([^A-Za-z]|$)/ && $2 !~ /ahora/) print "now: " $1
}' "$TMPD/pairs")
[ "$(wc -l <"$TMPD/pairs")" -gt 300 ] && [ -z "$lost" ]
check "es: every number and every \"now\" of the English is kept" show "$lost"

# Every source that marks sentences is read for the template.
missing=
for f in "$top_srcdir"/src/*.c "$top_srcdir"/src/*.def; do
	case $f in */builtin-rules.c) continue ;; esac
	grep -Eq '(^|[^A-Za-z0-9_])(N?_|ngettext|C_)\(' "$f" || continue
	grep -qx "src/${f##*/}" "$po/POTFILES.in" || missing="$missing ${f##*/}"
done
is "every source with sentences is in po/POTFILES.in" "$missing" ""

# 2. The command line in Spanish.
es --help
has "--help in Spanish: usage" "$out" "Uso: redflag [-f FILE]"
has "--help in Spanish: what it is not" "$out" \
    "No es un diagnóstico, ni sirve para niños, en el embarazo o durante una emergencia"
has "--help in Spanish: an option" "$out" \
    "-f, --file=FILE leer las reglas de FILE"
awk 'length($0) > 80' "$TMPD/out" >"$TMPD/long"
[ ! -s "$TMPD/long" ]
check "--help in Spanish: no line over 80 columns" cat "$TMPD/long"
es -f "$rules" --check saddle_numbness
is "a plural for 1: status" "$rc" 4
is "a plural for 1" "$(printf '%s\n' "$out" | head -n 1)" \
    "1 señal de alarma. La más urgente es EMERGENCIA."
es -f "$rules" --check saddle_numbness,chest_pain
is "a plural for 2" "$(printf '%s\n' "$out" | head -n 1)" \
    "2 señales de alarma. La más urgente es EMERGENCIA."
es --format xml --list
is "a message of the command line in Spanish" "$rc:$err" \
    "64:redflag: --format debe ser text o json, no 'xml'
Pruebe 'redflag --help' para más información."
LANGUAGE= REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" --lang es --help \
    >"$TMPD/out" 2>&1
is "--lang es under LC_ALL=C.UTF-8" "$(head -n 1 "$TMPD/out")" \
    "Uso: redflag [-f FILE] [--checklist [--answers FILE]] [--no-color]"
mkdir "$TMPD/empty"
env -u LC_ALL LANG=es_ES.UTF-8 REDFLAG_LOCALEDIR="$TMPD/empty" \
    "$REDFLAG" --help >"$TMPD/out" 2>&1
is "no catalogue: English" "$(head -n 1 "$TMPD/out")" \
    "Usage: redflag [-f FILE] [--checklist [--answers FILE]] [--no-color]"
REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" --help >"$TMPD/out" 2>&1
is "the C.UTF-8 locale: English" "$(head -n 1 "$TMPD/out")" \
    "Usage: redflag [-f FILE] [--checklist [--answers FILE]] [--no-color]"
es -f "$rules" --ascii --check saddle_numbness
[ "$(printf '%s\n' "$out" | head -n 1)" = \
    "1 senal de alarma. La mas urgente es EMERGENCIA." ] &&
    ! LC_ALL=C grep -q '[^ -~]' "$TMPD/out"
check "--ascii: the Spanish is spelt in ASCII, not with question marks" show "$out"

# 3. The engine's sentences in Spanish: an unknown id, with and without
# a suggestion, from --check; a broken rules file's diagnostics and a
# warning from --lint, each after its FILE:LINE; a plural of the engine
# for 1 and 2; --test's TAP, whose keywords stay; a saved answers file,
# whose Spanish comment reads back.  Each is English without Spanish.
es -f "$rules" --check nosuch
is "engine: an unknown id: status" "$rc" 65
is "engine: an unknown id, in Spanish" "$err" \
    "redflag: --check: identificador de síntoma desconocido 'nosuch'"
LANGUAGE= REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" --lang es -f "$rules" \
    --check saddle_numbnes >"$TMPD/out" 2>"$TMPD/err"
is "engine: --lang es --check, an unknown id and what was meant: status" \
    "$?" 65
is "engine: --lang es --check, an unknown id and what was meant" \
    "$(cat "$TMPD/err")" \
    "redflag: --check: identificador de síntoma desconocido 'saddle_numbnes' (¿quiso decir 'saddle_numbness'?)"
REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" -f "$rules" --check saddle_numbnes \
    >"$TMPD/out" 2>"$TMPD/err"
is "engine: the same in the C.UTF-8 locale is English" "$(cat "$TMPD/err")" \
    "redflag: --check: unknown symptom id 'saddle_numbnes' (did you mean 'saddle_numbness'?)"
bad="$top_srcdir/tests/bad"
es --lint -f "$bad/unknown-id-in-condition.conf"
is "engine: --lint on a broken file: status" "$rc" 78
is "engine: --lint, a Spanish diagnostic after FILE:LINE" \
    "$(printf '%s\n' "$err" | head -n 1)" \
    "$bad/unknown-id-in-condition.conf:21: regla 'nerves': 'when', columna 9: identificador desconocido 'lgs' (¿quiso decir 'legs'?)"
LANGUAGE= REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" --lang es --lint \
    -f "$bad/proof-not-monotone.conf" >"$TMPD/out" 2>"$TMPD/err"
is "engine: --lang es --lint, the proof's counterexample" \
    "$(head -n 1 "$TMPD/err")" \
    "$bad/proof-not-monotone.conf:24: marcar 'worse' después de 'still' y 'thin' baja el nivel de urgent a soon; la regla 'several' deja de activarse por su 'not' (columna 31)"
es --lint -f "$bad/warnings-only.conf"
is "engine: --lint, a warning in Spanish" "$(printf '%s\n' "$err" | head -n 1)" \
    "$bad/warnings-only.conf:10: aviso: ninguna regla ni entrada de trazabilidad cita la fuente 'spare'"
# of N: a threshold above the length of its list, of 1 and of 2 items.
for n in 1 2; do
	list="numb"
	[ "$n" = 2 ] && list="numb, legs"
	sed "s/when = \"3 of (numb, legs)\"/when = \"3 of ($list)\"/" \
	    "$bad/condition-threshold-too-high.conf" >"$TMPD/of$n.conf"
	es --lint -f "$TMPD/of$n.conf"
	printf '%s\n' "$err" | head -n 1 >"$TMPD/of$n.err"
done
is "engine: a plural for 1" "$(cat "$TMPD/of1.err")" \
    "$TMPD/of1.conf:21: regla 'nerves': 'when', columna 1: '3 of (...)' nunca puede ser verdadero: la lista solo tiene 1 elemento"
is "engine: a plural for 2" "$(cat "$TMPD/of2.err")" \
    "$TMPD/of2.conf:21: regla 'nerves': 'when', columna 1: '3 of (...)' nunca puede ser verdadero: la lista solo tiene 2 elementos"
es --test -f "$bad/test-case-fails.conf"
is "engine: --test in Spanish, the TAP keywords kept" "$rc:$out" \
    "1:1..2
ok 1 - a_alone
not ok 2 - b_alone
#   $bad/test-case-fails.conf:25: se esperaba urgent, se obtuvo soon
#   respuestas: c
#   activadas: rb
#   se activaron sin deber hacerlo: rb
# 1 superado, 1 fallido"

# 4. Plain line mode in Spanish names an unknown id in Spanish, and
# saves answers whose Spanish comment reads back.
printf 'fevr\nq\n\n\n' | env -u LC_ALL LANG=es_ES.UTF-8 \
    REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" -f "$rules" --plain \
    --save-answers "$TMPD/saved" >"$TMPD/plain" 2>&1
grep -qx "identificador de síntoma desconocido 'fevr' (¿quiso decir 'fever'?)" \
    "$TMPD/plain" &&
    pass "plain: an unknown id named in Spanish, with what was meant" ||
    fail "plain: an unknown id named in Spanish, with what was meant" \
    "$(cat "$TMPD/plain")"
head -n 1 "$TMPD/saved" 2>/dev/null | grep -q '^# respuestas de redflag: ' &&
    pass "plain: the saved answers' comment in Spanish" ||
    fail "plain: the saved answers' comment in Spanish" \
    "$(cat "$TMPD/saved" 2>/dev/null)"
printf 'saddle_numbness\n' >>"$TMPD/saved"
es -f "$rules" --answers "$TMPD/saved"
is "plain: the Spanish answers file reads back (status 4: emergency)" \
    "$rc:$err" "4:"

# 5. Plain line mode in Spanish, from a pipe: the questions, the keys
# said, a "si" and a "sí" taken as yes, an "s" that skips a part.
printf 'sí\nn\nsi\ns\nq\n\n\n' | env -u LC_ALL LANG=es_ES.UTF-8 \
    REDFLAG_LOCALEDIR="$localedir" "$REDFLAG" -f "$rules" --plain \
    >"$TMPD/plain" 2>&1
plain=$(cat "$TMPD/plain")
has "plain: the intro in Spanish" "$plain" \
    "Esto no es un diagnóstico. En una emergencia, llame ahora a su número local de emergencias."
has "plain: which letter is yes, and that s skips" "$plain" \
    "54 preguntas. Responda y (sí) o n (no) y pulse Enter; ? muestra las órdenes; s salta una parte."
has "plain: a question, Spanish style" "$plain" \
    "1 de 54. ¿Entumecimiento u hormigueo nuevo en nalgas o genitales? sí"
has "plain: sí is a yes" "$plain" "SEÑAL DE ALARMA (emergency): Posible síndrome de cauda equina"
grep -q '^3 de 54. .* si$' "$TMPD/plain" &&
    grep -q '^4 de 54. ' "$TMPD/plain"
check "plain: si is a yes, and goes on to the next question" show "$plain"
has "plain: s skips to the next part" "$plain" "Parte 2 de 8:"
has "plain: the summary in Spanish" "$plain" \
    "Resumen. Sin terminar: detenido con q en la pregunta 11 de 54."
has "plain: the yeses of si and sí in the summary" "$plain" \
    "Marcadas: 1. Entumecimiento u hormigueo nuevo en nalgas o genitales; 3."
# In English, "si" is no yes: it is refused, and the question is asked again.
printf 'si\nq\n\n\n' | "$REDFLAG" -f "$rules" --plain >"$TMPD/plain" 2>&1
grep -q "unknown symptom id 'si'" "$TMPD/plain" &&
    grep -q '^Answer y or n, or type ? for the commands\.$' "$TMPD/plain" &&
    grep -q '^Ticked: none\.$' "$TMPD/plain"
check "plain, English: si is refused, not taken as anything" cat "$TMPD/plain"

# 6. The checklist in Spanish, in a real terminal, at 80x24 and 40x12.
# screen_has NAME TEXT: wait for TEXT on the screen.
screen_has() {
	if tm_wait "$2"; then pass "$1"; else fail "$1" "$(tm_screen)"; fi
}
# line_is NAME N TEXT: line N of the screen is TEXT.
line_is() {
	is "$1" "$(tm_screen | sed -n "$2p" | sed 's/ *$//')" "$3"
}
tm_start 80 24 LC_ALL= LANG=es_ES.UTF-8 "REDFLAG_LOCALEDIR=$localedir" \
    -- -f "$rules"
screen_has "checklist: the title line counts in Spanish" " 0/54 respondidas"
line_is "checklist: the reminder, whole, at 80 columns" 23 \
    "No diagnostica. En una emergencia, llame ahora a su número local de emergencias."
line_is "checklist: the key hints, save among them" 24 \
    "Espacio marca  n no  Tab señales  / busca  u deshace  s guarda  ? ayuda  q sale"
tm_keys Space
screen_has "checklist: a tick, in Spanish on the title line" "1 señal de alarma"
line_is "checklist: the title line, whole" 1 \
    " 1/54 respondidas  Señales de alarma en el dolor ~  1-9 de 54, 1 señal de alarma"
tm_screen | grep -q '^EMERGENCIA  Llame a una ambulancia ahora: .*  Tab: detalles$'
check "checklist: the most urgent line, with its key" tm_screen
screen_has "checklist: what to do now, in the panel" \
    "  Qué hacer ahora: Llame a una ambulancia ahora:"
tm_keys Down n
screen_has "checklist: n answers no" "> [n] Problema nuevo para orinar"
tm_keys F1
screen_has "checklist: the help says what y does" \
    "  y, Y              Responder sí: marca la respuesta seleccionada"
tm_keys q q
screen_has "checklist: the quit question" \
    "No ha guardado sus respuestas. ¿Salir igualmente? (y sí, n no, s guarda)"
tm resize-window -x 40 -y 12
sleep 0.3
screen_has "40x12: the short quit question fits" \
    "¿Salir sin guardar? (y/n, s: guarda)"
tm_keys n
sleep 0.3
line_is "40x12: the title line: the count and the flags, no stub of a title" 1 \
    " 2/54 respondidas      1 señal de alarma"
tm_screen | grep -q '^EMERGENCIA Llame a una ambulancia~ \[Tab\]$'
check "40x12: the most urgent line, with its key" tm_screen
line_is "40x12: the reminder, whole" 11 "No diagnostica. Emergencia: llame ahora"
line_is "40x12: the key hints that fit" 12 "Espacio marca  n no  ? ayuda  q sale"
tm resize-window -x 80 -y 24	# the summary is 80 columns wide
sleep 0.3
tm_keys q y
tm_wait_dead && is "checklist: y quits, status 0" "$(tm_status)" 0 ||
	fail "checklist: y quits, status 0" "$(tm_screen)"
summary=$(tm_history)
has "checklist: the summary in Spanish" "$summary" \
    "redflag: 1 respuesta marcada, no: 1, sin preguntar: 52; 1 señal de alarma."
has "checklist: not saved, it says" "$summary" \
    "Sus respuestas no se han guardado en ningún sitio."

done_testing
