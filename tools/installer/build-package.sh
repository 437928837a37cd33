#!/usr/bin/env bash
# Builds Reelwright's installable package from a built jar (docs/release.md, docs/decisions/0017-installer.md):
#
#   mvn -B -Pinstaller package            (calls this script after the jar and target/lib/ are built)
#   tools/installer/build-package.sh [-b BUILD_DIR] [-t deb|msi|dmg|app-image]
#
# Linux: a .deb. Windows (Git Bash, WiX 3 on the PATH): a .msi. macOS: a .dmg. Only the .deb is built and tried
# here (tools/installer/try-deb.sh); the other two follow the same steps with their own jpackage options, untested.
#
# 1. Stages the app: the jar and its libraries, minus JavaFX's empty platform-less jars; JavaFX's native libraries
#    taken out of its jars and put beside them (JavaFX loads them from there, so nothing is unpacked into the
#    user's home at start); sqlite-jdbc keeps only this platform's native library (it carries 20 MB for all).
# 2. Links a runtime of only the JDK modules jdeps finds in the jar and its libraries, plus the Chinese and English
#    locale data, without debug symbols, man pages or header files.
# 3. Records the classes a start of the window and two commands load (a class list; needs a display or Xvfb), for
#    the class-data-sharing archive that the package makes when it is installed (postinst), against the installed
#    files: JDK 17 refuses an archive whose jars have moved, so it cannot be made here.
# 4. Runs jpackage with the launcher's JVM options (the desktop heap of ADR 0011, the archive), the icon, the menu
#    entry, the project-file type and the Linux dependencies of the window.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$ROOT/target
TYPE=
while [[ $# -gt 0 ]]; do
    case $1 in
        -b) BUILD=$2; shift 2 ;;
        -t) TYPE=$2; shift 2 ;;
        *) echo "usage: $0 [-b BUILD_DIR] [-t deb|msi|dmg|app-image]" >&2; exit 2 ;;
    esac
done
case "$(uname -s)" in
    Linux*) OS=linux; TYPE=${TYPE:-deb}; NATIVE='*.so'; FX_NATIVE_DIR=lib ;;
    Darwin*) OS=mac; TYPE=${TYPE:-dmg}; NATIVE='*.dylib'; FX_NATIVE_DIR=lib ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows; TYPE=${TYPE:-msi}; NATIVE='*.dll'; FX_NATIVE_DIR=bin ;;
    *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac
