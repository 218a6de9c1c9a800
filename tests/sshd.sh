# sshd.sh: restricted mode end to end, as a clinic would set it up: a
# real sshd on 127.0.0.1, started here with its own host key and
# configuration, whose Match block is the recipe of redflag(1) read from
# the built page (only the user, the report directory and the program's
# path are changed).  A patient logs in with ssh -t, in tmux, and with
# ssh -T, and tries to save over ~/.ssh/authorized_keys, through ../,
# to absolute paths and through a link planted in the report directory;
# afterwards nothing outside the report directory has changed, and the
# reports made are there with mode 0600 under names the program made.
#
# It needs root: it makes an unprivileged user for the patient (removed
# at the end) whose home is in the test's directory, and sshd run by
# anyone else can give no terminal (it cannot chown the pty or write
# the login records), so as anyone else the test skips.  CI runs it as
# root, where a missing sshd is a failure.
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || skip_all "not root: sshd needs root to give the test's user a terminal, and useradd to make that user"
. "$top_srcdir/tests/tmux.sh"

sshd_bin=$(PATH="$PATH:/usr/sbin:/sbin" command -v sshd) || sshd_bin=
ssh_bin=$(command -v ssh) || ssh_bin=
if [ -z "$sshd_bin" ] || [ -z "$ssh_bin" ] || ! command -v ssh-keygen >/dev/null; then
	echo "1..1"
	echo "not ok 1 - sshd, ssh and ssh-keygen are installed (build-aux/install-deps)"
	exit 1
fi
page="$top_builddir/man/redflag.1"
[ -r "$page" ] || { echo "1..1"; echo "not ok 1 - $page is built"; exit 1; }

# Everything the patient's account must reach lives under $TMPD, which
# is opened up to others: the build directory may be where they cannot
# go (a clone under /root), so the program is copied.
chmod 755 "$TMPD"
srv="$TMPD/srv"			# the report directory's parent, for ../
reports="$srv/reports"
etc="$TMPD/sshd"
bin="$TMPD/bin/redflag"
mkdir -p "$srv" "$etc" "$TMPD/bin" "$TMPD/client"
cp "$REDFLAG" "$bin" && chmod 755 "$bin"
# The rules too: the configured sysconfdir may hold a copy that the
# patient cannot read (make distcheck's, under a clone in /root).
# A title of their own shows that they are the rules in use.
sed 's/^title = ".*";$/title = "Rules of the sshd test";/' \
    "$top_srcdir/etc/redflag.conf" >"$TMPD/bin/redflag.conf"
chmod 644 "$TMPD/bin/redflag.conf"
echo "not a report" >"$srv/neighbour.txt"

made_user=
made_rundir=
sshd_pid=
marker=
sshd_cleanup() {
	tm kill-server 2>/dev/null
	if [ -n "$sshd_pid" ]; then
		kill "$sshd_pid" 2>/dev/null
		wait "$sshd_pid" 2>/dev/null
	fi
	if [ -n "$made_user" ]; then
		# The session's processes end with their connection.
		i=0
		while [ $i -lt 50 ] && ps -u "$made_user" >/dev/null 2>&1; do
			sleep 0.1; i=$((i + 1))
		done
		userdel -f "$made_user" 2>/dev/null
	fi
	[ -z "$made_rundir" ] || rmdir /run/sshd 2>/dev/null
	[ -z "$marker" ] || rm -f "$marker" "$marker.new"
}
on_exit sshd_cleanup

user="rfsshd$$"
home="$TMPD/home"
# "*": no password, but not locked (sshd refuses a locked account).
useradd -m -d "$home" -s /bin/sh -p '*' "$user" ||
	{ echo "1..1"; echo "not ok 1 - useradd $user"; exit 1; }
made_user=$user
# sshd's privilege separation needs its directory, which only the
# service's start-up makes.
if [ ! -d /run/sshd ]; then
	mkdir -m 0755 /run/sshd && made_rundir=1
fi
mkdir -p "$home/.ssh" "$reports"
echo "ssh-ed25519 AAAA old-key" >"$home/.ssh/authorized_keys"
marker=$(mktemp /tmp/redflag-sshd-marker.XXXXXX)
echo "a file the patient may write" >"$marker"
ln -s "$home/.ssh/authorized_keys" "$reports/link"
# The worst case: the home and its keys are the patient's to change
# (the recipe gives the home to root), so only redflag keeps them safe.
chown -R "$user:" "$home" "$reports" "$marker"
chown -h "$user:" "$reports/link"
chmod 700 "$reports"

