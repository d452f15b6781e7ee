#!/usr/bin/env bash
# How soon the window shows the cache: launches the app headless (Monocle, software rendering)
# ROUNDS times on CACHE with a data folder that holds its last scan, and prints, after the JVM
# started: the window's first paint, the first paint of the last scan, and of the fresh scan.
# The first launch (not counted) makes the snapshot. Needs `mvn package` and bench/run.sh's
# class path file (target/bench-classpath.txt).
# usage: [JAVA_OPTS=...] bench/startup.sh CACHE [ROUNDS] [JAVA]
# (JAVA_OPTS=-XX:SharedArchiveFile=app.jsa measures a class-data-sharing archive)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
cache=$(realpath "$1")
rounds=${2:-5}
java=${3:-java}
monocle=$(tr ':' '\n' < target/bench-classpath.txt | grep openjfx-monocle)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

launch() {
  local log=$home/log
  : > "$log"
  "$java" ${JAVA_OPTS:-} -Dmodcache.trace.startup=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dmodcache.config.dir="$home/config" -Dmodcache.cache.dir="$home/cache" -Dmodcache.data.dir="$home/data" \
    -cp "${APP_JAR:-target/modcache-explorer.jar}:$monocle" io.modcache.Launcher --cache "$cache" > "$log" 2>&1 &
  stop_when_saved $! "$log"
  for what in "window shown" "last scan shown" "fresh scan shown"; do
    grep "startup: $what " "$log" | head -1 | sed -E 's/.* ([0-9]+) ms after.*/\1/' | grep . || echo "-"
  done | paste -sd' '
}

launch > /dev/null
results=()
for _ in $(seq 1 "$rounds"); do
  results+=("$(launch)")
done
printf '%-44s %8s   %s\n' "after the JVM started (median of $rounds)" "ms" "rounds"
col=1
for what in "window first painted" "last scan shown (target 1,000 ms)" "fresh scan shown"; do
  values=$(printf '%s\n' "${results[@]}" | cut -d' ' -f$col)
  printf '%-44s %8s   %s\n' "$what" "$(echo "$values" | grep -v -- - | median)" "$(echo "$values" | paste -sd' ')"
  col=$((col + 1))
done
