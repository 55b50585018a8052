#!/usr/bin/env bash
# The release check of the Linux bundle (`make bundle-test`, after `make bundle`; needs root):
#
# 1. a clean Debian 12 (`debootstrap --variant=minbase`, cached in build/bundle-test/) with no Python and no fonts,
#    plus only libgl1 and libegl1, which Qt's window needs;
# 2. the downloaded archive checked against SHA256SUMS (and SHA256SUMS.minisig when MINISIGN_PUBLIC_KEY names the
#    release's public key), unpacked in /opt;
# 3. an official's command-line journey: new, answer, the PDF report in English and Arabic, keys create, export,
#    verify, then the Secretariat's import and analysis;
# 4. an upgrade: a database left by an earlier omnibus (schema revision 0001) is backed up and migrated;
# 5. portable mode: data beside the program, and a copy on another computer refused the first copy's key;
# 6. the window in English, Arabic and Chinese on an X server outside the chroot (its socket shared), screenshots
#    in build/bundle-test/screenshots/ to look at, and the time to the first window against the source checkout's.
#
# BUNDLE_TEST_DISPLAY chooses the X display number (default 99; an Xvfb is started there unless one runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
CACHE=$REPO/build/bundle-test
IMAGE=$CACHE/debian-12-minbase-gl.tar
R=$CACHE/root
SHOTS=$CACHE/screenshots
OUT=$CACHE/out
N=${BUNDLE_TEST_DISPLAY:-99}
PASS="a trainer's long passphrase"
started=$(date +%s)

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'BUNDLE TEST FAILED: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot and mounts need it)"
archive=$(ls dist/omnibus-*-linux-*.tar.gz 2>/dev/null | head -1)
[ -n "$archive" ] && [ -f dist/SHA256SUMS ] || fail "no bundle in dist/: run make bundle first"

