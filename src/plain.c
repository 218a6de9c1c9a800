/*
 * plain.c: plain line mode, for screen readers, braille displays, dumb
 * and printing terminals, and pipes.  It asks about each symptom in
 * turn, as question N of the total, says when a new part starts, says
 * at once when an answer sets off or clears a red flag, and takes the
 * commands of reply.c at any question.  The engine keeps which
 * questions were answered, yes or no, so that an answer never given is
 * never reported as one.  Only plain text is written, in lines of at most 80 columns.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "answers.h"
#include "ascii.h"
#include "format.h"
#include "i18n.h"
#include "plain.h"
#include "reply.h"
#include "sig.h"
#include "safety.h"
#include "utf8.h"
#include "wrap.h"

#define PLAIN_GONE	((size_t)-1)	/* plain_question: stop asking */

/* Is line one of the space-separated words? */
static int
plain_is_word(const char *line, const char *words)
{
	size_t	 len = strlen(line), n;

	for (; *words != '\0'; words += n) {
		words += strspn(words, " ");
		n = strcspn(words, " ");
		if (n > 0 && n == len && ascii_ncasecmp(line, words, n) == 0)
			return (1);
	}
	return (0);
}

/*
 * What a line says (see reply.c), with the words for yes and no of the
 * user's language too, such as "si" in Spanish.
 */
enum reply
plain_reply_parse(const char *line, unsigned long *n)
{
	/* TRANSLATORS: the words that also answer yes in plain line mode,
	   besides y and yes, separated by spaces: in Spanish, "si" with
	   and without its accent.  Never a single letter, as b, g, h, l, q
	   and s are commands; "yes" when there are none. */
	if (plain_is_word(line, C_("words for yes", "yes")))
		return (REPLY_YES);
	/* TRANSLATORS: the same for no, besides n and no. */
	if (plain_is_word(line, C_("words for no", "no")))
		return (REPLY_NO);
	return (reply_parse(line, n));
}

/* Set symptom sym to yes or no, as an answer given. */
void
plain_answer(struct plain *p, size_t sym, int yes)
{
	eval_answer(p->ev, sym, yes ? EVAL_YES : EVAL_NO);
	p->asked.answered = p->r->nsymptoms - eval_not_asked(p->ev);
}

static void
plain_snapshot(struct plain *p)
{
	memcpy(p->was, p->ev->fired, p->r->nrules);
}

/*
 * Was rule i, now cleared, set aside by a more urgent rule that it names
 * (as "... and not other") and that this answer set off?
 */
static int
plain_replaced(const struct plain *p, size_t i)
{
	const struct rules *r = p->r;
	const uint32_t	*users;
	size_t		 j, k, n;

	for (j = 0; j < r->nrules; j++) {
		if (p->was[j] || !p->ev->fired[j] ||
		    r->rules[j].level >= r->rules[i].level)
			continue;
		users = rules_rule_users(r, j, &n);
		for (k = 0; k < n; k++) {
			if (users[k] == i)
				return (1);
		}
	}
	return (0);
}

/*
 * One flag set off or cleared, and what to do if it was set off: the
 * level's action the first time, later only which level it was.
 */
static void
plain_announce_one(struct plain *p, size_t i)
{
	const struct rules *r = p->r;
	const struct level *l = &r->levels[r->rules[i].level];
	struct buf	 t, why;

	buf_init(&t);
	buf_init(&why);
	/* TRANSLATORS: a level's id, such as emergency (never
	   translated), the flag's message, and the answers that set it
	   off. */
	if (p->ev->fired[i]) {
		format_because(&why, p->ev, i);
		buf_printf(&t, _("RED FLAG (%s): %s, because: %s"), l->id,
		    r->rules[i].message, buf_str(&why));
	} else if (plain_replaced(p, i))
		buf_printf(&t, _("Replaced by a more urgent flag (%s): %s"),
		    l->id, r->rules[i].message);
	else
		buf_printf(&t, _("Flag cleared (%s): %s"), l->id,
		    r->rules[i].message);
	buf_absorb(&t, &why);
	plain_io_para_buf(p, &t, 0);
	if (p->ev->fired[i]) {
		buf_reset(&t);
		if (p->said[r->rules[i].level]) {
			buf_init(&why);
			format_text(&why, l->tag, p->o->ascii);
			/* TRANSLATORS: %s is a level's tag, such as
			   EMERGENCY. */
			buf_printf(&t, _("What to do: as said above for %s."),
			    buf_str(&why));
			buf_absorb(&t, &why);
		} else
			buf_printf(&t, _("What to do: %s"), l->action);
		p->said[r->rules[i].level] = 1;
		plain_io_para_buf(p, &t, 2);
	}
	buf_free(&t);
}

