/*
 * main.c: the command line.  It parses options, finds and loads the
 * rules file, and runs one mode: the full-screen checklist, plain line
 * mode, or one of the batch modes.  Only this file and the interfaces
 * print or exit.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "answers.h"
#include "builtin.h"
#include "conf.h"
#include "eval.h"
#include "format.h"
#include "i18n.h"
#include "json.h"
#include "lang.h"
#include "lint.h"
#include "man.h"
#include "plain.h"
#include "readfile.h"
#include "safety.h"
#include "sandbox.h"
#include "save.h"
#include "trans.h"
#include "transdir.h"
#include "ui.h"
#include "utf8.h"
#include "wrap.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/usr/local/etc"
#endif
#define RULES_PATH	SYSCONFDIR "/redflag.conf"

enum mode {
	MODE_INTERACTIVE,
	MODE_CHECK,
	MODE_ANSWERS,
	MODE_LIST,
	MODE_IDS,
	MODE_LINT,
	MODE_TEST,
	MODE_MAN,
	MODE_VERSION,
	MODE_HELP
};

struct options {
	enum mode	 mode;
	int		 nmodes;
	const char	*file;		/* -f */
	struct buf	 checks;	/* every --check, joined by commas */
	const char	*answers;	/* --answers */
	const char	*save_answers;	/* --save-answers */
	const char	*lang;		/* --lang */
	int		 json;
	int		 format_given;	/* --format */
	int		 file_arg;	/* --lint or --test was given a file */
	int		 plain;		/* --plain */
	int		 restricted;	/* --restricted or $REDFLAG_RESTRICTED */
	int		 checklist;	/* --checklist */
	struct ui_opts	 ui;
};

/* Restricted mode: the Landlock ABI in force, 0 none; for --version. */
static int landlock_abi;

/*
 * The locale's character set is not UTF-8: messages are made ASCII, or
 * a byte of a UTF-8 character could be a C1 control (0x9B, CSI) there.
 */
static int msg_ascii;

/* Where the rules came from, in the search order. */
enum origin {
	FROM_ARGUMENT,
	FROM_OPTION,
	FROM_ENV,
	FROM_SYSCONF,
	FROM_BUILTIN
};

/* TRANSLATORS: how the rules file in use was found, in --version. */
static const char *const origin_text[] = {
	N_("given on the command line"),
	N_("given with -f"),
	N_("given by $REDFLAG_RULES"),
	N_("the installed rules file"),
	/* TRANSLATORS: %s is the installed rules file's name. */
	N_("none given, and no %s")
};

enum {
	OPT_LINT = 256,
	OPT_TEST,
	OPT_FORMAT,
	OPT_NO_COLOR,
	OPT_ASCII,
	OPT_NO_MOUSE,
	OPT_NO_SUMMARY,
	OPT_REPORT,
	OPT_SAVE_ANSWERS,
	OPT_PLAIN,
	OPT_MAN,
	OPT_RESTRICTED,
	OPT_CHECKLIST,
	OPT_SLOW,
	OPT_LIST_IDS,
	OPT_LANG
};

/*
 * Each option once: getopt's table is made from this one, and --help
 * lists it in this order.  help is lines of at most 56 columns; --help
 * indents those after the first to column 24.
 */
static const struct main_option {
	const char	*name;
	int		 has_arg;
	int		 val;		/* its letter, or an OPT_ value */
	const char	*arg;		/* shown as --name=ARG, or NULL */
	const char	*help;
} main_options[] = {
	/* TRANSLATORS: the help of each option in --help.  Keep FILE, IDS,
	   FORMAT and such as they are, and each line under 56 columns. */
	{ "file", required_argument, 'f', "FILE",
	    N_("read the rules from FILE") },
	{ "check", required_argument, 'c', "IDS",
	    N_("answer the comma-separated symptom IDS yes (or no,\n"
	    "written !ID), print the flags") },
	{ "answers", required_argument, 'a', "FILE",
	    N_("the same, for the answers listed in FILE (- reads\n"
	    "standard input)") },
	{ "list", no_argument, 'l', NULL,
	    N_("print the levels, symptoms and rules") },
	{ "list-ids", no_argument, OPT_LIST_IDS, NULL,
	    N_("print the symptom ids, one a line, in the order of\n"
	    "the checklist (a stable format, for scripts)") },
	{ "lint", no_argument, OPT_LINT, NULL,
	    N_("check a rules file and print every problem in it,\n"
	    "run its test cases and prove it safe (see\n"
	    "redflag.conf(5))") },
	{ "test", no_argument, OPT_TEST, NULL,
	    N_("run the rules file's test cases; print TAP") },
	{ "man", no_argument, OPT_MAN, NULL,
	    N_("print the rules as a manual page (redflag-rules(7))") },
	{ "format", required_argument, OPT_FORMAT, "FORMAT",
	    N_("text (the default) or json, for --check, --answers,\n"
	    "--list and --test") },
	{ "checklist", no_argument, OPT_CHECKLIST, NULL,
	    N_("the full-screen checklist, as with no mode option;\n"
	    "with --answers, start from those answers") },
	{ "plain", no_argument, OPT_PLAIN, NULL,
	    N_("ask the questions line by line, in plain text (for\n"
	    "screen readers, dumb terminals and pipes); with\n"
	    "--answers, start from those answers") },
	{ "no-color", no_argument, OPT_NO_COLOR, NULL,
	    N_("do not use colour (also when NO_COLOR is set)") },
	{ "ascii", no_argument, OPT_ASCII, NULL,
	    N_("write only ASCII characters") },
	{ "no-mouse", no_argument, OPT_NO_MOUSE, NULL,
	    N_("do not use the mouse") },
	{ "no-summary", no_argument, OPT_NO_SUMMARY, NULL,
	    N_("print no summary when the checklist ends") },
	{ "report", required_argument, OPT_REPORT, "FILE",
	    N_("write a report to FILE when the checklist or plain\n"
	    "line mode ends") },
	{ "save-answers", required_argument, OPT_SAVE_ANSWERS, "FILE",
	    N_("when the checklist or plain line mode ends, write\n"
	    "the answers to FILE, for --answers to take up again") },
	{ "restricted", no_argument, OPT_RESTRICTED, NULL,
	    N_("take no file name from the command line or the\n"
	    "keyboard; save reports only in $REDFLAG_REPORT_DIR\n"
	    "(also when $REDFLAG_RESTRICTED is set)") },
	{ "lang", required_argument, OPT_LANG, "LANGS",
	    N_("speak LANGS, a language such as es or a list such as\n"
	    "es_MX:es, instead of the locale's (see LANGUAGE in\n"
	    "redflag(1))") },
	{ "slow", no_argument, OPT_SLOW, NULL,
	    N_("the line is slow: wait until keys stop for a moment\n"
	    "to show the help of the answer in focus (the\n"
	    "default at 19200 baud or less)") },
	{ "help", no_argument, 'h', NULL,
	    N_("print this help and exit") },
	{ "version", no_argument, 'V', NULL,
	    N_("print the version and the rules file in use, and exit") }
};

