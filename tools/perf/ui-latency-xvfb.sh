#!/usr/bin/env bash
# The UI latency harness (src/test/java/org/reelwright/perf/UiLatencyHarness.java) on a real X display: the GTK
# glass and its own Prism pipeline under Xvfb instead of Monocle's headless one, to cross-check Monocle's figures.
# Usage: tools/perf/ui-latency-xvfb.sh [DISPLAY_NUMBER [HARNESS ARGUMENTS...]]
#   e.g. tools/perf/ui-latency-xvfb.sh 43 --latency 1000 --reps 10     (default: display 43, that run)
# Extra Maven arguments (e.g. -Dreelwright.buildDir=/tmp/me/target) go in $MVN_ARGS.
# Needs xvfb, xauth, libgtk-3-0 and libxtst6 (docs in /work/shared/design/TOOLCHAIN.md, "Running the window").
set -euo pipefail
cd "$(dirname "$0")/../.."
number="${1:-43}"
shift || true
args="${*:---latency 1000 --reps 10}"
xvfb=""
if [ ! -e "/tmp/.X11-unix/X$number" ]; then
  Xvfb ":$number" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb"' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$number" ] && break; sleep 0.1; done
fi
# shellcheck disable=SC2086
DISPLAY=":$number" mvn -B -q -Pui-latency test-compile exec:exec ${MVN_ARGS:-} \
  -Dui.latency.fx="-Dtestfx.robot=glass -Dtestfx.headless=false" -Dui.latency.args="$args"
