# json.sh: --format json parses with a real JSON parser (jq), holds the
# documented fields, and round-trips awkward strings.
. "$(dirname "$0")/lib.sh"
[ -n "${JQ:-}" ] && [ -x "$JQ" ] || JQ=$(command -v jq) || skip_all "jq not found"
small="$top_srcdir/tests/data/small.conf"

run -f "$small" --check saddle_numbness,age_50,weight_loss --format json
is "--check json: status" "$rc" 3
printf '%s\n' "$out" >"$TMPD/check.json"
ok "--check json parses" "$JQ" -e . "$TMPD/check.json"
is "--check json: highest" "$("$JQ" -r .highest "$TMPD/check.json")" emergency
is "--check json: checked" "$("$JQ" -c .checked "$TMPD/check.json")" '["saddle_numbness","weight_loss","age_50"]'
is "--check json: flags in order" "$("$JQ" -c '[.flags[].rule]' "$TMPD/check.json")" '["nerves","older_weight"]'
is "--check json: because" "$("$JQ" -c '.flags[1].because' "$TMPD/check.json")" '["weight_loss","age_50"]'
is "--check json: flag fields" "$("$JQ" -c '.flags[0] | keys' "$TMPD/check.json")" '["action","advice","because","level","message","rule","sources"]'
is "--check json: sources" "$("$JQ" -r '.flags[0].sources[0].url' "$TMPD/check.json")" "https://www.nhs.uk/conditions/back-pain/"
is "--check json: rules_file" "$("$JQ" -r .rules_file "$TMPD/check.json")" "$small"

run -f "$small" --check age_50 --format json
is "no flag json: status" "$rc" 0
is "no flag json: highest is null" "$(printf '%s' "$out" | "$JQ" -c '[.highest, .flags]')" '[null,[]]'
is "no flag json: the rules' advice" "$(printf '%s' "$out" | "$JQ" -r .no_flag)" \
	"See a doctor if the pain is bad, getting worse, or not better in a few weeks."

# A no (!id) is in answered_no and fires nothing; the rest are not_asked.
run -f "$small" --check 'age_50,!weight_loss,!saddle_numbness' --format json
is "--check !id json: status" "$rc" 0
is "--check !id json: yes, no and not asked" \
	"$(printf '%s' "$out" | "$JQ" -c '[.checked, .answered_no, .not_asked]')" \
	'[["age_50"],["saddle_numbness","weight_loss"],["both_legs"]]'

run -f "$small" --list --format json
printf '%s\n' "$out" >"$TMPD/list.json"
ok "--list json parses" "$JQ" -e . "$TMPD/list.json"
is "--list json: levels" "$("$JQ" -c '[.levels[] | [.id, .rank]]' "$TMPD/list.json")" '[["emergency",2],["soon",1]]'
is "--list json: symptoms in group order" "$("$JQ" -c '[.symptoms[] | .id]' "$TMPD/list.json")" '["saddle_numbness","both_legs","weight_loss","age_50"]'
is "--list json: a symptom" "$("$JQ" -c '.symptoms[2] | [.id, .group, .label]' "$TMPD/list.json")" '["weight_loss","General health","Losing weight without trying"]'
is "--list json: rules" "$("$JQ" -c '[.rules[] | [.id, .level]]' "$TMPD/list.json")" '[["nerves","emergency"],["older_weight","soon"]]'
is "--list json: sources" "$("$JQ" -c '[.sources[] | .id]' "$TMPD/list.json")" '["nhs"]'
run --list --format json -f "$top_srcdir/etc/redflag.conf"
is "--list json: the shipped trace table" "$(printf '%s' "$out" | "$JQ" '[.trace[] | select(.source == "seed")] | length >= 11')" true

# Awkward but valid strings: quotes, backslashes, non-ASCII, a slash.
sed -e 's|label = "Tingling in both legs";|label = "Say \\"ouch\\" \\\\ back/slash caf\xc3\xa9 \xe2\x82\xac";|' \
	-e 's|^title = .*|title = "T\\\\\\"x";|' "$small" >"$TMPD/odd.conf"
run -f "$TMPD/odd.conf" --check both_legs --format json
printf '%s\n' "$out" >"$TMPD/odd.json"
ok "escaped strings parse" "$JQ" -e . "$TMPD/odd.json"
run -f "$TMPD/odd.conf" --list --format json
is "escaped label round-trips" "$(printf '%s' "$out" | "$JQ" -r '.symptoms[1].label')" 'Say "ouch" \ back/slash café €'
is "escaped title round-trips" "$(printf '%s' "$out" | "$JQ" -r '.title')" 'T\"x'

run --check nothing_at_all --format json
is "json for an error is not printed on stdout" "$out" ""

done_testing
