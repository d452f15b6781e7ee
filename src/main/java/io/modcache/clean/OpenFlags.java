package io.modcache.clean;

import com.sun.jna.Platform;

/**
 * The {@code open(2)} flags the lock files need, which differ between systems and, for
 * {@code O_NOFOLLOW}, between Linux architectures.
 *
 * @param create   O_CREAT
 * @param noFollow O_NOFOLLOW, or 0 where unknown (then only the lstat check before opening guards)
 * @param nonBlock O_NONBLOCK: opening a named pipe swapped in meanwhile must not hang
 * @param cloExec  O_CLOEXEC
 * @param eLoop    the errno O_NOFOLLOW gives for a link
 * @param eWouldBlock the errno flock gives when somebody else holds the lock
 */
record OpenFlags(int create, int noFollow, int nonBlock, int cloExec, int eLoop, int eWouldBlock) {

    static final int O_RDWR = 2;

    static OpenFlags forThisPlatform() {
        if (Platform.isMac()) {
            return new OpenFlags(0x200, 0x100, 0x4, 0x1000000, 62, 35);
        }
        String arch = Platform.ARCH;
        int noFollow;
        if (arch.startsWith("x86") || arch.startsWith("riscv") || arch.startsWith("s390") || arch.startsWith("loongarch")) {
            noFollow = 0x20000;
        } else if (arch.startsWith("aarch64") || arch.startsWith("arm") || arch.startsWith("ppc")) {
            noFollow = 0x8000;
        } else {
            noFollow = 0;
        }
        return new OpenFlags(0x40, noFollow, 0x800, 0x80000, 40, 11);
    }
}
