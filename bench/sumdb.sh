#!/usr/bin/env bash
# The checksum database check on the benchmark cache: starts the test database
# (src/test/go/sumdbserver) over DIR/proxy, has the real go look every version of
# DIR/versions.txt up in it (go list -m, into a cache of its own: lookups and tiles, no zips),
# then times our offline check of DIR/gomodcache from those lookups and tiles against the scan,
# and the online check over HTTP. Needs go and golang-golang-x-mod-dev.
# usage: bench/sumdb.sh [DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "${1:-bench-data}")
rounds=${2:-3}
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; chmod -R u+w "$work"; rm -rf "$work"' EXIT
mkdir -p "$work/gopath/src/sumdbserver" "$work/work"
cp src/test/go/sumdbserver/main.go "$work/gopath/src/sumdbserver/"
(cd "$work/gopath/src/sumdbserver" && GO111MODULE=off GOPATH="$work/gopath:/usr/share/gocode" GOFLAGS= GOCACHE="$work/gocache" \
  go build -o "$work/sumdbserver" .)
"$work/sumdbserver" -proxy "$dir/proxy" > "$work/server.txt" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 50); do grep -q '^url' "$work/server.txt" && break; sleep 0.1; done
gosumdb="$(awk '/^vkey/{print $2}' "$work/server.txt") $(awk '/^url/{print $2}' "$work/server.txt")"
t0=$(date +%s%N)
awk '{print $1 "@" $2}' "$dir/versions.txt" | xargs -n 200 bash -c 'cd "$0" && env -u GOFLAGS GOMODCACHE="$1" GOPROXY="file://$2" \
  GOSUMDB="$3" GONOSUMDB= GOPRIVATE= GOFLAGS=-mod=mod GOPATH="$4" GOCACHE="$5" GOTOOLCHAIN=local GOTELEMETRY=off \
  go list -m -json "${@:6}" > /dev/null' "$work/work" "$work/sumdb-cache" "$dir/proxy" "$gosumdb" "$work/gopath" "$work/gocache"
echo "go looked up $(wc -l < "$dir/versions.txt") versions in the test database in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
mvn -q -DskipTests package test-compile
java -cp target/modcache-explorer.jar:target/test-classes io.modcache.bench.SumdbBenchmark \
  "$dir/gomodcache" "$work/sumdb-cache" "$gosumdb" "$work/gopath" "$rounds"
