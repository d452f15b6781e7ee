#!/usr/bin/env python3
"""Gives a module cache made in one sitting the access times of one used for a year: the newest
version of each module was read recently, older ones further back (up to about 15 months), by a
per-module rhythm. Only access times change (modification times stay), on regular files, never
through a link. For screenshots and rule benchmarks on a freshly built cache.

usage: scripts/age-cache.py GOMODCACHE
"""
import hashlib
import os
import re
import sys
import time

DAY = 86400


def version_key(v):
    # enough of Go's order for made-up caches: numeric major.minor.patch, pre-releases before releases
    m = re.match(r"v(\d+)\.(\d+)\.(\d+)(-[^+]*)?", v)
    if not m:
        return (0, 0, 0, 0, v)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 0 if m.group(4) else 1, v)


def main(root):
    now = time.time()
    modules = {}
    download = os.path.join(root, "cache", "download")
    for dirpath, dirnames, _ in os.walk(root):
        if dirpath.startswith(os.path.join(root, "cache")):
            dirnames[:] = []
            continue
        for d in list(dirnames):
            if "@" in d:
                dirnames.remove(d)
                path, version = d.split("@", 1)
                module = os.path.relpath(os.path.join(dirpath, path), root)
                modules.setdefault(module, []).append(version)
    for module, versions in modules.items():
        seed = int(hashlib.sha256(module.encode()).hexdigest()[:8], 16)
        step = 12 + seed % 50                  # days between the uses of successive versions
        fresh = seed % 40                      # days since the newest was read
        for rank, version in enumerate(sorted(versions, key=version_key, reverse=True)):
            atime = now - (fresh + rank * step) * DAY
            targets = [os.path.join(root, module + "@" + version)]
            at_v = os.path.join(download, module, "@v")
            targets += [os.path.join(at_v, version + ext) for ext in (".zip", ".mod", ".info", ".ziphash", ".lock", ".partial")]
            for t in targets:
                touch(t, atime)


def touch(path, atime):
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if os.path.islink(path):
        return
    if os.path.isdir(path):
        for dirpath, _, files in os.walk(path):
            for f in files:
                touch_file(os.path.join(dirpath, f), atime)
    else:
        touch_file(path, atime)


def touch_file(path, atime):
    st = os.lstat(path)
    if not os.path.islink(path) and os.path.isfile(path):
        os.utime(path, ns=(int(atime * 1e9), st.st_mtime_ns), follow_symlinks=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