/* Say which flags an answer set off or cleared, most urgent first. */
static void
plain_announce(struct plain *p)
{
	size_t	 level, i;

	for (level = 0; level < p->r->nlevels; level++) {
		for (i = 0; i < p->r->nrules; i++) {
			if (p->r->rules[i].level == level &&
			    p->was[i] != p->ev->fired[i])
				plain_announce_one(p, i);
		}
	}
	plain_snapshot(p);
}

/* "Part 2 of 8: Name.", when question i starts a part not just asked. */
static void
plain_part(struct plain *p, size_t sym)
{
	struct buf	 b, t;
	size_t		 g = p->r->symptoms[sym].group_index;

	if (g == p->group)
		return;
	p->group = g;
	buf_init(&b);
	buf_init(&t);
	format_text(&t, p->r->groups[g].name, p->o->ascii);
	/* TRANSLATORS: the number of a part of the questions, how many
	   there are, and the part's name. */
	buf_printf(&b, _("Part %zu of %zu: %s."), g + 1, p->r->ngroups,
	    buf_str(&t));
	buf_absorb(&b, &t);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
}

/* "12 of 54. Label? (now no)", the answer only when there is one. */
static void
plain_ask(struct plain *p, size_t i)
{
	size_t		 sym = p->order[i], k;
	struct buf	 b, t, label;
	const char	*ask;

	plain_part(p, sym);
	buf_init(&t);
	buf_init(&label);
	format_text(&label, p->r->symptoms[sym].label, p->o->ascii);
	/* TRANSLATORS: the question's number, how many there are, and the
	   answer's label made a question, such as "12 of 54. Fever?" */
	ask = _("%zu of %zu. %s?");
	if (eval_state(p->ev, sym) == EVAL_YES)
		ask = _("%zu of %zu. %s? (now yes)");
	else if (eval_state(p->ev, sym) == EVAL_NO)
		ask = _("%zu of %zu. %s? (now no)");
	buf_printf(&t, ask, i + 1, p->r->nsymptoms, buf_str(&label));
	buf_absorb(&t, &label);
	buf_init(&b);
	/* The reply goes on the same line: leave it a column or two. */
	wrap(&b, buf_str(&t), PLAIN_WIDTH - 2, 0, 4);
	if (b.len > 0)
		b.s[b.len - 1] = ' ';
	for (k = b.len; k > 0 && b.s[k - 1] != '\n'; k--)
		;
	p->col = utf8_width(buf_str(&b) + k, b.len - k);
	buf_absorb(&b, &t);
	plain_io_put(p, &b);
	buf_free(&b);
}

static void
plain_no_question(const struct plain *p, struct buf *b, const char *num)
{
	/* TRANSLATORS: what was typed, and how many questions there are. */
	buf_printf(b, _("There is no question %s: they go from 1 to %zu."),
	    num, p->r->nsymptoms);
}

/* The number of question tok (from 1), or 0 with the reason in d. */
static size_t
plain_number(const struct plain *p, const char *tok, struct diags *d)
{
	struct buf	 b;
	size_t		 len = strlen(tok);
	unsigned long	 n;

	n = len < 10 ? strtoul(tok, NULL, 10) : 0;
	if (n >= 1 && n <= p->r->nsymptoms)
		return (n);
	buf_init(&b);
	plain_no_question(p, &b, tok);
	diags_add(d, DIAG_ERROR, 0, 0, "%s", buf_str(&b));
	buf_free(&b);
	return (0);
}

