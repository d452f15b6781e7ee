#!/usr/bin/env bash
# Gives an app image's runtime an ahead-of-time cache (JDK 25+, JEP 483/515) made from a training
# run of the real program (io.modcache.AotTraining: the command line on a small generated cache,
# then the window on it, under Xvfb when there is no display), and tells both launchers to use it.
# The cache is made once here and shipped: JDK 25 accepts it wherever the app image is installed.
# A runtime older than 25 has no AOT cache: the image is left as it is, with a note.
# usage: packaging/aot-cache.sh APP_IMAGE_DIR
set -euo pipefail
image=$(cd "$1" && pwd)
java=$image/lib/runtime/bin/java
jar=$image/lib/app/modcache-explorer.jar
aot=$image/lib/app/modcache-explorer.aot

if ! "$java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  echo "aot-cache: $("$java" -version 2>&1 | head -1) has no AOT cache; build with -Ddist.jdk=<a JDK 25> for a faster start" >&2
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A cache with the shapes the scanner meets: download files, extracted trees, a lock, nested modules.
cache=$work/gomodcache
for m in $(seq 1 40); do
  for v in 1.0.0 1.1.0 2.0.0-pre; do
    dl=$cache/cache/download/example.com/org$((m % 5))/mod$m/@v
    tree=$cache/example.com/org$((m % 5))/mod$m@v$v
    mkdir -p "$dl" "$tree/internal/sub"
    printf 'module example.com/org%d/mod%d\n' $((m % 5)) "$m" > "$dl/v$v.mod"
    printf '{"Version":"v%s","Time":"2024-01-02T03:04:05Z"}\n' "$v" > "$dl/v$v.info"
    printf 'v%s\n' "$v" >> "$dl/list"
    : > "$dl/v$v.lock"
    cp "$dl/v$v.mod" "$tree/go.mod"
    for f in $(seq 1 12); do printf 'package sub\n// %d\n' "$f" > "$tree/internal/sub/f$f.go"; done
  done
done

# JDK 24+ warns when JavaFX 21 and JNA load native code or JavaFX uses sun.misc.Unsafe: allowed, quietly
modern_options="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
# The JVM uses the cache only under the options it was made with: train with the main launcher's.
launcher_options=$(sed -n 's/^java-options=//p' "$image/lib/app/modcache-explorer.cfg" | sed "s#\$APPDIR#$image/lib/app#g" | tr '\n' ' ')
run() {
  "$java" $launcher_options $modern_options -XX:AOTCacheOutput="$aot" -Dmodcache.config.dir="$work/config" -Dmodcache.cache.dir="$work/cache" \
    -Dmodcache.data.dir="$work/data" -Dprism.order=sw -cp "$jar" io.modcache.AotTraining "$cache"
}
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  # xvfb-run runs a command, not a shell function: export what run needs and call bash
  export java jar aot work cache modern_options launcher_options
  xvfb-run -a bash -c "$(declare -f run); run" 2>&1 | grep -v "^\[.*warning\]\[aot" || true
else
  run 2>&1 | grep -v "^\[.*warning\]\[aot" || true
fi
if [ ! -s "$aot" ]; then
  # a package without the cache starts slower but works: do not fail the build for it
  echo "aot-cache: the training run made no cache; the image is left without one" >&2
  rm -f "$aot"
  exit 0
fi

# Both launchers (the main one and the hashing one for verify and repair) use it.
for cfg in "$image"/lib/app/*.cfg; do
  for option in $modern_options '-XX:AOTCache=$APPDIR/modcache-explorer.aot'; do
    printf 'java-options=%s\n' "$option" >> "$cfg"
  done
done
echo "aot-cache: $(du -h "$aot" | cut -f1) cache in $aot"

# The installed command line's own cache (modcache-explorer-command picks it for a subcommand): the
# JVM loads every class of a cache as it starts, and the window's classes cost a command 40-100 ms.
cli_aot=$image/lib/app/modcache-explorer-cli.aot
env -u DISPLAY -u WAYLAND_DISPLAY "$java" $launcher_options $modern_options -XX:AOTCacheOutput="$cli_aot" \
  -Dmodcache.config.dir="$work/config" -Dmodcache.cache.dir="$work/cache" -Dmodcache.data.dir="$work/data" \
  -cp "$jar" io.modcache.AotTraining --command-line-only "$cache" 2>&1 | grep -v "^\[.*warning\]\[aot" || true
if [ -s "$cli_aot" ]; then
  echo "aot-cache: $(du -h "$cli_aot" | cut -f1) command line cache in $cli_aot"
else
  echo "aot-cache: no command line cache; the command line uses the window's" >&2
  rm -f "$cli_aot"
fi