# snapshot: every file outside the report directory that the patient's
# account could change, with its type, size, mode, owner, time, link
# and checksum.
snapshot() {
	{
		find "$home" "$srv" "$etc" "$marker" "$marker.new" \
		    -path "$reports" -prune -o \
		    -printf '%p %y %s %m %U %G %T@ %l\n' 2>/dev/null
		find "$home" "$srv" "$etc" "$marker" -path "$reports" -prune \
		    -o -type f -exec sha256sum {} + 2>/dev/null
		ls -l "$reports/link" | awk '{ print $1, $3, $NF }'
	} | sort
}

# The recipe, from the built page: the literal block that starts with
# "Match User clinic".
awk '/^Match User clinic$/ { on = 1 } on && /^\.Ed$/ { exit } on' \
    "$page" >"$etc/recipe"
grep -q '^  ForceCommand env REDFLAG_REPORT_DIR=/var/lib/redflag redflag --restricted$' \
    "$etc/recipe" && grep -q '^  PermitTTY yes$' "$etc/recipe"
check "redflag(1) has the sshd recipe" cat "$etc/recipe"

ssh-keygen -q -t ed25519 -N '' -C host -f "$etc/host_key"
ssh-keygen -q -t ed25519 -N '' -C patient -f "$TMPD/client/id"
cp "$TMPD/client/id.pub" "$etc/authorized_keys"
chmod 644 "$etc/authorized_keys"

# write_config PORT RECIPE: a complete sshd_config for this test, ending
# with RECIPE.  StrictModes is off because the keys are under /tmp,
# which everyone may write to.
write_config() {
	cat <<EOF
ListenAddress 127.0.0.1
Port $1
HostKey $etc/host_key
PidFile $etc/sshd.pid
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AuthorizedKeysFile $etc/authorized_keys
AllowUsers $user
PrintMotd no
PrintLastLog no
EOF
	# The session's environment, on one line (sshd keeps only the
	# first SetEnv): the rules, as an administrator would name them,
	# and under the sanitizers (CI) their options; leaks are looked for
	# elsewhere, and the suppressions file may be out of reach.
	printf 'SetEnv REDFLAG_RULES=%s' "$TMPD/bin/redflag.conf"
	[ -z "${ASAN_OPTIONS:-}" ] || printf ' ASAN_OPTIONS=%s:detect_leaks=0' "$ASAN_OPTIONS"
	[ -z "${UBSAN_OPTIONS:-}" ] || printf ' UBSAN_OPTIONS=%s' "$UBSAN_OPTIONS"
	echo
	cat "$2"
}

# sshd -t accepts the recipe as the page gives it, and sshd -T shows
# that it applies to the user it names.
write_config 22 "$etc/recipe" >"$etc/verbatim_config"
"$sshd_bin" -t -f "$etc/verbatim_config" >"$TMPD/t.out" 2>&1
check "sshd -t accepts the recipe of redflag(1)" cat "$TMPD/t.out"
"$sshd_bin" -T -f "$etc/verbatim_config" -C user=clinic,host=x,addr=127.0.0.1 \
    >"$TMPD/T.out" 2>&1
for want in "forcecommand env REDFLAG_REPORT_DIR=/var/lib/redflag redflag --restricted" \
    "permittty yes" "disableforwarding yes" "permittunnel no" "permituserrc no"; do
	grep -qxF "$want" "$TMPD/T.out"
	check "the recipe gives: $want" cat "$TMPD/T.out"
done

# The recipe made for this test: only the user, the directory and the
# path of the program differ.
sed -e "s|^Match User clinic\$|Match User $user|" \
    -e "s|REDFLAG_REPORT_DIR=/var/lib/redflag redflag |REDFLAG_REPORT_DIR=$reports $bin |" \
    "$etc/recipe" >"$etc/recipe.test"
is "the test's recipe differs only in user, directory and program" \
    "$(diff "$etc/recipe" "$etc/recipe.test" | grep -c '^>')" 2

# Start sshd on a free port: try random high ports until one binds.
port=
n=0
while [ -z "$port" ] && [ $n -lt 10 ]; do
	n=$((n + 1))
	p=$((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000))
	write_config "$p" "$etc/recipe.test" >"$etc/sshd_config"
	: >"$TMPD/sshd.log"
	"$sshd_bin" -D -e -f "$etc/sshd_config" 2>>"$TMPD/sshd.log" &
	sshd_pid=$!
	i=0
	while [ $i -lt 100 ]; do
		grep -q "Server listening on 127.0.0.1 port $p" "$TMPD/sshd.log" &&
			{ port=$p; break; }
		kill -0 "$sshd_pid" 2>/dev/null || break
		sleep 0.05; i=$((i + 1))
	done
	if [ -z "$port" ]; then
		kill "$sshd_pid" 2>/dev/null; wait "$sshd_pid" 2>/dev/null
		sshd_pid=
		grep -qi 'bind\|address already in use' "$TMPD/sshd.log" || break
	fi
