#!/usr/bin/env bash
# Makes a class data sharing archive of Reelwright's own classes (and its libraries', JavaFX's) for a built jar,
# so the window starts faster (docs/decisions/0010-start-up.md):
#
#   tools/startup/cds.sh [-j target/reelwright.jar] [-d DISPLAY]
#   java -XX:SharedArchiveFile=target/reelwright.jsa -jar target/reelwright.jar
#
# The archive is recorded by starting the window once on a throwaway workspace (on an Xvfb of its own when
# there is no DISPLAY) until the sample is painted, then closing it. It is written under a temporary name, checked
# by a JVM that must map it (-Xshare:on), and only then renamed into place: JDK 17 crashes on a truncated archive,
# so a half-written one must never be where the command above looks. An archive that no longer matches the jar
# (rebuilt) or the JDK is ignored by the JVM, which then starts as without it; run this again after a build.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$HERE/../../target/reelwright.jar
DISPLAY_NO=
while [[ $# -gt 0 ]]; do
    case $1 in
        -j) JAR=$2; shift 2 ;;
        -d) DISPLAY_NO=$2; shift 2 ;;
        *) echo "usage: $0 [-j JAR] [-d DISPLAY]" >&2; exit 2 ;;
    esac
done
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
ARCHIVE=${JAR%.jar}.jsa
[[ -f $JAR ]] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }
WORK=$(mktemp -d /tmp/reelwright-cds.XXXXXX)
XVFB_PID=
cleanup() {
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
if [[ -n $DISPLAY_NO ]]; then export DISPLAY=$DISPLAY_NO; fi
if [[ -z ${DISPLAY:-} ]] || ! xdpyinfo >/dev/null 2>&1; then
    # Xvfb picks a free display number itself and writes it to the file
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do [[ -s $WORK/display ]] && break; sleep 0.05; done
    export DISPLAY=:$(head -1 "$WORK/display")
fi
java -XX:ArchiveClassesAtExit="$WORK/reelwright.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dreelwright.startupTrace=true -jar "$JAR" --workspace "$WORK/workspace" >/dev/null 2>"$WORK/log" &
PID=$!
for _ in $(seq 1200); do
    grep -q 'reelwright-startup:' "$WORK/log" && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
done
sleep 2 # the estimates that fill in after the production is painted load their classes too
kill "$PID" 2>/dev/null || true   # SIGTERM: the JVM exits normally and writes the archive
wait "$PID" || true
[[ -s $WORK/reelwright.jsa ]] || { echo "no archive was written" >&2; cat "$WORK/log" >&2; exit 1; }
# -Xshare:on refuses to start unless it can map the archive for this jar: a check that it is whole and matches.
if ! java -XX:SharedArchiveFile="$WORK/reelwright.jsa" -Xshare:on -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$JAR" -version >/dev/null 2>&1; then
    echo "the archive written does not map; not installed" >&2; exit 1
fi
mv -f "$WORK/reelwright.jsa" "$ARCHIVE.part.$$"
mv -f "$ARCHIVE.part.$$" "$ARCHIVE"
echo "$ARCHIVE ($(du -h "$ARCHIVE" | cut -f1)); start with: java -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
