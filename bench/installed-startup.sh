#!/usr/bin/env bash
# How soon the installed app (the .deb from `mvn -Pdist package`, installed) shows a cache: launches
# `modcache-explorer --cache CACHE` ROUNDS times under a private Xvfb display, each launch finding the
# last scan saved by the one before (a first launch, not counted, saves it), and prints every
# start-up trace point (ms after the JVM started) per launch, then the medians of the first frame
# and of the last scan shown, and the longest gap between two frames while the fresh scan came in. EXTRA_OPTS adds JVM options (through JDK_JAVA_OPTIONS); COMMAND names
# another build's command (a .deb unpacked with `dpkg -x DEB DIR`: DIR/opt/modcache-explorer/bin/
# modcache-explorer-command), to compare two builds launch by launch.
# usage: [EXTRA_OPTS=...] [COMMAND=...] bench/installed-startup.sh CACHE [ROUNDS]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cache=$(realpath "$1")
rounds=${2:-5}
command=${COMMAND:-modcache-explorer}
command -v "$command" >/dev/null || { echo "$command: not installed" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install -y xvfb)" >&2; exit 1; }
home=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1

launch() {
  local log=$home/log
  : > "$log"
  DISPLAY=$display JDK_JAVA_OPTIONS="-Dmodcache.trace.startup=true -Dmodcache.config.dir=$home/config \
-Dmodcache.cache.dir=$home/cache -Dmodcache.data.dir=$home/data ${EXTRA_OPTS:-}" \
    "$command" --cache "$cache" > "$log" 2>&1 &
  stop_when_saved $! "$log"
  { grep -oE 'startup: [a-z ]+ [0-9]+ ms' "$log" | sed -E 's/startup: //; s/ ms$//'
    grep -oE 'frame gap [0-9]+ ms while the fresh scan came in, ending [0-9]+' "$log" | sed -E 's/.* ending /gap ended /' || true
  } | paste -sd','
}

launch > /dev/null
lines=()
for _ in $(seq 1 "$rounds"); do
  line=$(launch)
  echo "$line"
  lines+=("$line")
done
for what in "window shown" "last scan shown" "longest frame gap"; do
  printf '%-40s %6s ms (median of %s)\n' "$what" \
    "$(printf '%s\n' "${lines[@]}" | tr ',' '\n' | grep "^$what " | awk '{print $NF}' | median)" "$rounds"
done