#define MAIN_NOPTIONS	(sizeof(main_options) / sizeof(main_options[0]))
#define MAIN_HELP_COL	24	/* where the help of each option starts */

/* "  -f, --file=FILE", then the help, its lines after the first indented. */
static void
usage_option(struct buf *b, const struct main_option *m)
{
	const char	*help = _(m->help);
	size_t		 start = b->len, n;

	if (m->val < OPT_LINT)
		buf_printf(b, "  -%c, --%s", m->val, m->name);
	else
		buf_printf(b, "      --%s", m->name);
	if (m->arg != NULL)
		buf_printf(b, "=%s", m->arg);
	n = b->len - start;
	buf_repeat(b, ' ', n + 1 < MAIN_HELP_COL ? MAIN_HELP_COL - n : 2);
	for (;; help += n + 1) {
		n = strcspn(help, "\n");
		buf_add(b, help, n);
		buf_putc(b, '\n');
		if (help[n] == '\0')
			return;
		buf_repeat(b, ' ', MAIN_HELP_COL);
	}
}

static void
usage(struct buf *b)
{
	size_t	 i;

	buf_puts(b, _(
"Usage: redflag [-f FILE] [--checklist [--answers FILE]] [--no-color]\n"
"               [--ascii] [--no-mouse] [--no-summary] [--slow] [--report FILE]\n"
"               [--save-answers FILE]\n"
"       redflag [-f FILE] --plain [--answers FILE] [--report FILE]\n"
"               [--save-answers FILE]\n"
"       redflag [-f FILE] --check ID[,ID...] [--format text|json]\n"
"       redflag [-f FILE] --answers FILE|- [--format text|json]\n"
"       redflag [-f FILE] --list [--format text|json]\n"
"       redflag [-f FILE] --list-ids\n"
"       redflag --lint [FILE]\n"
"       redflag --test [FILE] [--format text|json]\n"
"       redflag [-f FILE] --man\n"
"       redflag --restricted [--plain] [OPTION...]\n"));
	buf_puts(b, _(
"A checklist of back-pain symptoms that shows which answers are red flags:\n"
"signs that the pain may have a serious cause and needs a doctor soon.\n"));
	wrap(b, safety(SAFETY_NOT_FOR), 80, 0, 0);
	buf_putc(b, '\n');
	for (i = 0; i < MAIN_NOPTIONS; i++)
		usage_option(b, &main_options[i]);
	buf_putc(b, '\n');
	/* TRANSLATORS: %s is the installed rules file's name. */
	buf_printf(b, _(
"The rules file is the first of: -f FILE; $REDFLAG_RULES;\n"
"%s;\n"
"the copy built into redflag.\n"), RULES_PATH);
	buf_putc(b, '\n');
	buf_puts(b, _(
"Exit status: 0 no red flag; 1 + the rank of the most urgent level fired\n"
"(the lowest level has rank 1) for --check and --answers; 1 a test case\n"
"or the safety proof failed, for --test and --lint; 64 usage error;\n"
"65 unknown symptom id; 66 a file cannot be read; 70 out of memory;\n"
"71 restricted mode cannot be set up; 74 output error; 78 invalid rules\n"
"file; 128 + N when ended by signal N.\n"));
	buf_putc(b, '\n');
	buf_puts(b, _(
"See redflag(1), redflag.conf(5), redflag-rules(7) and redflag-safety(7).\n"));
}

/* Print to stderr with the program name, made safe for a terminal. */
static void
warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
warnmsg(const char *fmt, ...)
{
	struct buf	 b, safe;
	va_list		 ap;

	buf_init(&b);
	buf_init(&safe);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	utf8_sanitize(&safe, buf_str(&b), b.len, msg_ascii);
	fflush(stdout);
	fprintf(stderr, "redflag: %s\n", buf_str(&safe));
	buf_free(&b);
	buf_free(&safe);
}

/* Print text as it is, made safe for a terminal. */
static void
say(FILE *fp, const char *text)
{
	struct buf	 safe;

	buf_init(&safe);
	utf8_sanitize(&safe, text, strlen(text), msg_ascii);
	fflush(stdout);
	fputs(buf_str(&safe), fp);
	buf_free(&safe);
}

static void
print_diags(const struct diags *d)
{
	struct buf	 b, safe;
	size_t		 i;

	fflush(stdout);
	for (i = 0; i < d->n; i++) {
		buf_init(&b);
		buf_init(&safe);
		if (d->v[i].line == 0)
			buf_puts(&b, "redflag: ");	/* not FILE:LINE: */
		diags_format(&b, d, &d->v[i]);
		utf8_sanitize(&safe, buf_str(&b), b.len, msg_ascii);
		fprintf(stderr, "%s\n", buf_str(&safe));
		buf_free(&b);
		buf_free(&safe);
	}
	if (d->dropped > 0)
		warnmsg(ngettext("%zu more problem not shown",
		    "%zu more problems not shown", d->dropped), d->dropped);
	if (d->nomem)
		warnmsg(_("out of memory while loading the rules"));
}

static int
set_mode(struct options *o, enum mode m)
{
	if (o->nmodes++ > 0 && o->mode != m) {
		warnmsg(_("only one of --check, --answers, --list, --list-ids, "
		    "--lint, --test and --man may be given"));
		return (-1);
	}
	o->mode = m;
	return (0);
}

