#!/usr/bin/env bash
# Builds the Linux app image of Crisis Desk (舆情应对台) with jpackage:
#   target/dist/CrisisDesk/bin/CrisisDesk      the desk (window; subcommands work too)
#   target/dist/CrisisDesk/bin/舆情应对台        the same program under its Chinese name
# Usage: packaging/build-linux.sh [--skip-build]   (env: MVN_ARGS, JPACKAGE, JAVA_OPTIONS)
set -euo pipefail
cd "$(dirname "$0")/.."

JPACKAGE=${JPACKAGE:-$(command -v jpackage || echo "${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/jpackage")}
# Serial GC and a small initial heap keep the desk below 400 MB resident (see the board benchmark); a
# fixed young generation with roomy survivors and a heap that shrinks after a full collection stop it
# from growing while the board is filtered; glibc keeps memory GTK, FreeType and the renderer freed,
# so the JVM hands it back every 5 s. packaging/README.md has the figures.
JAVA_OPTIONS=${JAVA_OPTIONS:-"-XX:+UseSerialGC -Xms64m -Xmx512m -Xmn48m -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=5000 -Dfile.encoding=UTF-8"}

if [[ "${1:-}" != "--skip-build" ]]; then
  # shellcheck disable=SC2086
  mvn ${MVN_ARGS:--B -q -DskipTests} package
fi
[[ -f target/crisis-desk.jar && -d target/lib ]] || { echo "target/crisis-desk.jar or target/lib missing: run mvn package" >&2; exit 1; }

# jpackage copies everything in --input into the image: only the main jar and its lib/ folder.
VERSION=$(unzip -p target/crisis-desk.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
VERSION=${VERSION:-0.1.0}
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/crisis-desk.jar target/jpackage-input/
# only the jars the manifest names: target/lib may still hold an older version of a dependency
mkdir -p target/jpackage-input/lib
for jar in $(unzip -p target/crisis-desk.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Class-Path:/,/^[A-Za-z-]*:/p' \
    | sed -e 's/^Class-Path: //' -e '/^[A-Za-z-]*:/d' -e 's/^ //' | tr -d '\n'); do
  cp "target/$jar" target/jpackage-input/lib/
done

"$JPACKAGE" --type app-image \
  --dest target/dist \
  --name CrisisDesk \
  --app-version "${VERSION}" \
  --vendor "Crisis Desk" \
  --description "舆情应对台 Crisis Desk: media complaints at the front desk" \
  --icon packaging/icon.png \
  --input target/jpackage-input \
  --main-jar crisis-desk.jar \
  --main-class org.crisisdesk.app.Main \
  --java-options "${JAVA_OPTIONS}" \
  --add-launcher "舆情应对台=packaging/launcher-zh.properties"

# Class-data sharing: start the desk once to list the classes a start loads, then archive them; the
# launchers map the archive (about a third less start-up CPU). Without a display the step is skipped
# and the launchers start as before (a missing or stale archive is ignored by the JVM).
APP=target/dist/CrisisDesk
if [[ "${CDS:-1}" == 1 ]]; then
  train=$(mktemp -d)
  display=()
  [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
  if [[ -n "${DISPLAY:-}" || ${#display[@]} -gt 0 ]]; then
    "$APP/bin/CrisisDesk" --data-dir "$train/data" demo >/dev/null
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$train/classes.lst -Dcrisisdesk.exitAfterStart=true" \
      "${display[@]}" "$APP/bin/CrisisDesk" --data-dir "$train/data" >/dev/null 2>&1
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$train/classes.lst -XX:SharedArchiveFile=$APP/lib/app/crisis-desk.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
      "$APP/bin/CrisisDesk" >/dev/null 2>&1
    for cfg in "$APP"/lib/app/*.cfg; do
      printf 'java-options=-XX:SharedArchiveFile=$APPDIR/crisis-desk.jsa\n' >> "$cfg"
    done
    echo "Class-data archive: $APP/lib/app/crisis-desk.jsa"
  else
    echo "No display (DISPLAY or xvfb-run): app image built without the class-data archive" >&2
  fi
  rm -rf "$train"
fi

echo "App image: target/dist/CrisisDesk  (run: target/dist/CrisisDesk/bin/CrisisDesk --help)"