/*
 * Answer one question number or symptom id yes, or no when it starts
 * with '!'; its symptom goes in *sym and the answer in *yes.  Returns
 * 0, or -1 with the reason in d.
 */
static int
plain_item(struct plain *p, const char *tok, struct diags *d, size_t *sym,
    int *yes)
{
	size_t	 len, n;

	*yes = *tok != '!';
	if (!*yes)
		tok++;
	len = strlen(tok);
	if (len > 0 && strspn(tok, "0123456789") == len) {
		if ((n = plain_number(p, tok, d)) == 0)
			return (-1);
		*sym = p->order[n - 1];
	} else if (answers_find(p->r, tok, len, sym, d, 0) != 0)
		return (-1);
	plain_answer(p, *sym, *yes);
	return (0);
}

/* Add "N. label" to the list in b, after a ';' if it is not the first. */
static void
plain_list_add(struct plain *p, struct buf *b, size_t *n, size_t sym)
{
	buf_printf(b, "%s %zu. ", (*n)++ > 0 ? ";" : "", p->pos[sym] + 1);
	format_text(b, p->r->symptoms[sym].label, p->o->ascii);
}

/*
 * Answer the numbers or ids in line, yes or (with '!') no, and say
 * which were answered, so that a screen reader hears it.  Returns 0, or
 * -1 if any was not known (the others are answered all the same, and
 * each unknown one is named).
 */
