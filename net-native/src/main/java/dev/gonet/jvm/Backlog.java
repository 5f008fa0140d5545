package dev.gonet.jvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Go's listen backlog: {@code /proc/sys/net/core/somaxconn} (Go's {@code maxListenerBacklog}),
 * not the JDK's 50, which drops connections under bursts Go servers take in stride.
 */
final class Backlog {
    private static final int DEFAULT = read();

    private Backlog() {
    }

    /** {@code requested} when positive, else the system maximum. */
    static int of(int requested) {
        return requested > 0 ? requested : DEFAULT;
    }

    private static int read() {
        // Not Files.readString: under gVisor a /proc file reports size 0 and readString returns
        // only the first byte ("4" for 4096), which made every listener's backlog 4.
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/sys/net/core/somaxconn"))) {
            String line = r.readLine();
            int n = line == null ? 0 : Integer.parseInt(line.trim());
            // The kernel field is 16 bits wide on older kernels (Go caps it the same way).
            return n <= 0 ? 128 : Math.min(n, 65535);
        } catch (IOException | RuntimeException e) {
            return 128; // Go's syscall.SOMAXCONN fallback
        }
    }
}
