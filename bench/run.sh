#!/usr/bin/env bash
# Benchmarks, each printing our figures side by side with its anchor (du -s, go mod verify,
# go clean -modcache) measured in the same run. Results go in docs/performance.md.
# usage: bench/run.sh [DIR]   (DIR defaults to ./bench-data; it is filled by
#        ../shared/realcache/make-real-cache.sh -n 10 DIR when DIR/gomodcache is missing)
# The clean benchmark deletes two full copies of the cache made under DIR/clean-copies:
# it needs twice the cache's size free on disk.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath -m "${1:-bench-data}")
if [ ! -d "$dir/gomodcache" ]; then
  maker=../shared/realcache/make-real-cache.sh
  [ -x "$maker" ] || { echo "need $maker to build the benchmark cache" >&2; exit 2; }
  "$maker" -n 10 "$dir"
fi
mvn -q -DskipTests package test-compile
cp=target/modcache-explorer.jar:target/test-classes
echo "== scan (vs du -s) =="
java -Xmx256m -cp "$cp" io.modcache.bench.ScanBenchmark "$dir/gomodcache" 5
echo "== verify (vs go mod verify) =="
java -Xmx512m -cp "$cp" io.modcache.bench.VerifyBenchmark "$dir"
echo "== delete everything (vs go clean -modcache) =="
java -Xmx512m -cp "$cp" io.modcache.bench.CleanBenchmark "$dir/gomodcache" "$dir/clean-copies"
