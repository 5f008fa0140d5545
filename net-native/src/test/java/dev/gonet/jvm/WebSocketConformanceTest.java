package dev.gonet.jvm;

import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.ws.WsConnSuites;
import dev.gonet.ws.WebSocketConn;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite over WebSocket on real sockets: {@code Net.dial("ws", url)} through
 * {@link JvmPlatform} to {@code WebSocket.handler} served by our {@code Server} on IPv4 and IPv6
 * loopback. Both ends are checked as c1: the client ({@code ws/tcp4}, {@code ws/tcp6}) and the
 * server's end ({@code ws/tcp4 server end}). TLS ({@code wss}) is in {@code tls.WssTest}.
 */
class WebSocketConformanceTest {
    static final JvmPlatform PLATFORM = SocketConformanceTest.PLATFORM;

    @TestFactory
    Stream<DynamicContainer> conformance() {
        return Stream.of(
                ConnConformance.suite("ws/tcp4", () -> pair("127.0.0.1:0"), ConnTraits.NETWORK),
                ConnConformance.suite("ws/tcp6", () -> pair("[::1]:0"), ConnTraits.NETWORK),
                ConnConformance.suite("ws/tcp4 server end", () -> swap(pair("127.0.0.1:0")), ConnTraits.NETWORK))
                .map(SocketConformanceTest::container);
    }

    /** Client (c1) dialed with {@code Net.dial("ws", ...)} semantics, server end (c2) from the handler. */
    static ConnPairMaker.Pair pair(String listenAddr) throws Exception {
        Listener ln = new ListenConfig().withPlatform(PLATFORM).listen("tcp", listenAddr);
        String url = "ws://" + ln.addr() + "/conformance";
        return WsConnSuites.pair(ln, PLATFORM,
                () -> (WebSocketConn) new Dialer().withPlatform(PLATFORM).dial("ws", url));
    }

    static ConnPairMaker.Pair swap(ConnPairMaker.Pair p) {
        return new ConnPairMaker.Pair(p.c2(), p.c1(), p.stop());
    }
}
