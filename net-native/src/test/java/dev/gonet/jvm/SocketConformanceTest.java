package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import dev.gonet.testkit.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's nettest conformance suite plus gonet's contract cases over real sockets: TCP on IPv4 and
 * IPv6 loopback and Unix stream sockets, each case a visible test. The server end is accepted on
 * a virtual thread, so conn I/O runs on virtual threads as well as on the runner's threads
 * (platform threads here; {@link SocketConformanceVirtualTest} runs them all on virtual threads).
 */
class SocketConformanceTest {
    static final JvmPlatform PLATFORM = new JvmPlatform();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicContainer> conformance() {
        return Stream.of(
                ConnConformance.suite("tcp4", () -> pair("tcp", "127.0.0.1:0"), ConnTraits.NETWORK),
                ConnConformance.suite("tcp6", () -> pair("tcp", "[::1]:0"), ConnTraits.NETWORK),
                ConnConformance.suite("unix", () -> pair("unix", Files.createTempFile(dir, "c", ".sock")
                        .toString()), ConnTraits.NETWORK))
                .map(SocketConformanceTest::container);
    }

    static DynamicContainer container(Suite s) {
        return DynamicContainer.dynamicContainer(s.name(), s.cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    assertTrue(r.passed(), r.message());
                })));
    }

    /** A listener, a dialed end and its accepted peer (accepted on a virtual thread). */
    static ConnPairMaker.Pair pair(String network, String address) throws Exception {
        if (network.equals("unix")) {
            Files.deleteIfExists(Path.of(address)); // createTempFile made a plain file; the socket takes its name
        }
        Listener ln = new ListenConfig().withPlatform(PLATFORM).listen(network, address);
        BlockingQueue<Object> accepted = new ArrayBlockingQueue<>(1);
        Thread.ofVirtual().start(() -> {
            try {
                accepted.add(ln.accept());
            } catch (Exception e) {
                accepted.add(e);
            }
        });
        Conn c1 = new Dialer().withPlatform(PLATFORM).dial(network, ln.addr().toString());
        Object a = accepted.poll(10, TimeUnit.SECONDS);
        ln.close();
        if (!(a instanceof Conn c2)) {
            c1.close();
            throw new AssertionError("accept: " + a);
        }
        return ConnPairMaker.Pair.closing(c1, c2);
    }
}