static int
parse_format(struct options *o, const char *arg)
{
	o->format_given = 1;
	if (strcmp(arg, "json") == 0)
		o->json = 1;
	else if (strcmp(arg, "text") == 0)
		o->json = 0;
	else {
		warnmsg(_("--format must be text or json, not '%s'"), arg);
		return (-1);
	}
	return (0);
}

/* A file name may not be empty. */
static int
parse_name(const char *option, const char *name)
{
	if (*name != '\0')
		return (0);
	warnmsg(_("%s needs a file name, not an empty one"), option);
	return (-1);
}

static int
parse_lang(struct options *o)
{
	if (!lang_valid(optarg)) {
		warnmsg(_("--lang takes language names such as es, es_ES "
		    "or es_MX:es, not '%s'"), optarg);
		return (-1);
	}
	o->lang = optarg;
	return (0);
}

/*
 * An option that names a file and may be given once, as *slot.  twice
 * is the message for a second time.
 */
static int
parse_once(const char **slot, const char *option, const char *twice)
{
	if (*slot != NULL) {
		warnmsg("%s", twice);
		return (-1);
	}
	*slot = optarg;
	return (parse_name(option, optarg));
}

/*
 * The int an option without an argument sets, and (in *to) to what;
 * NULL when c is not such an option.
 */
static int *
parse_flag(struct options *o, int c, int *to)
{
	*to = 1;
	switch (c) {
	case OPT_NO_COLOR:
		*to = 0;
		return (&o->ui.color);
	case OPT_ASCII:
		return (&o->ui.ascii);
	case OPT_NO_MOUSE:
		*to = 0;
		return (&o->ui.mouse);
	case OPT_NO_SUMMARY:
		*to = 0;
		return (&o->ui.summary);
	case OPT_PLAIN:
		return (&o->plain);
	case OPT_CHECKLIST:
		return (&o->checklist);
	case OPT_SLOW:
		return (&o->ui.slow);
	case OPT_RESTRICTED:
		return (&o->restricted);
	default:
		return (NULL);
	}
}

/* The mode an option without an argument asks for, or MODE_INTERACTIVE. */
static enum mode
parse_mode(int c)
{
	switch (c) {
	case 'l':
		return (MODE_LIST);
	case OPT_LIST_IDS:
		return (MODE_IDS);
	case OPT_LINT:
		return (MODE_LINT);
	case OPT_TEST:
		return (MODE_TEST);
	case OPT_MAN:
		return (MODE_MAN);
	default:
		return (MODE_INTERACTIVE);
	}
}

/* An option with an argument, or --help or --version (which return 1). */
static int
parse_value(struct options *o, int c)
{
	switch (c) {
	case 'f':
		return (parse_once(&o->file, "-f",
		    _("-f may be given only once")));
	case 'c':
		if (o->checks.len > 0)
			buf_putc(&o->checks, ',');
		buf_puts(&o->checks, optarg);
		return (set_mode(o, MODE_CHECK));
	case 'a':
		if (parse_once(&o->answers, "--answers",
		    _("--answers may be given only once")) != 0)
			return (-1);
		return (set_mode(o, MODE_ANSWERS));
	case OPT_FORMAT:
		return (parse_format(o, optarg));
	case OPT_REPORT:
		return (parse_once(&o->ui.report, "--report",
		    _("--report may be given only once")));
	case OPT_SAVE_ANSWERS:
		if (parse_once(&o->save_answers, "--save-answers",
		    _("--save-answers may be given only once")) != 0)
			return (-1);
		o->ui.save_answers = o->save_answers;
		return (0);
	case OPT_LANG:
		return (parse_lang(o));
	case 'h':
		o->mode = MODE_HELP;
		return (1);
	case 'V':
		o->mode = MODE_VERSION;
		return (1);
	default:
		return (-1);
	}
}

/* One option from getopt.  Returns 0, -1 (wrong), or 1 (stop here). */
static int
parse_option(struct options *o, int c)
{
	enum mode	 m;
	int		*flag, to;

	if ((flag = parse_flag(o, c, &to)) != NULL) {
		*flag = to;
		return (0);
	}
	if ((m = parse_mode(c)) != MODE_INTERACTIVE)
		return (set_mode(o, m));
	return (parse_value(o, c));
}

/*
 * Restricted mode takes no file name from the command line: the rules
 * and the report directory come from the environment.  "-" (standard
 * input) is not a file name.
 */
static int
check_restricted(const struct options *o)
{
	if (!o->restricted || (o->file == NULL && o->ui.report == NULL &&
	    o->save_answers == NULL && (o->answers == NULL || strcmp(o->answers, "-") == 0)))
		return (0);
	warnmsg(_("restricted mode: no file may be named on the command line"));
	return (-1);
}

/*
 * getopt's own messages are turned off, since they would print what
 * was typed as it is: say what was wrong, made safe for a terminal.
 */
static void
bad_option(int c, char **argv)
{
	const char	*arg = argv[optind - 1];
	int		 len = (int)strcspn(arg, "=");

	if (strncmp(arg, "--", 2) != 0)
		warnmsg(c == ':' ? _("option '-%c' needs an argument") :
		    _("unknown option '-%c'"), optopt);
	else if (c == ':')
		warnmsg(_("option '%.*s' needs an argument"), len, arg);
	else if (optopt != 0)
		warnmsg(_("option '%.*s' takes no argument"), len, arg);
	else
		warnmsg(_("unknown option '%.*s'"), len, arg);
}

/* Can --checklist go with the other options given?  Returns 0 or -1. */
static int
parse_checklist(const struct options *o)
{
	if (o->plain) {
		warnmsg(_("--checklist and --plain cannot both be given"));
		return (-1);
	}
	if (o->mode != MODE_INTERACTIVE && o->mode != MODE_ANSWERS) {
		warnmsg(_("--checklist cannot be used with --check, --list, "
		    "--list-ids, --lint, --test or --man"));
		return (-1);
	}
	if (o->answers != NULL && strcmp(o->answers, "-") == 0) {
		warnmsg(_("--checklist reads its keys from the terminal, so "
		    "--answers must name a file"));
		return (-1);
	}
	return (0);
}

