# contrast.awk: the contrast of the text on a screen captured by tmux
# (capture-pane -p -e), on a white and on a black default background.
# Colours are xterm's default palette; bold turns colours 0-7 into
# 8-15, as xterm does by default (boldColors).  The ratio is WCAG's:
# (L1 + 0.05) / (L2 + 0.05), L the relative luminance.
#
# Prints one line per look of the text seen (the SGR state and a
# sample of the text), with its ratio on white and on black:
#   fg=1 bg=7 rev=0 bold=0 <tab> 5.84 <tab> 5.84 <tab> EMERGENCY
# Spaces are not counted: they have no text to read.
function hex(s) { return index("0123456789abcdef", tolower(s)) - 1 }
function chan(c, i) { return (hex(substr(c, i, 1)) * 16 + hex(substr(c, i + 1, 1))) / 255 }
function lin(v) { return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ^ 2.4 }
function lum(c) {
	return 0.2126 * lin(chan(c, 1)) + 0.7152 * lin(chan(c, 3)) + 0.0722 * lin(chan(c, 5))
}
function ratio(a, b,	la, lb) {
	la = lum(a); lb = lum(b)
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05)
}
function cube(n) { return n == 0 ? 0 : 55 + 40 * n }
function rgb(i,	 g) {
	if (i < 16) return pal[i]
	if (i >= 232) { g = 8 + 10 * (i - 232); return sprintf("%02x%02x%02x", g, g, g) }
	i -= 16
	return sprintf("%02x%02x%02x", cube(int(i / 36)), cube(int(i / 6) % 6), cube(i % 6))
}
# The colour seen, for fg/bg "d" (the default) or an index.
function seen(c, bold, isfg, theme) {
	if (c == "d" && isfg == (theme == "white")) return "000000"
	if (c == "d") return "ffffff"
	if (isfg && bold && c < 8) c += 8
	return rgb(c)
}
function sgr(p,	 n, a, k) {
	n = split(p == "" ? "0" : p, a, ";")
	for (k = 1; k <= n; k++) {
		a[k] += 0
		if (a[k] == 0) { fg = "d"; bg = "d"; bold = 0; rev = 0 }
		else if (a[k] == 1) bold = 1
		else if (a[k] == 22) bold = 0
		else if (a[k] == 7) rev = 1
		else if (a[k] == 27) rev = 0
		else if (a[k] >= 30 && a[k] <= 37) fg = a[k] - 30
		else if (a[k] == 39) fg = "d"
		else if (a[k] >= 40 && a[k] <= 47) bg = a[k] - 40
		else if (a[k] == 49) bg = "d"
		else if (a[k] >= 90 && a[k] <= 97) fg = a[k] - 82
		else if (a[k] >= 100 && a[k] <= 107) bg = a[k] - 92
		else if ((a[k] == 38 || a[k] == 48) && a[k + 1] == 5) {
			if (a[k] == 38) fg = a[k + 2] + 0; else bg = a[k + 2] + 0
			k += 2
		}
	}
}
function text(s,	 key) {
	if (s !~ /[^ ]/) return
	key = "fg=" fg " bg=" bg " rev=" rev " bold=" bold
	if (!(key in sample)) { order[++nkeys] = key; sample[key] = s }
}
BEGIN {
	split("000000 cd0000 00cd00 cdcd00 0000ee cd00cd 00cdcd e5e5e5 " \
	    "7f7f7f ff0000 00ff00 ffff00 5c5cff ff00ff 00ffff ffffff", p, " ")
	for (i = 1; i <= 16; i++) pal[i - 1] = p[i]
	esc = sprintf("%c", 27)
}
{
	fg = "d"; bg = "d"; bold = 0; rev = 0	# tmux starts each line afresh
	line = $0
	while ((i = index(line, esc "[")) > 0) {
		text(substr(line, 1, i - 1))
		line = substr(line, i + 2)
		match(line, /^[0-9;]*/)
		code = substr(line, RLENGTH + 1, 1)
		if (code == "m") sgr(substr(line, 1, RLENGTH))
		line = substr(line, RLENGTH + 2)
	}
	text(line)
}
END {
	for (k = 1; k <= nkeys; k++) {
		split(order[k], f, /[ =]/)
		out = order[k]
		for (t = 0; t < 2; t++) {
			theme = t == 0 ? "white" : "black"
			a = seen(f[2] == "d" ? "d" : f[2] + 0, f[8], 1, theme)
			b = seen(f[4] == "d" ? "d" : f[4] + 0, 0, 0, theme)
			if (f[6]) { c = a; a = b; b = c }
			out = out sprintf("\t%.2f", ratio(a, b))
		}
		sub(/^ +/, "", sample[order[k]])
		print out "\t" substr(sample[order[k]], 1, 24)
	}
}
