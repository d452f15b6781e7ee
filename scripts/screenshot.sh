#!/usr/bin/env bash
# Runs the window under Xvfb on a cache and saves a screenshot of the screen.
# usage: scripts/screenshot.sh CACHE_DIR OUT.png [SECONDS_TO_WAIT]
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick
set -euo pipefail
cache=$1 out=$2 wait=${3:-8}
cd "$(dirname "$0")/.."
[ -f target/modcache-explorer.jar ] || mvn -q package -DskipTests
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display java -jar target/modcache-explorer.jar --cache "$cache" >/tmp/screenshot-app.log 2>&1 &
app=$!
sleep "$wait"
DISPLAY=$display import -window root "$out"
echo "saved $out"
