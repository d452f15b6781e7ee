#!/usr/bin/env bash
# Puts JavaFX's native libraries (the .so, .dll or .dylib files at the root of the fat jar) beside
# the app image's jar, in jpackage's input folder. JavaFX looks for them beside its jar first and
# loads them from there as they are; found only inside the jar, they are copied to
# ~/.openjfx/cache on first use and, on every start, read again from the jar and checked against
# those copies with MD5 (cold code on the renderer's and the FX thread's first frames). The jar
# keeps its copies, so it still runs on its own.
# usage: packaging/native-libs-beside-jar.sh JDK JAR
set -euo pipefail
jdk=$1
jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
libs=$("$jdk/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
if [ -z "$libs" ]; then
  echo "native-libs-beside-jar: no native library at the root of $(basename "$jar")" >&2
  exit 0
fi
# shellcheck disable=SC2086
(cd "$(dirname "$jar")" && "$jdk/bin/jar" xf "$jar" $libs)
echo "native-libs-beside-jar: $(echo $libs | wc -w) libraries beside $(basename "$jar")"
