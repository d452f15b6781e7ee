#!/usr/bin/env bash
# The command line as a user runs it, whole process, best of ROUNDS, against `du -s` on the same
# tree in the same run: the jar on the system's java (which relaunches scan with C1 only), without
# the relaunch, started with C1 only, and the packaged launcher
# (target/dist/modcache-explorer, from `mvn -Pdist package`) and the installed command when they are there.
# usage: bench/cli-startup.sh CACHE [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
cache=$(realpath "$1")
rounds=${2:-3}
best() {
  local best=""
  for _ in $(seq 1 "$rounds"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
du_ms=$(best du -s "$cache")
row() {
  local what=$1; shift
  local ms
  ms=$(best "$@")
  printf '%-58s %8s ms %7s\n' "$what" "$ms" "$(awk -v a="$ms" -v b="$du_ms" 'BEGIN {printf "%.2fx", a / b}')"
}
printf '%-58s %11s %7s\n' "whole process, best of $rounds" "time" "vs du"
printf '%-58s %8s ms %7s\n' "du -s" "$du_ms" "1.00x"
row "java -jar modcache-explorer.jar scan --json" java -jar target/modcache-explorer.jar scan --json --cache "$cache"
row "  the same, no relaunch (full JIT)" env MODCACHE_EXPLORER_NO_JIT_RELAUNCH=1 java -jar target/modcache-explorer.jar scan --json --cache "$cache"
row "  the same, -XX:TieredStopAtLevel=1" java -XX:TieredStopAtLevel=1 -jar target/modcache-explorer.jar scan --json --cache "$cache"
row "java -jar modcache-explorer.jar --version" java -jar target/modcache-explorer.jar --version
if [ -x /usr/bin/modcache-explorer ]; then
  row "installed: modcache-explorer scan --json" /usr/bin/modcache-explorer scan --json --cache "$cache"
  row "installed: modcache-explorer --version" /usr/bin/modcache-explorer --version
fi
image=target/dist/modcache-explorer/bin
if [ -x $image/modcache-explorer-hashing ]; then
  row "app image, main launcher (C1, what scan runs on)" $image/modcache-explorer scan --json --cache "$cache"
  row "app image, hashing launcher (full JIT)" $image/modcache-explorer-hashing scan --json --cache "$cache"
fi
