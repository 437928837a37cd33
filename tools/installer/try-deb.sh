#!/usr/bin/env bash
# Builds the .deb, installs it on this machine as a user would, tries it, and uninstalls it (issue 18's acceptance):
#
#   sudo tools/installer/try-deb.sh [-b BUILD_DIR] [-o OUT_DIR] [-n RUNS] [--no-build]
#
# Needs root (dpkg -i), Xvfb, xdotool, ImageMagick's import, poppler's pdffonts and pdftoppm. Steps:
#  1. mvn -B -Pinstaller package (unless --no-build), then removes any earlier install of reelwright;
#  2. dpkg -i the .deb (apt-get -f install fetches the dependencies it declares, if any are missing);
#  3. starts the installed app under Xvfb with a fresh HOME and workspace; checks that it printed nothing;
#     takes a screenshot (OUT_DIR/installed-window.png);
#  4. checks the menu entry and the file type (a production is application/x-reelwright-project, other JSON is
#     not; the menu entry is its default opener); hands a project file to the running window
#     (`reelwright FILE.json`), then opens another with xdg-open, as a double-click does, and checks that the same
#     window shows each; a second screenshot;
#  5. `reelwright --version`, `reelwright estimate` on a sample, `reelwright --lang zh export-pdf` on the
#     Chinese sample, and pdffonts: the bundled Chinese font is embedded;
#  6. start-up of the installed app against `java -jar` (the README's command, no archive), RUNS each, alternating;
#  7. dpkg -r: the workspace stays; installs again: the app reopens what the workspace showed; removes it again.
# Prints the package size, the installed size and the start-up figures, and exits non-zero at the first failure.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$ROOT/target
OUT=
RUNS=3
BUILD_IT=1
while [[ $# -gt 0 ]]; do
    case $1 in
        -b) BUILD=$2; shift 2 ;;
        -o) OUT=$2; shift 2 ;;
        -n) RUNS=$2; shift 2 ;;
        --no-build) BUILD_IT=; shift ;;
        *) echo "usage: $0 [-b BUILD_DIR] [-o OUT_DIR] [-n RUNS] [--no-build]" >&2; exit 2 ;;
    esac
done
[[ $(id -u) == 0 ]] || { echo "run as root: dpkg -i needs it" >&2; exit 1; }
OUT=${OUT:-$BUILD/try-deb}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
say() { echo "[try-deb] $*"; }
fail() { echo "[try-deb] FAILED: $*" >&2; exit 1; }

if [[ -n $BUILD_IT ]]; then
    (cd "$ROOT" && mvn -B -q -Pinstaller package -DskipTests -Dreelwright.buildDir="$BUILD")
fi
DEB=$(ls "$BUILD"/installer/reelwright_*.deb | head -1)
[[ -f $DEB ]] || fail "no .deb in $BUILD/installer"

if dpkg -s reelwright >/dev/null 2>&1; then
    say "removing the earlier install"
    dpkg -P reelwright >/dev/null
fi
say "installing $DEB"
if ! dpkg -i "$DEB" >"$OUT/dpkg-install.log" 2>&1; then
    apt-get -f install -y >>"$OUT/dpkg-install.log" 2>&1 || { cat "$OUT/dpkg-install.log"; fail "dpkg -i"; }
fi
dpkg -s reelwright | grep -q '^Status: install ok installed' || fail "reelwright is not installed"
[[ $(command -v reelwright) == /usr/bin/reelwright ]] || fail "reelwright is not on the PATH"
[[ -s /opt/reelwright/lib/app/reelwright.jsa ]] || fail "postinst made no class-data-sharing archive"
DEB_SIZE=$(stat -c %s "$DEB")
DECLARED_KB=$(dpkg-deb -f "$DEB" Installed-Size)
ON_DISK=$(du -sk /opt/reelwright | cut -f1)
say "package $(( DEB_SIZE / 1024 / 1024 )) MB ($DEB_SIZE bytes); Installed-Size $(( DECLARED_KB / 1024 )) MB;" \
    "/opt/reelwright with its archive $(( ON_DISK / 1024 )) MB"
