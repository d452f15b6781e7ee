#!/usr/bin/env bash
# CI's packaging check, as root on a Debian/Ubuntu machine: installs the .deb that
# `mvn -Pdist package` built (with apt, so missing libraries come from the archive), checks the
# command on PATH (--version, scan --json on a small cache), the menu entry and the AppStream
# metadata with their validators, then removes the package and checks nothing is left.
# usage: packaging/linux/smoke-test.sh path/to/modcache-explorer_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
fail() { echo "packaging smoke test: $*" >&2; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
[ "$(readlink /usr/bin/modcache-explorer)" = /opt/modcache-explorer/bin/modcache-explorer-command ] || fail "no modcache-explorer on PATH"
if [ -e /opt/modcache-explorer/lib/app/modcache-explorer.aot ]; then
  # a cache the JVM rejects is silently ignored: ask it, with each launcher's options, to say so
  for cfg in /opt/modcache-explorer/lib/app/*.cfg; do
    options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's#\$APPDIR#/opt/modcache-explorer/lib/app#g' | tr '\n' ' ')
    # shellcheck disable=SC2086
    log=$(/opt/modcache-explorer/lib/runtime/bin/java $options -Xlog:aot \
      -cp /opt/modcache-explorer/lib/app/modcache-explorer.jar io.modcache.Launcher --version 2>&1)
    grep -q "Using AOT-linked classes: true" <<< "$log" || fail "$(basename "$cfg"): the installed AOT cache is not used: $log"
  done
fi

if [ -e /opt/modcache-explorer/lib/app/modcache-explorer-cli.aot ]; then
  # the command line starts on its own cache; -Xlog:aot names the one in use
  log=$(JDK_JAVA_OPTIONS=-Xlog:aot modcache-explorer --version 2>&1)
  grep -q "Using AOT-linked classes: true" <<< "$log" || fail "the command line's AOT cache is not used: $log"
  grep -q "modcache-explorer-cli.aot" <<< "$log" || fail "the command line does not start on its own AOT cache: $log"
fi

version=$(modcache-explorer --version)
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
case "$version" in
  "modcache-explorer $expected"*) ;;
  *) fail "--version says '$version', the package is $expected" ;;
esac

cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
mkdir -p "$cache/cache/download/example.com/hello/@v" "$cache/example.com/hello@v1.0.0"
printf 'package hello\n' > "$cache/example.com/hello@v1.0.0/hello.go"
printf 'module example.com/hello\n' > "$cache/cache/download/example.com/hello/@v/v1.0.0.mod"
printf '{"Version":"v1.0.0","Time":"2024-01-02T03:04:05Z"}\n' > "$cache/cache/download/example.com/hello/@v/v1.0.0.info"
report=$(modcache-explorer scan --json --cache "$cache")
grep -q '"path" *: *"example.com/hello"' <<< "$report" || fail "scan --json did not list example.com/hello: $report"
grep -q '"version" *: *"v1.0.0"' <<< "$report" || fail "scan --json did not list v1.0.0"
if [ -e /opt/modcache-explorer/lib/app/modcache-explorer.aot ]; then
  # the window runs with options of its own (the command adds -Xmn32m): the JVM must keep the cache
  # with them; with no display the window stops right after the JVM has started
  log=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$cache/home" JDK_JAVA_OPTIONS=-Xlog:aot timeout 60 \
    modcache-explorer --cache "$cache" 2>&1 || true)
  grep -q "Using AOT-linked classes: true" <<< "$log" || fail "the window's AOT cache is not used: $log"
fi
if command -v strace >/dev/null 2>&1; then
  # on the bundled Java 25 the scan reads version trees as du does: statx of a bare name, relative
  # to the open folder (the JDK's own walk gives statx the full path)
  calls=$(strace -f -e trace=statx modcache-explorer scan --json --cache "$cache" 2>&1 >/dev/null)
  grep -q 'statx([0-9]*, "hello.go"' <<< "$calls" || fail "the scan does not read folders through java.lang.foreign: $(grep hello.go <<< "$calls")"
fi

desktop-file-validate /usr/share/applications/io.modcache.ModcacheExplorer.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.modcache.ModcacheExplorer.metainfo.xml
[ -f /usr/share/icons/hicolor/scalable/apps/modcache-explorer.svg ] || fail "no scalable icon"
[ -f /usr/share/icons/hicolor/256x256/apps/modcache-explorer.png ] || fail "no 256px icon"

dpkg -r modcache-explorer >/dev/null
for left in /usr/bin/modcache-explorer /opt/modcache-explorer /usr/share/applications/io.modcache.ModcacheExplorer.desktop \
            /usr/share/metainfo/io.modcache.ModcacheExplorer.metainfo.xml /usr/share/icons/hicolor/scalable/apps/modcache-explorer.svg; do
  [ ! -e "$left" ] && [ ! -L "$left" ] || fail "$left is left after dpkg -r"
done
echo "packaging smoke test: installed, ran, validated and removed $(basename "$deb")"