# -- 1. the clean system, made once and unpacked afresh for every run
if [ ! -f "$IMAGE" ]; then
  say "Making a clean Debian 12 (minbase) with libgl1 and libegl1, cached in $IMAGE"
  command -v debootstrap >/dev/null || (apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null)
  rm -rf "$CACHE/image"
  debootstrap --variant=minbase bookworm "$CACHE/image" http://deb.debian.org/debian >/dev/null
  chroot "$CACHE/image" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends libgl1 libegl1 >/dev/null && apt-get clean && rm -rf /var/lib/apt/lists/*'
  tar -C "$CACHE/image" -cf "$IMAGE.part" . && mv "$IMAGE.part" "$IMAGE"
  rm -rf "$CACHE/image"
fi
cleanup() {
  for m in tmp/.X11-unix dev proc; do mountpoint -q "$R/$m" && umount -l "$R/$m"; done
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  return 0
}
trap cleanup EXIT
cleanup
for m in tmp/.X11-unix dev proc; do
  if mountpoint -q "$R/$m"; then fail "$R/$m is still mounted: unmount it before the next run"; fi
done
rm -rf "$R"
mkdir -p "$R" && tar -C "$R" -xf "$IMAGE"
rm -rf "$SHOTS" "$OUT" && mkdir -p "$SHOTS" "$OUT"
mount -t proc proc "$R/proc" && mount --bind /dev "$R/dev"
mkdir -p "$R/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
chroot "$R" sh -c '! command -v python3 && ! ls /usr/lib/python3* >/dev/null 2>&1' >/dev/null || fail "Python is installed"
chroot "$R" sh -c '! ls /usr/share/fonts/* >/dev/null 2>&1 && ! command -v fc-list' >/dev/null || fail "fonts are installed"
echo "0123456789abcdef0123456789abcdef" > "$R/etc/machine-id"  # the official's computer
chroot "$R" useradd --create-home official
echo "Clean Debian $(cat "$R/etc/debian_version"): no Python, no fonts; libgl1 and libegl1 only."

# Runs a shell command as the official, in their home folder, with the bundle on the PATH.
as_official() {
  chroot --userspec=official:official "$R" env -i HOME=/home/official PATH=/opt/omnibus:/usr/bin:/bin \
    LANG=C.UTF-8 OMNIBUS_PASSPHRASE="$PASS" ${EXTRA_ENV:-} sh -ec "cd /home/official; $1"
}
H=$R/home/official

# -- 2. the download
say "Checking the download and unpacking it in /opt"
mkdir -p "$R/tmp/download" && cp "$archive" dist/SHA256SUMS "$R/tmp/download/"
if [ -n "${MINISIGN_PUBLIC_KEY:-}" ]; then
  minisign -V -p "$MINISIGN_PUBLIC_KEY" -m dist/SHA256SUMS || fail "SHA256SUMS.minisig does not verify"
fi
chroot "$R" sh -ec "cd /tmp/download && sha256sum -c SHA256SUMS && tar -xzf $(basename "$archive") -C /opt"

# -- 3. the command line's journey
say "The command line: new, answer, report (en, ar), keys create, export, verify, secretariat import and analyse"
cp packaging/linux/bundle-test-answers.yaml "$H/answers.yaml" && chroot "$R" chown official: /home/official/answers.yaml
as_official 'omnibus --version && omnibus questionnaires'
aid=$(as_official 'omnibus new --questionnaire workshop-demo --country KEN --cycle 2026 --institution "Ministry of Justice"')
as_official "omnibus answer $aid --file answers.yaml && omnibus status $aid | head -3"
as_official "omnibus report $aid --out report-en.pdf --lang en && omnibus report $aid --out report-ar.pdf --lang ar"
as_official 'omnibus keys create'
as_official "omnibus export $aid --out KEN.omnibus && omnibus verify KEN.omnibus"
as_official 'printf "%s KEN Ministry of Justice\n" "$(tail -1 .local/share/omnibus/keys/signing-key.minisign.pub)" > trusted.txt'
as_official 'omnibus secretariat import KEN.omnibus --db secretariat.db --trusted-keys trusted.txt'
as_official 'omnibus secretariat list --db secretariat.db && omnibus secretariat analyse --db secretariat.db --out analysis.pdf'
cp "$H"/report-en.pdf "$H"/report-ar.pdf "$H"/analysis.pdf "$H"/KEN.omnibus "$OUT/"
pdftotext "$OUT/report-ar.pdf" "$OUT/report-ar.txt" && pdffonts "$OUT/report-ar.pdf" > "$OUT/report-ar.fonts"
grep -q "الجريمة المنظمة" "$OUT/report-ar.txt" || fail "the Arabic report lacks its Arabic text"
grep -q Report-Arabic "$OUT/report-ar.fonts" || fail "the Arabic report does not embed the bundled Arabic font"
echo "Reports, package and analysis in $OUT; the Arabic report's fonts: $(awk 'NR>2{print $1}' "$OUT/report-ar.fonts" | tr '\n' ' ')"

# -- 4. an upgrade over an older omnibus's data
say "Upgrade: a database left by an earlier omnibus (revision 0001) is backed up, then migrated"
mkdir -p "$H/old/omnibus"
"$REPO/.venv/bin/python" packaging/linux/old_database.py "$H/old/omnibus/assessments.db"
chroot "$R" chown -R official: /home/official/old
EXTRA_ENV="OMNIBUS_HOME=/home/official/old/omnibus" as_official \
  'omnibus list | grep -q "old0001.*KEN.*2022" && omnibus answers old0001 | grep -q "wd_officials_trained: 42"'
ls "$H"/old/omnibus/backups/*before-migration.db >/dev/null || fail "no backup was made before the migration"
echo "Migrated with a backup first: $(ls "$H"/old/omnibus/backups/)"

# -- 5. portable mode, and a copied data folder on another computer
say "Portable mode: portable.txt keeps the data beside the program; a copy elsewhere makes its own key"
chroot "$R" sh -ec 'mkdir -p /media/stick && cp -a /opt/omnibus /media/stick/ && echo portable > /media/stick/omnibus/portable.txt
  chown -R official: /media/stick'
before=$(find "$H/.local" -type f | sort | xargs sha256sum)
STICK=/media/stick/omnibus
as_official "$STICK/omnibus keys create >/dev/null"
as_official "$STICK/omnibus new --questionnaire workshop-demo --country KEN --cycle 2026 --training >/dev/null"
[ -f "$R$STICK/data/assessments.db" ] && [ -f "$R$STICK/data/keys/signing-key.pem" ] \
  || fail "portable data is not in data/ beside the program"
[ "$before" = "$(find "$H/.local" -type f | sort | xargs sha256sum)" ] || fail "portable mode wrote to the home folder"
chroot "$R" sh -ec 'cp -a /media/stick/omnibus /home/official/trainee-copy'
echo "fedcba9876543210fedcba9876543210" > "$R/etc/machine-id"  # the trainee's computer
copy=/home/official/trainee-copy/omnibus
if as_official "$copy export \$($copy list | head -1 | cut -d' ' -f1) --out copy.omnibus" 2> "$OUT/copy.err"; then
  fail "a copied key signed a package on another computer"
fi
grep -q "made by another copy of omnibus" "$OUT/copy.err" || fail "the refusal does not say why: $(cat "$OUT/copy.err")"
cat "$OUT/copy.err"
as_official "$copy keys create --replace >/dev/null && $copy export \$($copy list | head -1 | cut -d' ' -f1) --out copy.omnibus"
first=$(chroot "$R" cat /media/stick/omnibus/data/keys/signing-key.minisign.pub | tail -1)
second=$(chroot "$R" cat /home/official/trainee-copy/data/keys/signing-key.minisign.pub | tail -1)
[ "$first" != "$second" ] || fail "the copy still has the first copy's key"
echo "0123456789abcdef0123456789abcdef" > "$R/etc/machine-id"

# -- 6. the window, in a real X server
say "The window in English, Arabic and Chinese on display :$N"
if [ ! -S "/tmp/.X11-unix/X$N" ]; then
  Xvfb ":$N" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$N" ] && break; sleep 0.1; done
fi
# Starts a command on the display and leaves it running; `seconds` is the time to its first window (polled
# every 50 ms, at most a minute).
first_window() {
  local t0
  t0=$(date +%s.%N)
  "$@" >"$OUT/window.log" 2>&1 & app_pid=$!
  for _ in $(seq 1200); do
    DISPLAY=":$N" xdotool search --onlyvisible --class omnibus >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$OUT/window.log"; fail "the application exited before its window"; }
    sleep 0.05
  done
  DISPLAY=":$N" xdotool search --onlyvisible --class omnibus >/dev/null 2>&1 || fail "no window within a minute"
  seconds=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
}
close_window() { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
bundle_window() {  # the bundle's window as the official, on the data folder $1
  first_window chroot --userspec=official:official "$R" env -i HOME=/home/official PATH=/usr/bin:/bin \
    LANG=C.UTF-8 DISPLAY=":$N" QT_QPA_PLATFORM=xcb OMNIBUS_HOME="$1" /opt/omnibus/omnibus
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Start to first window on an empty data folder, five times each, the bundle and the checkout in turn (so that
# a change in the machine's load weighs on both alike); the medians are compared.
chroot "$R" sh -ec 'mkdir -p /home/official/gui-empty && chown official: /home/official/gui-empty'
checkout_home=$(mktemp -d)
: > "$OUT/bundle.seconds" && : > "$OUT/checkout.seconds"
for _ in 1 2 3 4 5; do
  bundle_window /home/official/gui-empty && close_window && echo "$seconds" >> "$OUT/bundle.seconds"
  first_window env DISPLAY=":$N" QT_QPA_PLATFORM=xcb OMNIBUS_HOME="$checkout_home" "$REPO/.venv/bin/omnibus"
  close_window && echo "$seconds" >> "$OUT/checkout.seconds"
done
rm -rf "$checkout_home"
bundle_seconds=$(median < "$OUT/bundle.seconds") checkout_seconds=$(median < "$OUT/checkout.seconds")
echo "Start to first window (median of 5): bundle ${bundle_seconds}s, source checkout ${checkout_seconds}s," \
  "ratio $(awk -v a="$bundle_seconds" -v b="$checkout_seconds" 'BEGIN { printf "%.2f", a / b }')"

# Each language: the start page, then the official's assessment opened from its list (a double click on its row).
for lang in en ar zh; do
  home=/home/official/gui-$lang
  chroot "$R" sh -ec "mkdir -p $home && printf '[ui]\nlanguage=$lang\n' > $home/settings.ini
    cp /home/official/.local/share/omnibus/assessments.db $home/ && chown -R official: $home"
  bundle_window "$home"
  sleep 3
  DISPLAY=":$N" import -window root "$SHOTS/bundle-$lang-start.png"
  row="200 185" && if [ "$lang" = ar ]; then row="1100 205"; fi  # right to left: the list is on the right
  DISPLAY=":$N" xdotool mousemove $row click --repeat 2 --delay 100 1
  sleep 3
  DISPLAY=":$N" import -window root "$SHOTS/bundle-$lang-assessment.png"
  close_window
  echo "$lang: screenshots $SHOTS/bundle-$lang-start.png and bundle-$lang-assessment.png"
done

say "Bundle test passed in $(($(date +%s) - started)) s: look at the screenshots in $SHOTS"