/* getopt's table of long options, from main_options. */
static void
parse_table(struct option *t)
{
	size_t	 i;

	memset(t, 0, (MAIN_NOPTIONS + 1) * sizeof(*t));
	for (i = 0; i < MAIN_NOPTIONS; i++) {
		t[i].name = main_options[i].name;
		t[i].has_arg = main_options[i].has_arg;
		t[i].val = main_options[i].val;
	}
}

/* What holds before any option is read. */
static void
parse_defaults(struct options *o)
{
	const char	*nc = getenv("NO_COLOR");
	const char	*rs = getenv("REDFLAG_RESTRICTED");

	memset(o, 0, sizeof(*o));
	o->restricted = rs != NULL && *rs != '\0';	/* nothing turns it off */
	o->ui.report_dir = -1;
	buf_init(&o->checks);
	o->ui.color = nc == NULL || *nc == '\0';
	o->ui.mouse = 1;
	o->ui.summary = 1;
}

/* Every option.  Returns 0, -1 (wrong), or 1 (--help or --version). */
static int
parse_getopt(struct options *o, int argc, char **argv)
{
	struct option	 long_options[MAIN_NOPTIONS + 1];
	int		 c, rc;

	opterr = 0;
	parse_table(long_options);
	while ((c = getopt_long(argc, argv, ":f:c:a:lhV", long_options,
	    NULL)) != -1) {
		if (c == '?' || c == ':') {
			bad_option(c, argv);
			return (-1);
		}
		if ((rc = parse_option(o, c)) != 0)
			return (rc);
	}
	return (0);
}

/* The file --lint and --test may take, and nothing else.  0 or -1. */
static int
parse_operands(struct options *o, int argc, char **argv)
{
	if ((o->mode == MODE_LINT || o->mode == MODE_TEST) && optind < argc) {
		if (o->file != NULL) {
			warnmsg(_("give the file to --%s or to -f, not both"),
			    o->mode == MODE_LINT ? "lint" : "test");
			return (-1);
		}
		o->file = argv[optind++];
		o->file_arg = 1;
	}
	if (optind < argc) {
		warnmsg(_("unexpected argument '%s'"), argv[optind]);
		return (-1);
	}
	return (0);
}

/* Is this the checklist or plain mode, where answers are asked? */
static int
parse_asks(const struct options *o)
{
	return (o->mode == MODE_INTERACTIVE || o->plain || o->checklist);
}

/* Do --format, --report and --save-answers go with the mode?  0 or -1. */
static int
parse_for_mode(const struct options *o)
{
	if (o->format_given && !(o->mode == MODE_CHECK || o->mode == MODE_LIST ||
	    o->mode == MODE_TEST || (o->mode == MODE_ANSWERS && !o->plain &&
	    !o->checklist))) {
		warnmsg(_("--format is for --check, --answers, --list and --test"));
		return (-1);
	}
	if (o->ui.report != NULL && !parse_asks(o)) {
		warnmsg(_("--report is for the checklist and plain line mode"));
		return (-1);
	}
	if (o->save_answers != NULL && !parse_asks(o)) {
		warnmsg(_("--save-answers is for the checklist and plain line "
		    "mode"));
		return (-1);
	}
	return (0);
}

/* Can --plain go with the other options given?  Returns 0 or -1. */
static int
parse_plain(const struct options *o)
{
	if (o->mode != MODE_INTERACTIVE && o->mode != MODE_ANSWERS) {
		warnmsg(_("--plain cannot be used with --check, --list, "
		    "--list-ids, --lint, --test or --man"));
		return (-1);
	}
	if (o->answers != NULL && strcmp(o->answers, "-") == 0) {
		warnmsg(_("--plain reads its replies from standard input, so "
		    "--answers must name a file"));
		return (-1);
	}
	return (0);
}

/* Does --check name at least one symptom?  Returns 0 or -1. */
static int
parse_checks(const struct options *o)
{
	if (o->mode == MODE_CHECK &&
	    strspn(buf_str(&o->checks), ", \t") == o->checks.len) {
		warnmsg(_("--check needs at least one symptom id"));
		return (-1);
	}
	return (0);
}

/* Returns 0, or an exit status. */
static int
parse_args(struct options *o, int argc, char **argv)
{
	int	 rc;

	parse_defaults(o);
	if ((rc = parse_getopt(o, argc, argv)) > 0)
		return (check_restricted(o) == 0 ? 0 : EX_USAGE);
	if (rc < 0 || parse_operands(o, argc, argv) != 0 ||
	    parse_for_mode(o) != 0 || (o->plain && parse_plain(o) != 0) ||
	    parse_checks(o) != 0 || check_restricted(o) != 0)
		goto out_usage;
	o->ui.restricted = o->restricted;
	if (o->checklist && parse_checklist(o) != 0)
		goto out_usage;
	return (0);
out_usage:
	say(stderr, _("Try 'redflag --help' for more information.\n"));
	return (EX_USAGE);
}

/* Pick the rules file by the search order; NULL means the built-in. */
static const char *
find_rules(const struct options *o, enum origin *from)
{
	const char	*env = getenv("REDFLAG_RULES");
	struct stat	 st;

	if (o->file != NULL) {
		*from = o->file_arg ? FROM_ARGUMENT : FROM_OPTION;
		return (o->file);
	}
	if (env != NULL && *env != '\0') {
		*from = FROM_ENV;
		return (env);
	}
	if (stat(RULES_PATH, &st) == 0 || errno != ENOENT) {
		*from = FROM_SYSCONF;
		return (RULES_PATH);
	}
	*from = FROM_BUILTIN;
	return (NULL);
}

static int
status_of(enum conf_status st)
{
	switch (st) {
	case CONF_OK:
		return (0);
	case CONF_UNREADABLE:
		return (EX_NOINPUT);
	case CONF_INVALID:
		return (EX_CONFIG);
	default:
		return (EX_SOFTWARE);
	}
}

/*
 * Restricted mode: open $REDFLAG_REPORT_DIR, where reports go, if it
 * is set.  Returns 0 or an exit status.
 */