done
if [ -z "$port" ]; then
	fail "sshd starts on 127.0.0.1" "$(cat "$TMPD/sshd.log")"
	done_testing
	exit
fi
pass "sshd listens on 127.0.0.1 port $port"
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$etc/host_key.pub")" >"$TMPD/client/known_hosts"
snapshot >"$TMPD/before"

# The client: no configuration, agent or password; this host key only.
set -- -F /dev/null -p "$port" -i "$TMPD/client/id" -o IdentitiesOnly=yes \
    -o IdentityAgent=none -o BatchMode=yes -o StrictHostKeyChecking=yes \
    -o UserKnownHostsFile="$TMPD/client/known_hosts" \
    -o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR

# reports: the files in the report directory, but the planted link.
reports() { ls -A "$reports" | grep -vx link; }

# 1. The checklist, through ssh -t in tmux.  s saves at once, without a
# name; what the patient types after it as a name is only keys.
redflag=$REDFLAG
REDFLAG=$ssh_bin
tm_start 80 24 HOME="$TMPD/client" -- -t "$@" "$user@127.0.0.1"
REDFLAG=$redflag
tm_wait "Space tick" || tm_wait "Space tick"
check "ssh -t opens the checklist" eval 'tm_screen; cat "$TMPD/sshd.log"'
tm_keys Space s
tm_wait "Saved the report as redflag-"
check "ssh -t: s saves at once" tm_screen
for name in "$home/.ssh/authorized_keys" "~/.ssh/authorized_keys" ../x \
    ../neighbour.txt "$marker" link; do
	tm_keys s
	tm_keys -l "$name"
	tm_keys Enter Escape
done
sleep 0.3
! tm_screen | grep -q 'Save as\|Replace it\|exists'
check "ssh -t: no name is asked for or looked up" tm_screen
tm_keys q
tm_wait_dead || { tm_keys y; tm_wait_dead; }
tm_dead
check "ssh -t: q ends the session" tm_screen
checklist_reports=$(reports | wc -l)
[ "$checklist_reports" -ge 2 ]
check "ssh -t: the saves made reports" ls -lA "$reports"

# 2. Plain mode, through ssh -T: names typed where a name used to be
# asked for, a command line and a report directory sent by the client.
printf '%s\n' q "~/.ssh/authorized_keys" "$home/.ssh/authorized_keys" \
    ../x "$marker" link "$marker.new" y |
    HOME="$TMPD/client" "$ssh_bin" -T "$@" \
    -o SetEnv="REDFLAG_REPORT_DIR=$home/.ssh" "$user@127.0.0.1" \
    "redflag --report $home/.ssh/authorized_keys" >"$TMPD/plain.out" 2>&1
plain_reports=$(( $(reports | wc -l) - checklist_reports ))
is "ssh -T: plain mode made one report" "$plain_reports" 1
grep -q '^Rules of the sshd test' "$TMPD/plain.out"
check "ssh -T: the rules are those the administrator named" head -n 3 "$TMPD/plain.out"
grep -q 'Report saved as redflag-' "$TMPD/plain.out"
check "ssh -T: plain mode says the name it made" cat "$TMPD/plain.out"
printf 'echo pwned >%s\n' "$home/.ssh/authorized_keys" |
    HOME="$TMPD/client" "$ssh_bin" -T "$@" "$user@127.0.0.1" \
    "sh -c 'echo pwned >$marker'" >"$TMPD/cmd.out" 2>&1
! grep -q pwned "$marker" "$home/.ssh/authorized_keys" &&
    grep -q '^Save a report? y or n' "$TMPD/cmd.out"
check "ssh -T: a command runs redflag, not the command" cat "$TMPD/cmd.out"

# 3. Nothing outside the report directory changed; every report is a
# regular file of the patient's, mode 0600, named by the program.
snapshot >"$TMPD/after"
cmp -s "$TMPD/before" "$TMPD/after"
check "nothing outside the report directory changed" \
    diff "$TMPD/before" "$TMPD/after"
bad=$(reports | grep -vxE 'redflag-[0-9]{8}-[0-9]{6}-[a-z0-9]{4}\.txt')
is "every report has a name the program made" "$bad" ""
bad=$(cd "$reports" && find . -mindepth 1 ! -name link \
    ! \( -type f -perm 0600 -user "$user" \) -printf '%p %y %m %u\n')
is "every report is a regular file of $user with mode 0600" "$bad" ""
! grep -l "ssh-ed25519\|a file the patient may write" "$reports"/redflag-* >/dev/null 2>&1
check "no report holds another file's text"

done_testing
