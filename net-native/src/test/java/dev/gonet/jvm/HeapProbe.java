package dev.gonet.jvm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after garbage collection, for the memory attack tests: what the server still
 * holds, not what it allocated on the way. Collects until two readings agree within 1 MiB (at
 * most ten rounds), so a collection that is still finishing does not count.
 */
public final class HeapProbe {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapProbe() {
    }

    /** Bytes of heap in use once garbage is collected. */
    public static long usedAfterGc() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < (1 << 20)) {
                return Math.min(last, used);
            }
            last = used;
        }
        return last;
    }

    /**
     * Heap in use after GC above {@code base}, measured again (up to five times, 200 ms apart)
     * while it is above {@code expectBelow}: closing conns and the collector take a moment to
     * settle, and a test should judge what stays, not a passing peak.
     */
    static long growthSince(long base, long expectBelow) throws InterruptedException {
        long growth = usedAfterGc() - base;
        for (int i = 0; i < 5 && growth >= expectBelow; i++) {
            Thread.sleep(200);
            growth = usedAfterGc() - base;
        }
        return growth;
    }

    /** {@code bytes} in MiB with one decimal, for the numbers the tests print. */
    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }
}