static int
open_report_dir(struct options *o)
{
	const char	*dir = getenv("REDFLAG_REPORT_DIR");

	if (!o->restricted || dir == NULL || *dir == '\0')
		return (0);
	o->ui.report_dir = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (o->ui.report_dir >= 0)
		return (0);
	warnmsg("$REDFLAG_REPORT_DIR: %s", strerror(errno));
	return (EX_NOINPUT);
}

/*
 * Restricted mode, once the rules are loaded: give up the right to
 * change any file but new ones in the report directory.  Returns 0 or
 * an exit status.
 */
static int
enter_sandbox(const struct options *o)
{
	char	 why[128];

	if (!o->restricted)
		return (0);
	if (sandbox_restrict(o->ui.report_dir, &landlock_abi, why,
	    sizeof(why)) >= 0)
		return (0);	/* in force, or no Landlock in this kernel */
	warnmsg("%s", why);
	return (EX_OSERR);
}

/*
 * Show the rules' text in the language of --lang or the locale, where a
 * catalogue has it (trans.h).  A missing or unusable catalogue means
 * English, silently: --lint says why.  --lint, --test and --man keep
 * the rules file's own text.  Returns 0 or an exit status.
 */
static int
translate_rules(const struct options *o, struct rules *r)
{
	struct trans_stats st;
	struct diags	 d;
	struct mo	*m = NULL;
	char		 lang[TRANSDIR_LANG_MAX];
	int		 rc = 0;

	if (o->mode == MODE_LINT || o->mode == MODE_TEST ||
	    o->mode == MODE_MAN || o->mode == MODE_VERSION)
		return (0);
	diags_init(&d);
	if (transdir_open(lang_localedir(), lang_list(), &m, lang, &d) == 1 &&
	    trans_apply(r, m, msg_ascii || o->ui.ascii ? lang_to_ascii : NULL,
	    &st) != 0) {
		warnmsg("out of memory");
		rc = EX_SOFTWARE;
	}
	mo_free(m);
	diags_free(&d);
	return (rc);
}

/*
 * Load the rules, by the search order.  Returns 0 or an exit status;
 * problems are in d for the caller to print.
 */
static int
load_rules(const struct options *o, struct rules **r, enum origin *from,
    struct diags *d)
{
	const char	*path = find_rules(o, from);
	enum conf_status st;
	int		 rc;

	if (path != NULL)
		st = conf_load_file(path, r, d);
	else
		st = conf_load_string(builtin_rules, builtin_rules_len,
		    "(built-in)", r, d);
#ifdef HAVE_MALLOC_TRIM
	malloc_trim(0);	/* give back what parsing a large file took */
#endif
	if (st != CONF_OK)
		return (status_of(st));
	if ((rc = translate_rules(o, *r)) != 0)
		return (rc);
	return (enter_sandbox(o));
}

/* Load, print errors (and warnings if asked), return 0 or a status. */
static int
load_or_complain(const struct options *o, struct rules **r,
    enum origin *from, int warnings)
{
	struct diags	 d;
	int		 rc;

	diags_init(&d);
	rc = load_rules(o, r, from, &d);
	if (rc != 0 || warnings)
		print_diags(&d);
	if (rc == EX_CONFIG)
		warnmsg(ngettext("%s: invalid rules file (%zu error); see "
		    "redflag --lint", "%s: invalid rules file (%zu errors); see "
		    "redflag --lint", d.nerrors), d.file, d.nerrors);
	diags_free(&d);
	return (rc);
}

/* Is the locale's character set UTF-8?  If not, text is shown as ASCII. */
static int
utf8_locale(void)
{
	const char	*cs = nl_langinfo(CODESET);

	return (cs != NULL && strcmp(cs, "UTF-8") == 0);
}

/* Flush standard output; a write error is an error too. */
static int
finish_output(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		warnmsg(_("write error: %s"), strerror(errno));
		return (EX_IOERR);
	}
	return (rc);
}

/*
 * Write the output, made safe for a terminal: text from the rules or a
 * file name can hold nothing that a terminal would take as a command.
 * Outside UTF-8 locales it is ASCII; JSON keeps its text as escapes.
 */
static int
write_buf(const struct buf *b, int rc, int json)
{
	struct buf	 safe;

	buf_init(&safe);
	if (json && msg_ascii)
		utf8_json_ascii(&safe, buf_str(b), b->len);
	else
		utf8_sanitize(&safe, buf_str(b), b->len, msg_ascii);
	if (b->failed || safe.failed) {
		buf_free(&safe);
		warnmsg(_("out of memory"));
		return (EX_SOFTWARE);
	}
	fwrite(buf_str(&safe), 1, safe.len, stdout);
	buf_free(&safe);
	return (finish_output(rc));
}

/* How the rules were found, in words, in out. */
static const char *
origin_name(enum origin from, char *out, size_t size)
{
	if (from == FROM_BUILTIN)
		snprintf(out, size, _(origin_text[from]), RULES_PATH);
	else
		snprintf(out, size, "%s", _(origin_text[from]));
	return (out);
}

/* --lint's line when the file passes: what is in it, and how it fared. */
static void
lint_ok(struct buf *b, const struct rules *r, const struct lint_stats *st,
    size_t nwarnings, const char *how)
{
	char	 n[5][64];

	snprintf(n[0], sizeof(n[0]), ngettext("%zu level", "%zu levels",
	    r->nlevels), r->nlevels);
	snprintf(n[1], sizeof(n[1]), ngettext("%zu symptom", "%zu symptoms",
	    r->nsymptoms), r->nsymptoms);
	snprintf(n[2], sizeof(n[2]), ngettext("%zu rule", "%zu rules",
	    r->nrules), r->nrules);
	snprintf(n[3], sizeof(n[3]), ngettext("%zu test case passed",
	    "%zu test cases passed", r->ntcases), r->ntcases);
	snprintf(n[4], sizeof(n[4]), ngettext("%zu warning", "%zu warnings",
	    nwarnings), nwarnings);
	/* TRANSLATORS: the rules file; how many levels, symptoms, rules
	   and test cases passed; "safety proof complete" or "safety proof
	   incomplete"; how many warnings; how the file was found. */
	buf_printf(b, _("%s: ok: %s, %s, %s, %s, %s, %s (%s)\n"), r->origin,
	    n[0], n[1], n[2], n[3], st->undecided ?
	    _("safety proof incomplete") : _("safety proof complete"), n[4],
	    how);
}

