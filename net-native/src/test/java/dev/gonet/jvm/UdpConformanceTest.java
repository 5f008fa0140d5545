package dev.gonet.jvm;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.PacketConn;
import dev.gonet.UDPAddr;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The Conn contract over dialed UDP conns on IPv4 and IPv6 loopback, with the traits of
 * datagrams stated ({@link ConnTraits#DATAGRAM}): no peer close, writes that never block, one
 * datagram per read. gonet's cases run, each checking what UDP does where a stream differs;
 * nettest's stream cases do not.
 */
class UdpConformanceTest {
    static final JvmPlatform PLATFORM = SocketConformanceTest.PLATFORM;

    @TestFactory
    Stream<DynamicContainer> conformance() {
        return Stream.of(
                ConnConformance.suite("udp4", () -> pair("udp4", "127.0.0.1"), ConnTraits.DATAGRAM),
                ConnConformance.suite("udp6", () -> pair("udp6", "[::1]"), ConnTraits.DATAGRAM))
                .map(SocketConformanceTest::container);
    }

    /**
     * Two conns dialed to each other: c1 to a port just freed, c2 bound to that port and dialed
     * to c1's address. (Should anything else take the freed loopback port in between, c2's dial
     * fails and says so.) The kernel may give c1 the freed port itself as its own (seen once in
     * a full run: "bind: address already in use" for c2); then the pair is made again.
     */
    static ConnPairMaker.Pair pair(String network, String host) throws Exception {
        for (int attempt = 1;; attempt++) {
            PacketConn probe = new ListenConfig().withPlatform(PLATFORM).listenPacket(network, host + ":0");
            UDPAddr port = (UDPAddr) probe.localAddr();
            probe.close();
            Conn c1 = new Dialer().withPlatform(PLATFORM).dial(network, port.toString());
            if (((UDPAddr) c1.localAddr()).port() == port.port() && attempt < 5) {
                c1.close();
                continue;
            }
            return pairWith(c1, port, network);
        }
    }

    private static ConnPairMaker.Pair pairWith(Conn c1, UDPAddr port, String network) throws Exception {
        Dialer d = new Dialer().withPlatform(PLATFORM);
        try {
            Conn c2 = d.withLocalAddr(port).dial(network, c1.localAddr().toString());
            return ConnPairMaker.Pair.closing(c1, c2);
        } catch (Exception e) {
            ConnPairMaker.Pair.closeQuietly(c1);
            throw e;
        }
    }
}
