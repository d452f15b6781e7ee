#!/usr/bin/env bash
# Rewrites picocli's Java 5 classes in the app image's jar as Java 8 classes (UpgradeOldClasses.java),
# so that the AOT caches hold them: the JVM leaves classes older than Java 6 out of its caches, and
# the command line loaded and verified them from the jar on every start (40-50 ms of `--version`).
# Needs the packaging JDK to be 24 or newer (java.lang.classfile); an older one leaves the jar as it is.
# usage: packaging/upgrade-old-classes.sh JDK JAR
set -euo pipefail
jdk=$1
jar=$2
version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${version%%.*}" -lt 24 ] 2>/dev/null; then
  echo "upgrade-old-classes: JDK $version has no class-file API; picocli stays as it is (and out of the AOT cache)" >&2
  exit 0
fi
"$jdk/bin/java" "$(dirname "$0")/UpgradeOldClasses.java" "$jar" "$jar.upgraded" picocli/
mv "$jar.upgraded" "$jar"