/* --lint's line when the file fails: how many errors and warnings. */
static void
lint_failed(const struct diags *d, size_t nwarnings, const char *how)
{
	char	 e[64], w[64];

	snprintf(e, sizeof(e), ngettext("%zu error", "%zu errors",
	    d->nerrors), d->nerrors);
	snprintf(w, sizeof(w), ngettext("%zu warning", "%zu warnings",
	    nwarnings), nwarnings);
	/* TRANSLATORS: the rules file, "N errors", "N warnings", and how
	   the file was found. */
	warnmsg(_("%s: %s, %s (%s)"), d->file, e, w, how);
}

static int
run_help(void)
{
	struct buf	 b;
	int		 rc;

	buf_init(&b);
	usage(&b);
	rc = write_buf(&b, 0, 0);
	buf_free(&b);
	return (rc);
}

static int
run_version(const struct options *o)
{
	struct rules	*r = NULL;
	struct diags	 d;
	enum origin	 from;
	struct buf	 b;
	char		 how[128];
	int		 rc;

	diags_init(&d);
	buf_init(&b);
	buf_printf(&b, "%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
	if (load_rules(o, &r, &from, &d) == 0)
		/* TRANSLATORS: the rules file, how it was found, and its
		   title, version and date. */
		buf_printf(&b, _("Rules: %s (%s): \"%s\", version %s of %s\n"),
		    r->origin, origin_name(from, how, sizeof(how)), r->title,
		    r->version, r->date);
	else
		buf_printf(&b, _("Rules: %s (%s): cannot be used; run redflag "
		    "--lint\n"), d.file, origin_name(from, how, sizeof(how)));
	if (o->restricted && landlock_abi > 0)
		buf_printf(&b, _("Restricted mode; Landlock (ABI %d) in "
		    "force\n"), landlock_abi);
	else if (o->restricted)
		buf_puts(&b, _("Restricted mode; no Landlock in this kernel\n"));
	buf_puts(&b, "Copyright (C) 2026 the redflag authors.\n");
	buf_puts(&b, _("License ISC: <https://opensource.org/licenses/ISC>.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\nThere is NO WARRANTY, to the extent permitted by law.\n"));
	rules_free(r);
	diags_free(&d);
	rc = write_buf(&b, 0, 0);
	buf_free(&b);
	return (rc);
}

/*
 * --lint, for one language that has a catalogue under dir: a line with
 * the counts in b, a warning in d for each text missing, stale or
 * unusable.  A catalogue that cannot be read is a warning of its own,
 * printed here and counted in *nwarn.  Returns 0, or -1 out of memory.
 */
static int
lint_language(const struct rules *r, const char *dir, const char *lang,
    struct diags *d, struct buf *b, size_t *nwarn)
{
	struct trans_stats st;
	struct diags	 md;
	struct buf	 path;
	struct mo	*m = NULL;
	int		 rc = 0;

	diags_init(&md);
	buf_init(&path);
	transdir_path(&path, dir, lang);
	if (path.failed || mo_read(buf_str(&path), &m, &md) != 0) {
		rc = path.failed || md.nomem ? -1 : 0;
		print_diags(&md);
		*nwarn += md.nwarnings;
	} else if ((rc = trans_lint(r, m, lang, d, &st)) == 0)
		/* TRANSLATORS: the rules file, a language code such as
		   es, how many of the rules' texts the catalogue translates
		   of how many, how many are missing, stale and unusable, and
		   the catalogue's file. */
		buf_printf(b, ngettext("%s: %s: %zu of %zu text translated, "
		    "%zu missing, %zu stale, %zu unusable (%s)\n", "%s: %s: %zu "
		    "of %zu texts translated, %zu missing, %zu stale, %zu "
		    "unusable (%s)\n", st.total), r->origin, lang,
		    st.translated, st.total, st.missing, st.stale, st.unusable,
		    buf_str(&path));
	mo_free(m);
	buf_free(&path);
	diags_free(&md);
	return (rc);
}

/*
 * --lint: every language with a catalogue under the locale directory,
 * and what the current language gets.  Returns 0, or -1 out of memory.
 */
static int
lint_languages(const struct rules *r, struct diags *d, struct buf *b,
    size_t *nwarn)
{
	const char	*dir = lang_localedir();
	char		**langs, lang[TRANSDIR_LANG_MAX];
	struct diags	 md;
	struct mo	*m;
	size_t		 n, i;
	int		 rc;

	if (transdir_langs(dir, &langs, &n) != 0)
		return (-1);
	if (n == 0)
		/* TRANSLATORS: the rules file and a directory. */
		buf_printf(b, _("%s: no translation of the rules' text in "
		    "%s\n"), r->origin, dir);
	for (i = 0, rc = 0; i < n && rc == 0; i++)
		rc = lint_language(r, dir, langs[i], d, b, nwarn);
	transdir_langs_free(langs, n);
	diags_init(&md);
	m = NULL;
	lang[0] = '\0';
	if (rc == 0 && *lang_list() != '\0' &&
	    transdir_open(dir, lang_list(), &m, lang, &md) == 0 &&
	    !transdir_english(lang))
		/* TRANSLATORS: the rules file, and the languages asked
		   for, such as es_ES:es. */
		buf_printf(b, _("%s: no translation for the language asked "
		    "(%s): the text is shown in English\n"), r->origin,
		    lang_list());
	mo_free(m);
	diags_free(&md);
	return (rc);
}

static int
run_lint(const struct options *o)
{
	struct lint_stats st;
	struct rules	*r = NULL;
	struct diags	 d;
	enum origin	 from;
	struct buf	 b;
	size_t		 nwarn = 0;
	char		 how[128];
	int		 rc;

	diags_init(&d);
	buf_init(&b);
	memset(&st, 0, sizeof(st));
	rc = load_rules(o, &r, &from, &d);
	if (rc == 0 && (lint_rules(r, &d, 0, &st) != 0 ||
	    lint_languages(r, &d, &b, &nwarn) != 0)) {
		warnmsg(_("out of memory"));
		rc = EX_SOFTWARE;
	} else if (rc == 0 && d.nerrors > 0)
		rc = 1;
	print_diags(&d);
	nwarn += d.nwarnings;
	if (rc == 0)
		lint_ok(&b, r, &st, nwarn, origin_name(from, how,
		    sizeof(how)));
	else if (rc == EX_CONFIG || rc == 1)
		lint_failed(&d, nwarn, origin_name(from, how, sizeof(how)));
	rules_free(r);
	diags_free(&d);
	rc = write_buf(&b, rc, 0);
	buf_free(&b);
	return (rc);
}

/* Run every test case; 0 when all pass, 1 when one fails. */
static int
run_tests(const struct options *o)
{
	struct format_opts fo = { 0, FORMAT_WIDTH, NULL, 0 };
	struct tcase_result *res;
	struct rules	*r;
	enum origin	 from;
	struct buf	 b;
	size_t		 i, n = 0, failed = 0;
	int		 rc;

	fo.ascii = o->ui.ascii || !utf8_locale();
	if ((rc = load_or_complain(o, &r, &from, 0)) != 0)
		return (rc);
	buf_init(&b);
	if ((res = calloc(r->ntcases + 1, sizeof(*res))) == NULL)
		goto out_nomem;
	for (n = 0; n < r->ntcases; n++) {
		if (tcase_run(r, &r->tcases[n], &res[n]) != 0)
			goto out_nomem;
		failed += !res[n].pass;
	}
	if (r->ntcases == 0)
		warnmsg(_("%s has no test cases"), r->origin);
	if (o->json)
		json_tests(&b, r, res);
	else
		format_tests_tap(&b, r, res, &fo);
	rc = write_buf(&b, failed > 0 ? 1 : 0, o->json);
	goto out_free;
out_nomem:
	warnmsg(_("out of memory"));
	rc = EX_SOFTWARE;
out_free:
	for (i = 0; res != NULL && i < n; i++)
		tcase_result_free(&res[i]);
	free(res);
	buf_free(&b);
	rules_free(r);
	return (rc);
}

/*
 * For redflag-rules(7): each language with a usable catalogue under the
 * locale directory, and how much of r it translates.  Returns 0, or -1
 * out of memory.
 */
static int
man_languages(const struct rules *r, struct man_lang **out, size_t *nout)
{
	struct trans_stats st;
	struct diags	 d;
	struct buf	 path;
	struct mo	*m;
	char		**langs;
	size_t		 n, i;
	int		 rc = 0;

	*nout = 0;
	if (transdir_langs(lang_localedir(), &langs, &n) != 0 ||
	    (*out = calloc(n + 1, sizeof(**out))) == NULL)
		return (-1);
	for (i = 0; i < n && rc == 0; i++) {
		diags_init(&d);
		buf_init(&path);
		transdir_path(&path, lang_localedir(), langs[i]);
		if (!path.failed && mo_read(buf_str(&path), &m, &d) == 0) {
			rc = trans_lint(r, m, langs[i], &d, &st);
			(*out)[*nout].lang = langs[i];
			langs[i] = NULL;
			(*out)[*nout].translated = st.translated;
			(*out)[(*nout)++].total = st.total;
			mo_free(m);
		}
		buf_free(&path);
		diags_free(&d);
	}
	transdir_langs_free(langs, n);
	return (rc);
}

static void
man_languages_free(struct man_lang *v, size_t n)
{
	size_t	 i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i].lang);
	free(v);
}