grep -q '^Exec=/opt/reelwright/bin/reelwright %f$' /usr/share/applications/reelwright.desktop \
    || fail "no menu entry that passes the file in /usr/share/applications"
grep -q '^MimeType=application/x-reelwright-project;$' /usr/share/applications/reelwright.desktop \
    || fail "the menu entry does not take project files"
echo '{"name": "not a production"}' >"$OUT/plain.json"
PROJECT_TYPE=$(xdg-mime query filetype "$ROOT/seeds/samples/sample-zh-short.json")
PLAIN_TYPE=$(xdg-mime query filetype "$OUT/plain.json")
say "file types: a production is $PROJECT_TYPE, another .json file is $PLAIN_TYPE"
[[ $PROJECT_TYPE == application/x-reelwright-project && $PLAIN_TYPE != application/x-reelwright-project ]] \
    || fail "the project file type is not registered as it should be"
OPENER=$(xdg-mime query default application/x-reelwright-project)
say "project files open with: $OPENER"
[[ $OPENER == reelwright.desktop ]] || fail "the menu entry is not the project files' default opener"

# A fresh user: HOME and the workspace in a temporary folder (Java takes user.home from the password file, not
# from HOME, so the workspace is pointed there through XDG_DATA_HOME, which Reelwright follows).
FRESH=$(mktemp -d /tmp/reelwright-try.XXXXXX)
XVFB_PID=
APP_PID=
cleanup() {
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$FRESH"
}
trap cleanup EXIT
export HOME=$FRESH/home XDG_DATA_HOME=$FRESH/home/.local/share
mkdir -p "$HOME"
WORKSPACE=$XDG_DATA_HOME/reelwright
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$FRESH/display" >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [[ -s $FRESH/display ]] && break; sleep 0.05; done
export DISPLAY=:$(head -1 "$FRESH/display")

# wait_title REGEX SECONDS: waits until a visible window's title matches
wait_title() {
    for _ in $(seq $(( $2 * 10 ))); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}
window_titles() { xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null || true; }

say "starting the installed app with a fresh workspace"
reelwright >"$FRESH/start.out" 2>"$FRESH/start.err" &
APP_PID=$!
wait_title 'Reelwright — ' 60 || fail "no window within 60 s: $(cat "$FRESH/start.err")"
sleep 4 # the estimates fill in
import -window root "$OUT/installed-window.png"
say "window: $(window_titles | tr '\n' ' ')"
[[ -d $WORKSPACE ]] || fail "no workspace at $WORKSPACE"
if [[ -s $FRESH/start.out || -s $FRESH/start.err ]]; then
    cat "$FRESH/start.out" "$FRESH/start.err" >&2
    fail "the start printed on the terminal (above)"
fi
say "the start printed nothing on the terminal"

say "handing a project file to the running window"
cp "$ROOT/seeds/samples/sample-nobudget-short.json" "$FRESH/channel-nine.json"
HANDOFF_START=$(date +%s%N)
reelwright "$FRESH/channel-nine.json" >"$FRESH/handoff.out" 2>&1 || fail "reelwright FILE.json: $(cat "$FRESH/handoff.out")"
say "the second start handed the file over and ended after $(( ($(date +%s%N) - HANDOFF_START) / 1000000 )) ms"
wait_title 'Channel Nine Point Three' 20 || fail "the running window did not open the file: $(window_titles)"
[[ $(xdotool search --onlyvisible --name 'Reelwright' | wc -l) == 1 ]] || fail "more than one window"
kill -0 "$APP_PID" || fail "the first window is gone"
say "opening a production as a double-click does (xdg-open)"
cp "$ROOT/seeds/samples/sample-zh-short.json" "$FRESH/last-ferry.json"
xdg-open "$FRESH/last-ferry.json" >"$FRESH/xdg-open.out" 2>&1 || fail "xdg-open: $(cat "$FRESH/xdg-open.out")"
wait_title '末班渡' 20 || fail "xdg-open did not bring the production to the window: $(window_titles)"
[[ $(xdotool search --onlyvisible --name 'Reelwright' | wc -l) == 1 ]] || fail "more than one window"
sleep 2
import -window root "$OUT/installed-handoff.png"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

