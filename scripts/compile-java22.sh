#!/usr/bin/env bash
# Compiles src/main/java22 (code for Java 22+ runtimes: the folder walk through java.lang.foreign)
# into target/classes with a JDK 22+ found on this machine, for the build's process-classes phase.
# The rest of the code stays --release 17 and loads these classes only on a Java 22+ runtime, so a
# machine without such a JDK builds a jar that walks folders through the JDK, and says so.
# A JDK is looked for in $JAVA22_HOME, $JAVA_HOME, the running java's and /usr/lib/jvm/*.
set -euo pipefail
cd "$(dirname "$0")/.."
feature() { # the feature release of the JDK at $1, from its release file
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true
}
jdk=
for candidate in "${JAVA22_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  f=$(feature "$candidate")
  if [ -n "$f" ] && [ "$f" -ge 22 ]; then jdk=$candidate; break; fi
done
sources=$(find src/main/java22 -name '*.java')
if [ -z "$jdk" ]; then
  echo "[java22] no JDK 22+ here (set JAVA22_HOME): the jar reads folders through the JDK only" >&2
  exit 0
fi
# shellcheck disable=SC2086
"$jdk/bin/javac" --release 22 -encoding UTF-8 -nowarn -proc:none -cp target/classes -d target/classes $sources
