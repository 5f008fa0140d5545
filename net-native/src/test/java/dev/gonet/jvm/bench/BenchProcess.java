package dev.gonet.jvm.bench;

import java.io.IOException;

/**
 * The life of a benchmark's server process: it says where it listens ({@code LISTEN host:port},
 * the line the scripts wait for) and exits when its standard input closes, so a killed script
 * leaves nothing behind.
 */
final class BenchProcess {
    private BenchProcess() {
    }

    /** Prints {@code LISTEN addr}, then blocks until standard input ends and exits. */
    static void listeningUntilStdinCloses(Object addr) throws IOException {
        System.out.println("LISTEN " + addr);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the benchmark closes our stdin (or dies) when it is done with us
        }
        System.exit(0);
    }
}
