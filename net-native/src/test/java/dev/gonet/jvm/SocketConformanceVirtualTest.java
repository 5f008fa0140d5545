package dev.gonet.jvm;

import dev.gonet.testkit.Threads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SocketConformanceTest} with every case and helper thread virtual. In the default
 * {@code vpoller} mode a platform thread waits on a selector of its own and a virtual thread
 * through the poller (see {@code PollDesc}), so Go's conformance suite runs over both paths.
 */
class SocketConformanceVirtualTest extends SocketConformanceTest {
    private static Threads.Maker before;

    @BeforeAll
    static void virtualThreads() {
        before = Threads.use((body, name) -> Thread.ofVirtual().name(name).unstarted(body));
    }

    @AfterAll
    static void platformThreadsAgain() {
        Threads.use(before);
    }
}
