#!/usr/bin/env bash
# Writes a PNG of the real main window, headless (no display needed), in a given state.
# usage: scripts/snapshot.sh CACHE OUT.png [OPTION...]   options: see src/test/java/io/modcache/tools/Screenshots.java
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" io.modcache.tools.Screenshots "$@" \
  2>&1 | grep -v "^WARNING\|PlatformImpl startup"
