#!/usr/bin/env bash
# Wraps the jpackage app image into a .deb that installs and removes cleanly with dpkg:
#   /opt/modcache-explorer/                 the app image (launchers, jar, jlink'd runtime, its AOT cache)
#   /usr/bin/modcache-explorer              a link to bin/modcache-explorer-command, which runs the window,
#                                           or the CLI with a subcommand (on the launcher that suits it)
#   /usr/share/applications/…desktop        the menu entry
#   /usr/share/metainfo/…metainfo.xml       AppStream metadata (software centres)
#   /usr/share/icons/hicolor/…              the icon, SVG and PNG sizes
# Every file is dpkg's, so `dpkg -r` leaves nothing behind; menus and icon caches are refreshed
# by the triggers of the packages that own them.
# usage: make-deb.sh APP_IMAGE_DIR VERSION OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
image=$1
version=$2
out=$3
id=io.modcache.ModcacheExplorer
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

"$here/../aot-cache.sh" "$image"

install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/metainfo" "$stage/DEBIAN"
cp -a "$image" "$stage/opt/modcache-explorer"
install -m 755 "$here/modcache-explorer-command" "$stage/opt/modcache-explorer/bin/modcache-explorer-command"
ln -s /opt/modcache-explorer/bin/modcache-explorer-command "$stage/usr/bin/modcache-explorer"
install -m 644 "$here/$id.desktop" "$stage/usr/share/applications/$id.desktop"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%F)/" "$here/$id.metainfo.xml" \
  > "$stage/usr/share/metainfo/$id.metainfo.xml"
chmod 644 "$stage/usr/share/metainfo/$id.metainfo.xml"
for png in "$root"/icons/modcache-explorer-*.png; do
  size=$(basename "$png" .png | sed 's/.*-//')
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/modcache-explorer.png"
done
install -D -m 644 "$root/icons/modcache-explorer.svg" "$stage/usr/share/icons/hicolor/scalable/apps/modcache-explorer.svg"
install -D -m 644 "$root/README.md" "$stage/usr/share/doc/modcache-explorer/README.md"

# the bundled runtime needs what any JavaFX program needs from the system
cat > "$stage/DEBIAN/control" <<CONTROL
Package: modcache-explorer
Version: $version
Section: devel
Priority: optional
Architecture: $arch
Maintainer: Modcache Explorer developers <modcache-explorer@localhost>
Depends: libc6, libgtk-3-0 | libgtk-3-0t64, libxtst6
Recommends: libgl1
Suggests: golang-go
Installed-Size: $(du -sk "$stage" | cut -f1)
Description: See, verify and clean your Go module cache
 Modcache Explorer shows the Go module cache (go env GOMODCACHE) as a tree
 and a treemap, verifies every cached version as go mod verify does, tells
 which of your projects need each version, and deletes what you pick in a
 way a running or later go command survives. The modcache-explorer command
 opens the window, or runs the command line with a subcommand.
CONTROL

mkdir -p "$out"
deb="$out/modcache-explorer_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$stage" "$deb" >/dev/null
echo "built $deb"
