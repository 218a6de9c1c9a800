# checklist-es.sh: the full-screen checklist in Spanish in a real
# terminal (tmux), at 80x24 and 40x12: the answers, the longer level
# tags (EMERGENCIA) whole on the most-urgent line and beside the
# answers, search by the Spanish words, and a saved report.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/tests/tmux.sh"
rules="$top_srcdir/etc/redflag.conf"
case $rules in /*) ;; *) rules="$PWD/$rules" ;; esac
locale="$top_builddir/locale"
case $locale in /*) ;; *) locale="$PWD/$locale" ;; esac
[ -f "$locale/es/LC_MESSAGES/redflag-rules.mo" ] ||
	skip_all "no catalogue in $locale (run make first)"
locale -a 2>/dev/null | grep -qix 'es_ES.utf-\{0,1\}8' ||
	skip_all "the es_ES.UTF-8 locale is missing (build-aux/install-deps makes it)"
es="REDFLAG_LOCALEDIR=$locale LANGUAGE=es LC_ALL=es_ES.UTF-8"

# line N: line N (0 is the top) of the screen.
line() { tm_screen | sed -n "$(($1 + 1))p"; }
# screen_has NAME TEXT
screen_has() {
	if tm_wait "$2"; then pass "$1"; else fail "$1" "$(tm_screen)"; fi
}

tm_start 80 24 "REDFLAG_LOCALEDIR=$locale" LANGUAGE=es LC_ALL=es_ES.UTF-8 -- \
	-f "$rules" --report "$TMPD/report.txt"
screen_has "80x24: the title in Spanish" "Señales de alarma en el"
screen_has "80x24: the group in Spanish" "Nervios, vejiga e intestino:"
screen_has "80x24: an answer in Spanish" "[ ] Entumecimiento u hormigueo nuevo en nalgas o genitales"
screen_has "80x24: its help in Spanish" "Es la zona que tocaría el sillín de una bicicleta"
tm_keys y
screen_has "80x24: the tag beside the answer, whole" "nalgas o genitales         !EMERGENCIA"
case $(line 11) in
"EMERGENCIA  Llame a una ambulancia ahora: 999 en el Reino Unido"*"Tab: detalles")
	pass "80x24: the most-urgent line: the whole tag, the action, Tab" ;;
*) fail "80x24: the most-urgent line: the whole tag, the action, Tab" "$(tm_screen)" ;;
esac
# search finds the Spanish words: a label, a keyword, a help text
tm_keys g / fiebre
tm_wait "Buscar: fiebre"
tm_keys Enter
sleep 0.3
case $(tm_screen | grep '^>') in
"> [ ] Tengo fiebre (temperatura alta)"*) pass "/fiebre lands on the fever question" ;;
*) fail "/fiebre lands on the fever question" "$(tm_screen)" ;;
esac
tm_keys g / escalofrios
tm_wait "Buscar: escalofrios"
tm_keys Enter
sleep 0.3
case $(tm_screen | grep '^>') in
"> [ ] Tengo fiebre (temperatura alta)"*) pass "/escalofrios (a keyword, no accent) lands on fever" ;;
*) fail "/escalofrios (a keyword, no accent) lands on fever" "$(tm_screen)" ;;
esac
tm_keys q
tm_wait "¿Salir igualmente?"
tm_keys y
tm_wait_dead || fail "80x24: q y ends it"
is "80x24: status" "$(tm_status)" 0
grep -q "EMERGENCIA: Posible síndrome de cauda equina" "$TMPD/report.txt" &&
	grep -q "Entumecimiento u hormigueo nuevo en nalgas o genitales" "$TMPD/report.txt" &&
	pass "the report in Spanish" || fail "the report in Spanish" "$(cat "$TMPD/report.txt")"

tm_start 40 12 "REDFLAG_LOCALEDIR=$locale" LANGUAGE=es LC_ALL=es_ES.UTF-8 -- -f "$rules"
screen_has "40x12: an answer" "[ ] Entumecimiento u horm"
tm_keys y
sleep 0.3
case $(line 1) in
"EMERGENCIA Llame a una"*"[Tab]") pass "40x12: the most-urgent line keeps EMERGENCIA whole" ;;
*) fail "40x12: the most-urgent line keeps EMERGENCIA whole" "$(tm_screen)" ;;
esac
tm_screen | grep -q '!EMERGENCIA$' && pass "40x12: the tag beside the answer, whole" ||
	fail "40x12: the tag beside the answer, whole" "$(tm_screen)"
wide=$(tm_screen | while IFS= read -r l; do
	[ "$(printf '%s' "$l" | wc -m)" -le 40 ] || echo "$l"; done)
[ -z "$wide" ] &&
	pass "40x12: no line wider than the screen" || fail "40x12: no line wider than the screen" "$(tm_screen)"
tm_keys q y
tm_wait_dead || fail "40x12: q y ends it"

done_testing
