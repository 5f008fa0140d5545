package dev.gonet.jvm.tls;

import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import dev.gonet.testkit.Suite;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code Conn} contract (Go's nettest plus gonet's cases) over TLS: over the buffered
 * {@code mem} network with either end as {@code c1} (the end whose deadlines and close the cases
 * exercise), and over the synchronous {@code Net.pipe()}. Each case gets a freshly handshaken
 * pair, so the cases test the record layer, not the handshake.
 */
class TLSConformanceTest {

    @TestFactory
    Stream<DynamicContainer> conformance() {
        List<Suite> suites = List.of(
                ConnConformance.suite("tls/mem client-first", () -> pair(TLSPairs.mem(TLSPairs.clientConfig(),
                        TLSPairs.serverConfig()), true), ConnTraits.NETWORK),
                ConnConformance.suite("tls/mem server-first", () -> pair(TLSPairs.mem(TLSPairs.clientConfig(),
                        TLSPairs.serverConfig()), false), ConnTraits.NETWORK),
                ConnConformance.suite("tls/pipe", () -> pair(TLSPairs.pipe(TLSPairs.clientConfig(),
                        TLSPairs.serverConfig()), true), ConnTraits.NETWORK));
        return suites.stream().map(s -> DynamicContainer.dynamicContainer(s.name(),
                s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    if (!r.passed()) {
                        throw new AssertionError(r.message());
                    }
                }))));
    }

    private static ConnPairMaker.Pair pair(TLSPairs.Ends e, boolean clientFirst) throws Exception {
        TLSPairs.connected(e);
        return clientFirst ? new ConnPairMaker.Pair(e.client(), e.server(), e::stop)
                : new ConnPairMaker.Pair(e.server(), e.client(), e::stop);
    }
}
