#!/usr/bin/env bash
# Benchmarks, each printing our figures side by side with the go/coreutils anchor, in one run.
# usage: bench/run.sh [DIR]   (DIR defaults to ./bench-data; it is filled by
#        ../shared/realcache/make-real-cache.sh -n 10 DIR when DIR/gomodcache is missing)
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
echo "== scan =="
java -Xmx256m -cp "$cp" io.modcache.bench.ScanBenchmark "$dir/gomodcache" 5
echo "== verify =="
java -Xmx512m -cp "$cp" io.modcache.bench.VerifyBenchmark "$dir"
