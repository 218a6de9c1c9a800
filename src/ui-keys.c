/*
 * ui-keys.c: the key table of the checklist screen, read from
 * keys.def: which action a key does, and the help for each group of
 * keys, which ui-help.c shows and redflag(1) lists.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"

/* A KEY row has text; the BIND rows after it are its keys. */
struct ui_key {
	const char	*text;
	int		 fn;
	int		 code;
	const char	*name;
	enum ui_action	 action;
};

static const struct ui_key ui_keys[] = {
#define KEY(text)	{ text, 0, 0, NULL, ACT_NONE },
#define BIND(fn, code, name, act) { NULL, fn, code, name, ACT_##act },
#include "keys.def"
#undef KEY
#undef BIND
};

#define UI_NKEYS	(sizeof(ui_keys) / sizeof(ui_keys[0]))

/* The action of a key (fn: a curses function key), or ACT_NONE. */
enum ui_action
ui_keys_action(int key, int fn)
{
	size_t	 i;

	for (i = 0; i < UI_NKEYS; i++) {
		if (ui_keys[i].text == NULL && ui_keys[i].fn == fn &&
		    ui_keys[i].code == key)
			return (ui_keys[i].action);
	}
	return (ACT_NONE);
}

/*
 * The n-th group of keys: its help text, and its key names joined, as
 * "Up, k, ^P", both in the user's language.  Returns NULL after the
 * last.
 */
const char *
ui_keys_help(size_t n, char *names, size_t size)
{
	const char	*text = NULL, *last = "";
	size_t		 i, len = 0;

	names[0] = '\0';
	for (i = 0; i < UI_NKEYS; i++) {
		if (ui_keys[i].text != NULL) {
			if (text != NULL)
				break;
			if (n-- == 0)
				text = _(ui_keys[i].text);
		} else if (text != NULL && strcmp(ui_keys[i].name, last) != 0) {
			snprintf(names + len, size - len, "%s%s", len > 0 ?
			    ", " : "", _(ui_keys[i].name));
			len = strlen(names);
			last = ui_keys[i].name;
		}
	}
	return (text);
}

/*
 * The name of the first key that does act, in the user's language, as
 * the help screen gives it; "" when no key does.
 */
const char *
ui_keys_name(enum ui_action act)
{
	size_t	 i;

	for (i = 0; i < UI_NKEYS; i++) {
		if (ui_keys[i].text == NULL && ui_keys[i].action == act)
			return (_(ui_keys[i].name));
	}
	return ("");
}
