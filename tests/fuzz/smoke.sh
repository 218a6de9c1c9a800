#!/bin/sh
# smoke.sh: make fuzz-smoke.  Runs each libFuzzer target for
# $FUZZ_SECONDS seconds, seeded from the test files, and prints how many
# inputs each ran.  A crash stops it with the input saved in
# fuzz-out/crash-*: fix the bug and add the input to tests/fuzz/regress-*.
set -eu
: "${top_srcdir:=.}" "${FUZZ_SECONDS:=60}"
out=fuzz-out
mkdir -p "$out/corpus-conf" "$out/corpus-cond" "$out/seed-cond"

# Conditions for the parser: every "when" in the test files.
n=0
cat "$top_srcdir"/etc/redflag.conf "$top_srcdir"/tests/data/*.conf "$top_srcdir"/tests/bad/*.conf |
	sed -n 's/.*when = "\([^"]*\)".*/\1/p' | sort -u | while IFS= read -r w; do
	n=$((n + 1))
	printf '%s' "$w" >"$out/seed-cond/$n"
done

LSAN_OPTIONS="suppressions=$top_srcdir/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS

run() {	# run TARGET CORPUS SEEDS...
	t=$1; shift
	./tests/$t -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crash-$t-" \
	    "$@" >"$out/$t.log" 2>&1 || {
		tail -n 40 "$out/$t.log"
		echo "$t: found a problem; the input is in $out/crash-$t-*" >&2
		exit 1
	}
	echo "$t: $(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log") inputs in $FUZZ_SECONDS s, corpus $(ls "$1" | wc -l) files, no crash"
}
run fuzz_conf "$out/corpus-conf" "$top_srcdir/tests/fuzz/regress-conf" \
    "$top_srcdir/tests/bad" "$top_srcdir/tests/data" "$top_srcdir/etc"
run fuzz_cond "$out/corpus-cond" "$top_srcdir/tests/fuzz/regress-cond" "$out/seed-cond"
