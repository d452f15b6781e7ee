#!/usr/bin/env bash
# Benchmarks, each printing our figures side by side with its anchor (du -s, go mod verify,
# go clean -modcache, rm -rf, the bare scan) measured in the same run. Results go in
# docs/performance.md.
# usage: bench/run.sh [DIR] [BENCH...]
#   DIR    defaults to ./bench-data; filled by ../shared/realcache/make-real-cache.sh -n 10 DIR
#          when DIR/gomodcache is missing
#   BENCH  any of: scan verify rules clean window frames treemap startup cli (default: all of them)
# The clean benchmark deletes four full copies of the cache per round under DIR/clean-copies:
# it needs four times the cache's size free on disk, and takes a while (three rounds).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath -m "${1:-bench-data}")
shift || true
benches=${*:-scan verify rules clean window frames treemap startup cli}
if [ ! -d "$dir/gomodcache" ]; then
  maker=../shared/realcache/make-real-cache.sh
  [ -x "$maker" ] || { echo "need $maker to build the benchmark cache" >&2; exit 2; }
  "$maker" -n 10 "$dir"
fi
mvn -q -DskipTests package test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp=target/modcache-explorer.jar:target/test-classes
headless="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
for b in $benches; do
  case $b in
    scan)   echo "== scan (vs du -s) =="
            java -Xmx256m -cp "$cp" io.modcache.bench.ScanBenchmark "$dir/gomodcache" 5 ;;
    verify) echo "== verify (vs go mod verify) =="
            java -Xmx512m -cp "$cp" io.modcache.bench.VerifyBenchmark "$dir" ;;
    rules)  echo "== project needs and selection rules =="
            java -Xmx512m -cp "$cp" io.modcache.bench.RulesBenchmark "$dir" 9 ;;
    clean)  echo "== delete everything (vs go clean -modcache and rm -rf) =="
            java -Xmx512m -cp "$cp" io.modcache.bench.CleanBenchmark "$dir/gomodcache" "$dir/clean-copies" 3 ;;
    window) echo "== the window's scan (vs the bare scan), headless software rendering =="
            for priority in background normal; do
              java $headless -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
                io.modcache.bench.WindowScanBenchmark "$dir/gomodcache" 5 $priority 2>&1 | grep -v "^WARNING\|PlatformImpl startup"
            done ;;
    frames) echo "== a full repaint of the window, headless software rendering (vs JavaFX's region cache) =="
            for direct in false true; do
              java $headless -Dprism.disableRegionCaching=$direct -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
                io.modcache.bench.FrameCostBenchmark "$dir/gomodcache" 60 2>&1 | grep -v "^WARNING\|PlatformImpl startup"
            done ;;
    treemap) echo "== the treemap: layout, shading, redraw, headless software rendering =="
            java $headless -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
              io.modcache.bench.TreemapBenchmark "$dir/gomodcache" 20 2>&1 | grep -v "^WARNING\|PlatformImpl startup" ;;
    startup) echo "== opening the window: first paint of the last scan (vs an empty window) =="
            bench/startup.sh "$dir/gomodcache" 5 ;;
    cli)    echo "== the command line, whole process (vs du -s) =="
            bench/cli-startup.sh "$dir/gomodcache" 3 ;;
    *)      echo "unknown benchmark: $b" >&2; exit 2 ;;
  esac
done