JAR=$BUILD/reelwright.jar
[[ -f $JAR && -d $BUILD/lib ]] || { echo "no $JAR or $BUILD/lib: run mvn -B package -DskipTests first" >&2; exit 1; }
VERSION=$(unzip -p "$JAR" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
APP_VERSION=${VERSION%%-*}   # jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
OUT=$BUILD/installer
STAGE=$OUT/input
RUNTIME=$OUT/runtime
rm -rf "$OUT"
mkdir -p "$STAGE/lib"
step() { echo "[installer] $*"; }

step "staging the app"
cp "$JAR" "$STAGE/"
for lib in "$BUILD"/lib/*.jar; do
    # javafx-graphics-21.0.12.jar and friends hold only a manifest; the -linux/-win/-mac jars hold the code
    if [[ $(basename "$lib") == javafx-* ]] && ! unzip -l "$lib" '*.class' >/dev/null 2>&1; then continue; fi
    cp "$lib" "$STAGE/lib/"
done
mkdir -p "$STAGE/$FX_NATIVE_DIR"
for fx in "$STAGE"/lib/javafx-*.jar; do
    if unzip -l "$fx" "$NATIVE" >/dev/null 2>&1; then
        unzip -q -o -j "$fx" "$NATIVE" -d "$STAGE/$FX_NATIVE_DIR"
        zip -q -d "$fx" "$NATIVE" >/dev/null
    fi
done
case "$OS-$(uname -m)" in
    linux-x86_64) SQLITE_KEEP=Linux/x86_64 ;;
    linux-aarch64) SQLITE_KEEP=Linux/aarch64 ;;
    mac-*) SQLITE_KEEP=Mac/ ;;
    windows-*) SQLITE_KEEP=Windows/x86_64 ;;
    *) SQLITE_KEEP= ;;
esac
SQLITE=$(ls "$STAGE"/lib/sqlite-jdbc-*.jar)
if [[ -n $SQLITE_KEEP ]]; then
    DROP=$(unzip -Z1 "$SQLITE" 'org/sqlite/native/*' | grep -v "^org/sqlite/native/$SQLITE_KEEP" | grep -v '/$' || true)
    if [[ -n $DROP ]]; then
        # shellcheck disable=SC2086
        echo "$DROP" | zip -q -d "$SQLITE" -@ >/dev/null
    fi
fi
if [[ $OS == linux ]]; then
    cp "$ROOT/packaging/linux/reelwright-project.xml" "$STAGE/"  # the project file type, for postinst
fi
# Every jar rewritten uncompressed (same entries, same order): the package's compressor then works across whole
# class files and fonts, and the .deb comes out about 12 MB smaller than with the jars' own deflate (ADR 0017);
# the installed app reads its classes and fonts without inflating them.
if command -v python3 >/dev/null; then
    python3 - "$STAGE"/reelwright.jar "$STAGE"/lib/*.jar <<'PY'
import os, sys, zipfile
for path in sys.argv[1:]:
    stored = path + ".stored"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            copy = zipfile.ZipInfo(entry.filename, entry.date_time)
            copy.external_attr = entry.external_attr
            target.writestr(copy, source.read(entry.filename))
    os.replace(stored, path)
PY
fi

step "linking the runtime"
MODULES=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$STAGE/reelwright.jar" "$STAGE"/lib/*.jar)
# jdk.localedata: Chinese dates, numbers and money (2027年4月12日, ¥229,855) come from its CLDR data, which jdeps
# cannot see (it is found as a service); only English and Chinese are kept.
MODULES=$MODULES,jdk.localedata
STRIP=()
if [[ $OS == linux ]] && command -v objcopy >/dev/null; then
    STRIP=(--strip-native-debug-symbols "objcopy=$(command -v objcopy)")
fi
# --compress=0: the package's own compressor (xz for a .deb) packs the uncompressed module image far smaller than
# jlink's zip does, and the classes then load without inflating (measured in ADR 0017).
jlink --add-modules "$MODULES" --include-locales=en,zh --strip-debug "${STRIP[@]}" --no-man-pages \
    --no-header-files --compress=0 --output "$RUNTIME"
if [[ $OS == linux ]] && command -v strip >/dev/null; then
    # the JVM's symbol table (4 MB) serves only native debuggers; its dynamic symbols stay
    find "$RUNTIME" "$STAGE" -name '*.so' -exec strip --strip-unneeded {} +
fi
step "runtime modules: $MODULES ($(du -sh "$RUNTIME" | cut -f1))"
JAVA=$RUNTIME/bin/java

CP=reelwright.jar
for lib in "$STAGE"/lib/*.jar; do CP=$CP:lib/$(basename "$lib"); done

step "recording the classes a start loads"
WORK=$(mktemp -d /tmp/reelwright-installer.XXXXXX)
XVFB_PID=
cleanup() {
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
if [[ $OS == linux ]] && { [[ -z ${DISPLAY:-} ]] || ! xdpyinfo >/dev/null 2>&1; }; then
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do [[ -s $WORK/display ]] && break; sleep 0.05; done
    export DISPLAY=:$(head -1 "$WORK/display")
fi
(cd "$STAGE" && "$JAVA" -XX:DumpLoadedClassList="$WORK/window.classlist" -Dreelwright.startupTrace=true \
    -cp "$CP" org.reelwright.Main --workspace "$WORK/workspace" >/dev/null 2>"$WORK/window.log") &
PID=$!
for _ in $(seq 1200); do
    grep -q 'reelwright-startup:' "$WORK/window.log" && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
done
sleep 3 # the estimates that fill in after the production is painted load their classes too
kill "$PID" 2>/dev/null || true
wait "$PID" 2>/dev/null || true
grep -q 'reelwright-startup:' "$WORK/window.log" || { echo "the window did not start:" >&2; cat "$WORK/window.log" >&2; exit 1; }
SAMPLE=$ROOT/seeds/samples/sample-zh-short.json
(cd "$STAGE" && "$JAVA" -XX:DumpLoadedClassList="$WORK/estimate.classlist" -cp "$CP" org.reelwright.Main \
    --lang zh estimate "$SAMPLE" >/dev/null)
(cd "$STAGE" && "$JAVA" -XX:DumpLoadedClassList="$WORK/pdf.classlist" -cp "$CP" org.reelwright.Main \
    --lang zh export-pdf "$SAMPLE" "$WORK/plan.pdf" >/dev/null)
# One list: each class once (the lists number their classes, and numbers from three runs would clash; classes
# of the application's loader need none).
cat "$WORK/window.classlist" "$WORK/estimate.classlist" "$WORK/pdf.classlist" | sed 's/ id: [0-9]*$//' \
    | awk '!seen[$0]++' > "$STAGE/reelwright.classlist"
step "$(wc -l < "$STAGE/reelwright.classlist") classes listed"

step "packaging ($TYPE)"
JAVA_OPTIONS=(
    # ADR 0011: the serial collector, a heap that starts small, stays under 384 MB and is given back; the client
    # compiler only (less memory, no C2 compilations competing with the first layout)
    -XX:+UseSerialGC -Xms32m -Xmx384m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=1
    # the class-data-sharing archive postinst makes; without it (not made yet, or made by another build) the JVM
    # starts as without one, and says nothing about it
    "-XX:SharedArchiveFile=\$APPDIR/reelwright.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
)
RUNTIME_FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( RUNTIME_FEATURE >= 24 )); then
    # JDK 24+ prints JavaFX 21's sun.misc.Unsafe notices and a warning for every library that loads native code
    # (JavaFX, sqlite-jdbc) unless told that both are allowed; JDK 17 to 23 do not know the first option
    JAVA_OPTIONS+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
fi
ARGS=(--type "$TYPE" --dest "$OUT" --name reelwright --app-version "$APP_VERSION"
    --description "Plan a short film that may use AI tools: cost, schedule and risks from published benchmarks."
    --vendor Reelwright --copyright "Reelwright contributors"
    --input "$STAGE" --main-jar reelwright.jar --main-class org.reelwright.Main --runtime-image "$RUNTIME"
    --temp "$WORK/jpackage")
for option in "${JAVA_OPTIONS[@]}"; do ARGS+=(--java-options "$option"); done
case $OS in
    linux)
        ARGS+=(--icon "$ROOT/icons/reelwright-256.png" --resource-dir "$ROOT/packaging/linux"
            --linux-shortcut --linux-menu-group "AudioVideo;Video;" --linux-app-category video
            --linux-deb-maintainer "${REELWRIGHT_MAINTAINER:-reelwright@example.invalid}"
            # what the window needs beyond what jpackage finds by itself (GTK 3 is opened by JavaFX at run time);
            # xdg-utils and desktop-file-utils register the file type and make the menu entry its default opener
            --linux-package-deps "libgtk-3-0, libxtst6, libgl1, libpangoft2-1.0-0, libfontconfig1, xdg-utils, desktop-file-utils")
        ;;
    windows)
        ARGS+=(--icon "$ROOT/packaging/windows/reelwright.ico"
            --file-associations "$ROOT/packaging/windows/project-file.properties"
            --win-menu --win-menu-group Reelwright --win-shortcut --win-dir-chooser --win-per-user-install
            --add-launcher "reelwright-cli=$ROOT/packaging/windows/reelwright-cli.properties"
            --win-upgrade-uuid 2f0c7c1e-6f7b-4b52-9a57-8c1d2b7e6a10)
        ;;
    mac)
        ARGS+=(--mac-package-identifier org.reelwright --mac-package-name Reelwright
            --file-associations "$ROOT/packaging/macos/project-file.properties")
        [[ -f $ROOT/packaging/macos/reelwright.icns ]] && ARGS+=(--icon "$ROOT/packaging/macos/reelwright.icns")
        ;;
esac
jpackage "${ARGS[@]}"
for package in "$OUT"/*."$TYPE"; do
    [[ -e $package ]] && step "$package ($(du -h "$package" | cut -f1))"
done