static int
run_list(const struct options *o)
{
	struct format_opts fo = { 0, FORMAT_WIDTH, NULL, 0 };
	struct man_lang	*langs = NULL;
	struct rules	*r;
	enum origin	 from;
	struct buf	 b;
	size_t		 g, k, nlangs = 0;
	int		 rc;

	fo.ascii = o->ui.ascii || !utf8_locale();
	if ((rc = load_or_complain(o, &r, &from, 0)) != 0)
		return (rc);
	buf_init(&b);
	if (o->mode == MODE_MAN && man_languages(r, &langs, &nlangs) != 0)
		b.failed = 1;
	else if (o->mode == MODE_MAN)
		man_page(&b, r, langs, nlangs);
	else if (o->mode == MODE_IDS)
		for (g = 0; g < r->ngroups; g++)
			for (k = 0; k < r->groups[g].n; k++)
				buf_printf(&b, "%s\n", r->symptoms[
				    r->groups[g].symptoms[k]].id);
	else if (o->json)
		json_list(&b, r);
	else
		format_list_text(&b, r, &fo);
	rc = write_buf(&b, 0, o->json && o->mode != MODE_MAN);
	buf_free(&b);
	man_languages_free(langs, nlangs);
	rules_free(r);
	return (rc);
}

/* Read the --answers file (or standard input) and tick its ids. */
static int
read_answers(const char *path, struct eval *ev, struct diags *d)
{
	char		*text;
	size_t		 len;
	int		 rc;

	diags_set_file(d, strcmp(path, "-") == 0 ? _("(standard input)") :
	    path);
	if (strcmp(path, "-") == 0)
		rc = readfile_fd(STDIN_FILENO, ANSWERS_MAX_BYTES, &text, &len, d);
	else
		rc = readfile_path(path, ANSWERS_MAX_BYTES, &text, &len, d);
	if (rc != 0 && d->nomem) {
		warnmsg(_("out of memory"));
		return (EX_SOFTWARE);
	}
	if (rc != 0) {
		print_diags(d);
		return (EX_NOINPUT);
	}
	if (memchr(text, '\0', len) != NULL)
		diags_add(d, DIAG_ERROR, 0, 0, "%s", _("NUL byte; an answers file "
		    "must be text"));
	else
		answers_text(text, ev, d);
	free(text);
	return (0);
}

static int
check_status(const struct eval *ev)
{
	size_t	 top = eval_highest(ev);

	return (top == EVAL_NONE ? 0 : 1 + (int)rules_rank(ev->r, top));
}