say "command line"
reelwright --version | tee "$OUT/version.txt"
reelwright estimate "$ROOT/seeds/samples/sample-scifi-short.json" >"$OUT/estimate.txt"
head -3 "$OUT/estimate.txt"
grep -q 'P50' "$OUT/estimate.txt" || fail "estimate printed no P50"
reelwright --lang zh export-pdf "$ROOT/seeds/samples/sample-zh-short.json" "$OUT/plan-zh.pdf"
pdffonts "$OUT/plan-zh.pdf" | tee "$OUT/plan-zh-fonts.txt"
grep -E 'NotoSansSC-Regular +CID TrueType +Identity-H +yes' "$OUT/plan-zh-fonts.txt" >/dev/null \
    || fail "the Chinese font is not embedded in the plan"
pdftoppm -r 60 -png -f 1 -l 2 "$OUT/plan-zh.pdf" "$OUT/plan-zh"

# start_ms COMMAND...: ms from the command to the window mapped, and to the production painted (the app's own
# start-up trace, passed to the JVM through JAVA_TOOL_OPTIONS so the installed launcher takes it too)
start_ms() {
    local ws log start pid window=- line
    ws=$(mktemp -d "$FRESH/ws.XXXXXX"); log=$ws.log
    start=$(date +%s%3N)
    JAVA_TOOL_OPTIONS="-Dreelwright.startupTrace=$start" "$@" --workspace "$ws" >/dev/null 2>"$log" &
    pid=$!
    for _ in $(seq 3000); do
        if xdotool search --onlyvisible --name 'Reelwright' >/dev/null 2>&1; then window=$(( $(date +%s%3N) - start )); break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    for _ in $(seq 1200); do
        line=$(grep -m1 'reelwright-startup:' "$log" || true)
        [[ -n $line ]] && break
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    for _ in $(seq 100); do xdotool search --onlyvisible --name . >/dev/null 2>&1 || break; sleep 0.05; done
    echo "$window $(sed -n 's/.* painted=\([0-9]*\).*/\1/p' <<<"$line")"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
say "start-up, $RUNS runs each, alternating (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
: >"$OUT/startup.txt"
for _ in $(seq "$RUNS"); do
    echo "installed $(start_ms reelwright)" >>"$OUT/startup.txt"
    echo "jar $(start_ms java -XX:+UseSerialGC -Xms32m -Xmx384m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=1 \
        -jar "$BUILD/reelwright.jar")" >>"$OUT/startup.txt"
done
for kind in installed jar; do
    say "$kind: window $(awk -v k=$kind '$1==k {print $2}' "$OUT/startup.txt" | median) ms," \
        "painted $(awk -v k=$kind '$1==k {print $3}' "$OUT/startup.txt" | median) ms (medians; runs in startup.txt)"
done
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

say "uninstalling: the workspace must stay"
dpkg -r reelwright >"$OUT/dpkg-remove.log" 2>&1 || fail "dpkg -r"
[[ ! -e /opt/reelwright && ! -e /usr/bin/reelwright ]] || fail "files left after dpkg -r: $(ls /opt/reelwright /usr/bin/reelwright 2>&1)"
[[ -f $WORKSPACE/workspace.db ]] || fail "the workspace went with the package"
[[ ! -e /usr/share/applications/reelwright.desktop && ! -e /usr/share/mime/packages/reelwright-project.xml ]] \
    || fail "the menu entry or the file type is left after dpkg -r"
say "removed; $WORKSPACE is still there"
say "installing again: the workspace must be found"
dpkg -i "$DEB" >>"$OUT/dpkg-install.log" 2>&1 || fail "second dpkg -i"
reelwright >"$FRESH/again.out" 2>&1 &
APP_PID=$!
wait_title '末班渡' 60 || fail "the reinstalled app did not reopen the workspace's production: $(window_titles)"
sleep 2
import -window root "$OUT/reinstalled-window.png"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
say "the reinstalled app reopened the production the workspace showed"
dpkg -r reelwright >>"$OUT/dpkg-remove.log" 2>&1 || fail "final dpkg -r"
say "done; screenshots and logs in $OUT"
