#!/usr/bin/env bash
# Start-up of Reelwright against a bare JavaFX window, measured in one run, alternating, the way a user sees it.
#
#   tools/startup/measure.sh [-n RUNS] [-j JAR] [-d DISPLAY] [-- extra JVM options for Reelwright]
#
# Each round starts, in turn: (a) tools/startup/BareWindow (a Stage with a Label, the same JavaFX jars, the same
# java); (b) Reelwright on a new, empty workspace (it stores and opens the sample); (c) Reelwright reopening one
# existing workspace (its last production). For each it records, from the moment the command is started:
#   window  - the window is mapped: `xdotool search --onlyvisible` polled every 20 ms (what the README always used);
#   frame   - the window's first frame is rendered (the app's -Dreelwright.startupTrace=true line; BareWindow's own);
#   painted - the production is on screen: the frame after the one that laid the production's panels out.
# Then prints medians and the ratios to the bare window. Runs on its own X display (default :42; an Xvfb is
# started there at 1366x768 if none runs) so nothing else is drawn meanwhile. Needs xdotool and Xvfb.
set -euo pipefail

RUNS=5
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$HERE/../../target/reelwright.jar
DISPLAY_NO=:42
while [[ $# -gt 0 ]]; do
    case $1 in
        -n) RUNS=$2; shift 2 ;;
        -j) JAR=$2; shift 2 ;;
        -d) DISPLAY_NO=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "usage: $0 [-n RUNS] [-j JAR] [-d DISPLAY] [-- JVM options]" >&2; exit 2 ;;
    esac
done
APP_OPTS=("$@")
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
LIB=$(dirname "$JAR")/lib
[[ -f $JAR ]] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }

WORK=$(mktemp -d /tmp/reelwright-startup.XXXXXX)
XVFB_PID=
cleanup() {
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

export DISPLAY=$DISPLAY_NO
if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
fi
if xdotool search --onlyvisible --name . >/dev/null 2>&1; then
    echo "display $DISPLAY_NO already shows windows; use a display of your own (-d)" >&2; exit 1
fi

FX_CP=$(ls "$LIB"/javafx-*.jar | tr '\n' ':')
mkdir -p "$WORK/bare"
javac -d "$WORK/bare" -cp "$FX_CP" "$HERE/BareWindow.java"

now_ms() { local t=$EPOCHREALTIME; echo $(( ${t%.*} * 1000 + 10#${t#*.} / 1000 )); }

# run_one TITLE_REGEX TRACE_PATTERN command... -> prints "window frame painted" in ms from the start of the command
run_one() {
    local title=$1 pattern=$2; shift 2
    local log=$WORK/log.$RANDOM start window=- pid line
    start=$(now_ms)
    "${@//@T0@/$start}" >/dev/null 2>"$log" &
    pid=$!
    for _ in $(seq 3000); do
        if xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; then window=$(( $(now_ms) - start )); break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    line=
    for _ in $(seq 1200); do
        line=$(grep -m1 "$pattern" "$log" || true)
        [[ -n $line ]] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # the next start must not find this window still mapped
    for _ in $(seq 100); do xdotool search --onlyvisible --name . >/dev/null 2>&1 || break; sleep 0.05; done
    if [[ -z $line ]]; then echo "no trace line from: $*" >&2; cat "$log" >&2; echo "$window - -"; return; fi
    local frame painted
    frame=$(sed -n 's/.*windowEpoch=\([0-9]*\).*/\1/p' <<<"$line")
    painted=$(sed -n 's/.*paintedEpoch=\([0-9]*\).*/\1/p' <<<"$line")
    echo "$window $(( frame - start )) $([[ -n $painted ]] && echo $(( painted - start )) || echo -)"
    [[ -n ${TRACE_OUT:-} ]] && echo "$line" >>"$TRACE_OUT"
    true
}

bare() { run_one '^Bare JavaFX window$' 'bare-startup:' java -cp "$WORK/bare:$FX_CP" BareWindow; }
app() { run_one 'Reelwright' 'reelwright-startup:' java -Dreelwright.startupTrace=@T0@ "${APP_OPTS[@]}" -jar "$JAR" \
    --workspace "$1"; }

echo "java: $(java -version 2>&1 | head -1); jar: $JAR; JVM options: ${APP_OPTS[*]:-(none)}"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
# One unmeasured start of each fills the disk cache; the one of (c) also creates the workspace it reopens.
bare >/dev/null
app "$WORK/existing" >/dev/null
TRACE_OUT=$WORK/traces
declare -a B_W B_F E_W E_F E_P X_W X_F X_P
for i in $(seq "$RUNS"); do
    read -r w f _ < <(bare); B_W+=("$w"); B_F+=("$f")
    read -r w f p < <(app "$WORK/empty$i"); E_W+=("$w"); E_F+=("$f"); E_P+=("$p")
    read -r w f p < <(app "$WORK/existing"); X_W+=("$w"); X_F+=("$f"); X_P+=("$p")
    printf 'round %d  bare %s/%s  empty %s/%s/%s  existing %s/%s/%s  (window/frame/painted ms)\n' "$i" \
        "${B_W[-1]}" "${B_F[-1]}" "${E_W[-1]}" "${E_F[-1]}" "${E_P[-1]}" "${X_W[-1]}" "${X_F[-1]}" "${X_P[-1]}"
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"

median() { printf '%s\n' "$@" | grep -v -- - | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2)
    print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
bw=$(median "${B_W[@]}"); bf=$(median "${B_F[@]}")
echo
echo "medians of $RUNS (ms from the command; ratio to the bare window's same mark)"
printf '%-34s %8s %8s %8s   %s\n' "" window frame painted "ratios window / frame / painted÷bare frame"
printf '%-34s %8s %8s %8s\n' "(a) bare JavaFX window" "$bw" "$bf" ""
for kind in E X; do
    if [[ $kind == E ]]; then name="(b) empty workspace (sample)"; w=$(median "${E_W[@]}"); f=$(median "${E_F[@]}")
        p=$(median "${E_P[@]}")
    else name="(c) reopen last production"; w=$(median "${X_W[@]}"); f=$(median "${X_F[@]}"); p=$(median "${X_P[@]}"); fi
    printf '%-34s %8s %8s %8s   %s / %s / %s\n' "$name" "$w" "$f" "$p" "$(ratio "$w" "$bw")" "$(ratio "$f" "$bf")" \
        "$(ratio "$p" "$bf")"
done
echo
echo "steps inside Reelwright, ms since the command was started (one line per start, last $(( RUNS * 2 ))):"
cat "$TRACE_OUT"
