# gen-rules.awk: a synthetic rules file with n symptoms and n rules,
# each symptom used by three rules, and every tenth rule naming the one
# before it.  Usage: awk -v n=5000 -f gen-rules.awk
BEGIN {
	if (n < 10) n = 10
	print "format = 1;"
	print "title = \"Synthetic rules, " n " symptoms\";"
	print "version = \"1\"; date = \"2026-11-23\";"
	print "disclaimer = \"Synthetic test data.\"; no_flag = \"No flag.\";"
	print "sources = ( { id = \"synthetic\"; title = \"Generated\"; } );"
	print "levels = ("
	print "  { id = \"emergency\"; label = \"Emergency\"; action = \"Now.\"; color = \"red\"; },"
	print "  { id = \"urgent\"; label = \"Urgent\"; action = \"Today.\"; color = \"yellow\"; },"
	print "  { id = \"soon\"; label = \"Soon\"; action = \"Within days.\"; color = \"cyan\"; } );"
	print "symptoms = ("
	for (i = 0; i < n; i++)
		printf "  { id = \"s%d\"; group = \"Group %d\"; label = \"Symptom number %d of the synthetic list\"; }%s\n", i, int(i / 50), i, i + 1 < n ? "," : ""
	print ");"
	print "rules = ("
	split("emergency urgent soon", lv, " ")
	for (i = 0; i < n; i++) {
		a = i; b = (i + 1) % n; c = (i + 7) % n
		if (i % 10 == 9)
			w = "r" (i - 1) " and s" a
		else
			w = "s" a " and (s" b " or s" c ")"
		printf "  { id = \"r%d\"; level = \"%s\"; when = \"%s\"; message = \"Rule %d\"; advice = \"Advice %d.\"; sources = [\"synthetic\"]; }%s\n", i, lv[i % 3 + 1], w, i, i, i + 1 < n ? "," : ""
	}
	print ");"
}