static int
run_check(const struct options *o)
{
	struct format_opts fo = { FORMAT_DISCLAIMER, FORMAT_WIDTH, NULL, 0 };
	struct rules	*r;
	struct eval	*ev = NULL;
	enum origin	 from;
	struct diags	 d;
	struct buf	 b;
	int		 rc;

	fo.ascii = o->ui.ascii || !utf8_locale();
	diags_init(&d);
	buf_init(&b);
	if ((rc = load_or_complain(o, &r, &from, 0)) != 0)
		return (rc);
	if ((ev = eval_new(r)) == NULL) {
		warnmsg(_("out of memory"));
		rc = EX_SOFTWARE;
		goto out_free;
	}
	if (o->mode == MODE_CHECK) {
		diags_set_file(&d, "--check");
		if (o->checks.failed) {
			warnmsg(_("out of memory"));
			rc = EX_SOFTWARE;
			goto out_free;
		}
		answers_list(buf_str(&o->checks), ev, &d);
	} else if ((rc = read_answers(o->answers, ev, &d)) != 0)
		goto out_free;
	if (d.nerrors > 0) {
		print_diags(&d);
		rc = EX_DATAERR;
		goto out_free;
	}
	if (o->json)
		json_check(&b, ev);
	else
		format_check_text(&b, ev, &fo);
	rc = write_buf(&b, check_status(ev), o->json);
out_free:
	buf_free(&b);
	diags_free(&d);
	eval_free(ev);
	rules_free(r);
	return (rc);
}

/* Plain line mode on standard input and output. */
static int
run_plain(const struct options *o, const struct rules *r, struct eval *ev)
{
	struct plain_opts po;
	int		 rc;

	po.report = o->ui.report;
	po.restricted = o->restricted;
	po.report_dir = o->ui.report_dir;
	po.answers_to = o->save_answers;
	po.ascii = o->ui.ascii || !utf8_locale();
	switch (rc = plain_run(r, ev, &po, STDIN_FILENO, stdout)) {
	case 0:
		return (finish_output(0));
	case STATUS_NO_REPORT:
		return (finish_output(EX_IOERR));
	case STATUS_FAILED:	/* the questions could not be written */
		return (finish_output(0));
	case STATUS_NOMEM:
		warnmsg(_("out of memory"));
		return (EX_SOFTWARE);
	default:
		return (128 + rc);	/* ended by signal rc */
	}
}

/*
 * --save-answers: write the answers given, yes and no, where --answers
 * can read them back; saved as reports are (mode 0600, whole or not at
 * all).  Returns 0, or EX_IOERR after saying why not.
 */
static int
save_answers(const char *path, const struct eval *ev)
{
	struct buf	 b;
	char		 why[160];
	int		 rc = 0;

	buf_init(&b);
	answers_write(&b, ev);
	if (b.failed)
		snprintf(why, sizeof(why), "%s", _("out of memory"));
	if (b.failed || save_file(path, buf_str(&b), b.len, 1, why,
	    sizeof(why)) != 0) {
		warnmsg(_("cannot save the answers to %s: %s"), path, why);
		rc = EX_IOERR;
	}
	buf_free(&b);
	return (rc);
}

/* The full-screen checklist, or plain line mode where it cannot run. */
static int
run_checklist(const struct options *o, const struct rules *r,
    struct eval *ev)
{
	char	 why[160];
	int	 rc;

	if (!o->plain && !ui_usable(why, sizeof(why))) {
		warnmsg(_("%s; plain line mode"), why);
		return (run_plain(o, r, ev));
	}
	if (o->plain)
		return (run_plain(o, r, ev));
	rc = ui_run(r, ev, &o->ui);
	if (rc == STATUS_NO_TERMINAL) {
		warnmsg(_("cannot use this terminal; plain line mode"));
		return (run_plain(o, r, ev));
	}
	if (rc == STATUS_NO_REPORT)
		return (EX_IOERR);
	if (rc == STATUS_NOMEM) {
		warnmsg(_("out of memory"));
		return (EX_SOFTWARE);
	}
	return (finish_output(rc > 0 ? 128 + rc : 0));
}

static int
run_interactive(const struct options *o)
{
	struct rules	*r;
	struct eval	*ev;
	struct diags	 d;
	enum origin	 from;
	int		 rc;

	if ((rc = load_or_complain(o, &r, &from, 0)) != 0)
		return (rc);
	diags_init(&d);
	if ((ev = eval_new(r)) == NULL) {
		warnmsg(_("out of memory"));
		rc = EX_SOFTWARE;
	} else if (o->answers != NULL &&
	    (rc = read_answers(o->answers, ev, &d)) == 0 && d.nerrors > 0) {
		print_diags(&d);
		rc = EX_DATAERR;
	}
	if (rc == 0) {
		rc = run_checklist(o, r, ev);
		if (o->save_answers != NULL && rc != EX_SOFTWARE &&
		    save_answers(o->save_answers, ev) != 0 && rc == 0)
			rc = EX_IOERR;
	}
	diags_free(&d);
	eval_free(ev);
	rules_free(r);
	return (rc);
}

int
main(int argc, char **argv)
{
	struct options	 o;
	const char	*env;
	int		 rc;

	setlocale(LC_ALL, "");
	msg_ascii = !utf8_locale();
	env = getenv("REDFLAG_RESTRICTED");
	lang_init(NULL, env != NULL && *env != '\0');
	lang_ascii(msg_ascii);
	if ((rc = parse_args(&o, argc, argv)) != 0)
		goto out_free;
	if (o.lang != NULL || o.restricted)
		lang_init(o.lang, o.restricted);	/* checked by parse_args */
	lang_ascii(msg_ascii || o.ui.ascii);
	if ((rc = open_report_dir(&o)) != 0)
		goto out_free;
	switch (o.mode) {
	case MODE_HELP:
		rc = run_help();
		break;
	case MODE_VERSION:
		rc = run_version(&o);
		break;
	case MODE_LINT:
		rc = run_lint(&o);
		break;
	case MODE_TEST:
		rc = run_tests(&o);
		break;
	case MODE_LIST:
	case MODE_IDS:
	case MODE_MAN:
		rc = run_list(&o);
		break;
	case MODE_ANSWERS:
	case MODE_CHECK:
		rc = o.plain || o.checklist ? run_interactive(&o) :
		    run_check(&o);
		break;
	default:
		rc = run_interactive(&o);
		break;
	}
out_free:
	if (o.ui.report_dir >= 0)
		close(o.ui.report_dir);
	buf_free(&o.checks);
	return (rc);
}
