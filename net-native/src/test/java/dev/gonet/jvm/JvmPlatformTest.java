package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.spi.Platforms;
import dev.gonet.testkit.PlatformContract;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class JvmPlatformTest {

    @TestFactory
    Stream<DynamicTest> platformContract() {
        return PlatformContract.suite(JvmPlatform.NAME,
                        // tcp* and unix work (SocketConformanceTest); the JDK has no unixgram,
                        // unixpacket or raw IP sockets.
                        List.of("unixgram", "unixpacket", "ip4:icmp", "ip6:ipv6-icmp", "ip:1",
                                "udp", "udp4", "udp6"),
                        List.of("unixgram", "unixpacket", "ip4:1", "udp"))
                .cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    assertTrue(r.passed(), r.message());
                }));
    }

    @Test
    void threadsAreVirtual() throws Exception {
        BlockingQueue<Boolean> virtual = new ArrayBlockingQueue<>(1);
        Thread t = Platforms.get().startThread("probe", () -> virtual.add(Thread.currentThread().isVirtual()));
        assertEquals(Boolean.TRUE, virtual.poll(5, TimeUnit.SECONDS));
        assertEquals("probe", t.getName());
    }

    @Test
    void platformIsTheJvmOne() {
        assertTrue(Platforms.get() instanceof JvmPlatform, Platforms.get().getClass().getName());
    }
}