static int
plain_list(struct plain *p, const char *line)
{
	struct diags	 d;
	struct buf	 yes, no;
	char		*copy = strdup(line), *tok, *save = NULL;
	size_t		 sym, i, nyes = 0, nno = 0;
	int		 rc, y;

	if (copy == NULL)
		return (-1);
	diags_init(&d);
	buf_init(&yes);
	buf_init(&no);
	buf_puts(&yes, _("Ticked:"));
	/* TRANSLATORS: before the questions just answered no. */
	buf_puts(&no, _("Answered no:"));
	for (tok = strtok_r(copy, " ,\t", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,\t", &save))
		if (plain_item(p, tok, &d, &sym, &y) == 0)
			plain_list_add(p, y ? &yes : &no, y ? &nyes : &nno,
			    sym);
	if (nyes > 0) {
		buf_putc(&yes, '.');
		plain_io_para_buf(p, &yes, 0);
	}
	if (nno > 0) {
		buf_putc(&no, '.');
		plain_io_para_buf(p, &no, 0);
	}
	for (i = 0; i < d.n; i++)
		plain_io_para(p, d.v[i].msg, 0);
	rc = d.n > 0 || d.nomem ? -1 : 0;
	buf_free(&yes);
	buf_free(&no);
	diags_free(&d);
	free(copy);
	return (rc);
}

/* ?: more about the question, and the commands. */
static void
plain_help(struct plain *p, size_t sym)
{
	if (p->r->symptoms[sym].help != NULL)
		plain_io_para(p, p->r->symptoms[sym].help, 4);
	/* TRANSLATORS: the commands are the same letters in every
	   language; say what each does, and that s skips (it is not
	   yes). */
	plain_io_para(p, _("Commands: y yes; n no; Enter leaves the answer as "
	    "it is; b back; g and a number goes to that question; s skips to "
	    "the next part; l lists your answers; q finishes; ? this help. "
	    "Numbers or ids on one line tick those answers; with ! before "
	    "them (!3, !fever) they answer no."), 0);
}

/*
 * Append the questions (numbers from 1) whose answer is what: 1 yes, 0
 * no, -1 none, as "1, 2, 4 to 6".  Returns how many.
 */
static size_t
plain_ranges(const struct plain *p, struct buf *b, int what)
{
	size_t	 i, j, n = 0, sym;
	int	 now;

	for (i = 0; i < p->r->nsymptoms; i = j) {
		for (j = i; j < p->r->nsymptoms; j++) {
			sym = p->order[j];
			now = eval_state(p->ev, sym) == EVAL_NOT_ASKED ? -1 :
			    p->ev->checked[sym];
			if (now != what)
				break;
		}
		if (j == i) {
			j++;
			continue;
		}
		buf_puts(b, n > 0 ? ", " : " ");
		if (j - i == 1)
			buf_printf(b, "%zu", i + 1);
		else if (j - i == 2)
			buf_printf(b, "%zu, %zu", i + 1, j);
		else
			/* TRANSLATORS: a range of question numbers. */
			buf_printf(b, _("%zu to %zu"), i + 1, j);
		n += j - i;
	}
	return (n);
}

/* l: the questions answered yes, no, and not at all, and the flags. */
static void
plain_review(struct plain *p)
{
	/* TRANSLATORS: headings of the question numbers answered, in l's
	   review in plain line mode. */
	static const char *const what[] = {
		N_("Not answered:"), N_("No:"), N_("Yes:")
	};
	struct buf	 b, t;
	int		 k;

	buf_init(&b);
	buf_init(&t);
	buf_printf(&b, _("Answered %zu of %zu."), p->asked.answered,
	    p->r->nsymptoms);
	for (k = 2; k >= 0; k--) {
		buf_reset(&t);
		if (plain_ranges(p, &t, k - 1) > 0)
			buf_printf(&b, " %s%s.", _(what[k]), buf_str(&t));
	}
	buf_putc(&b, ' ');
	buf_printf(&b, _("Red flags now: %zu."), p->ev->nfired);
	buf_absorb(&b, &t);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
}

/* The first question of the part after question i's, or the end. */
static size_t
plain_next_part(const struct plain *p, size_t i)
{
	size_t	 g = p->r->symptoms[p->order[i]].group_index;

	while (i < p->r->nsymptoms &&
	    p->r->symptoms[p->order[i]].group_index == g)
		i++;
	return (i);
}

/* g N: the question to go to, or i again after saying why not. */
static size_t
plain_go(struct plain *p, size_t i, enum reply w, unsigned long n)
{
	struct buf	 b;
	char		 num[32];

	if (w == REPLY_GO && n >= 1 && n <= p->r->nsymptoms)
		return (n - 1);
	buf_init(&b);
	snprintf(num, sizeof(num), "%lu", n);
	if (w == REPLY_GO)
		plain_no_question(p, &b, num);
	else
		buf_puts(&b, _("Type g and a question number, such as g 12."));
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
	return (i);
}

/* A line that is not a command: numbers or ids to tick. */
static size_t
plain_other(struct plain *p, size_t i, const char *line)
{
	if (plain_list(p, line) != 0)
		plain_io_para(p, _("Answer y or n, or type ? for the "
		    "commands."), 0);
	plain_announce(p);
	return (i);
}

/*
 * Act on a line typed at question i.  Returns the next question:
 * nsymptoms past the last one, or PLAIN_GONE to stop.
 */
static size_t
plain_reply(struct plain *p, size_t i, const char *line)
{
	size_t		 sym = p->order[i];
	unsigned long	 n = 0;
	enum reply	 w = plain_reply_parse(line, &n);

	switch (w) {
	case REPLY_YES:
	case REPLY_NO:
		plain_answer(p, sym, w == REPLY_YES);
		plain_announce(p);
		return (i + 1);
	case REPLY_EMPTY:
		return (i + 1);	/* keep the answer as it is */
	case REPLY_HELP:
		plain_help(p, sym);
		return (i);
	case REPLY_LIST:
		plain_review(p);
		return (i);
	case REPLY_GO:
	case REPLY_BAD_GO:
		return (plain_go(p, i, w, n));
	case REPLY_SKIP:
		return (plain_next_part(p, i));
	case REPLY_BACK:
		if (i == 0)
			plain_io_para(p, _("This is the first question."), 0);
		return (i > 0 ? i - 1 : 0);
	case REPLY_QUIT:
		p->asked.end = REPORT_QUIT;
		return (PLAIN_GONE);
	default:
		return (plain_other(p, i, line));
	}
}

/* Ask question i and act on the reply.  Returns the next question. */
static size_t
plain_question(struct plain *p, size_t i)
{
	char	 line[PLAIN_LINE];

	plain_ask(p, i);
	p->asked.at = i + 1;
	if (p->outfail) {
		p->asked.end = REPORT_OUTPUT_FAILED;
		return (PLAIN_GONE);
	}
	switch (plain_io_read(p, line, sizeof(line))) {
	case PLAIN_LINE_END:
		p->asked.end = sig_caught() != 0 ? REPORT_SIGNAL :
		    REPORT_INPUT_ENDED;
		p->asked.sig = sig_caught();
		return (PLAIN_GONE);
	case PLAIN_LINE_BAD:
		plain_io_para(p, p->why, 0);
		return (i);
	default:
		return (plain_reply(p, i, line));
	}
}

static void
plain_intro(struct plain *p)
{
	struct buf	 b;

	buf_init(&b);
	format_text(&b, p->r->title, p->o->ascii);
	buf_printf(&b, ". %s %s", safety(SAFETY_NOT_A_DIAGNOSIS),
	    safety(SAFETY_EMERGENCY));
	plain_io_para_buf(p, &b, 0);
	buf_reset(&b);
	/* TRANSLATORS: y and n stay y and n in every language; say what
	   they mean. */
	buf_printf(&b, ngettext("%zu question. Answer y or n, then Enter; ? "
	    "lists the commands.", "%zu questions. Answer y or n, then "
	    "Enter; ? lists the commands.", p->r->nsymptoms),
	    p->r->nsymptoms);
	plain_io_para_buf(p, &b, 0);
	buf_free(&b);
}

static int
plain_setup(struct plain *p)
{
	const struct rules *r = p->r;

	p->order = r->sym_order;
	p->pos = r->sym_place;
	p->was = calloc(r->nrules + 1, 1);
	p->said = calloc(r->nlevels + 1, 1);
	if (p->was == NULL || p->said == NULL)
		return (-1);
	/* The answers given with --answers count as answered. */
	p->asked.answered = r->nsymptoms - eval_not_asked(p->ev);
	p->group = (size_t)-1;
	p->asked.total = r->nsymptoms;
	return (0);
}

/* Ask the questions from the first, until the end or a stop. */
static void
plain_ask_all(struct plain *p)
{
	size_t	 i = 0;

	plain_intro(p);
	if (p->ev->nfired > 0) {
		memset(p->was, 0, p->r->nrules);
		plain_announce(p);
	}
	plain_snapshot(p);
	while (i < p->r->nsymptoms)
		if ((i = plain_question(p, i)) == PLAIN_GONE)
			return;
	p->asked.end = REPORT_FINISHED;
	p->asked.at = p->r->nsymptoms;
}

/*
 * Run plain mode: replies from the file descriptor in, everything to
 * out.  The answers already in ev are the starting point.  Returns
 * STATUS_OK, STATUS_NO_REPORT, STATUS_NOMEM, STATUS_FAILED when out
 * could not be written (errno is then the write's), or the number of
 * the signal that ended it.
 */
int
plain_run(const struct rules *r, struct eval *ev, const struct plain_opts *o,
    int in, FILE *out)
{
	struct plain	*p;
	int		 rc = STATUS_NOMEM;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return (STATUS_NOMEM);
	p->r = r;
	p->ev = ev;
	p->o = o;
	p->in = in;
	p->out = out;
	p->echo = !isatty(in);
	if (plain_setup(p) != 0)
		goto out_free;
	sig_catch(&p->open);
	plain_ask_all(p);
	plain_end_summary(p);
	rc = plain_end_report(p);
	if (sig_caught() != 0)
		rc = sig_caught();
	else if (rc == STATUS_OK && p->outfail)
		rc = STATUS_FAILED;
	else if (rc == STATUS_OK && p->nomem)
		rc = STATUS_NOMEM;
	sig_release(&p->open);
	if (p->outfail)
		errno = p->outerr;
out_free:
	free(p->was);
	free(p->said);
	free(p);
	return (rc);
}
