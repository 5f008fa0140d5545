package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.TCPConn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gonet TCP against peers that are not gonet: Go 1.19's net package and socat, each dialing our
 * listener and accepting our dial, over 127.0.0.1 and [::1]. Every exchange sends 1 MiB of random
 * bytes, half-closes, and requires the whole echo and a clean EOF on the client; the server side
 * checks (by SHA-256) that it received exactly what the client sent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpInteropTest {
    static final int SIZE = 1 << 20;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tcp4, 127.0.0.1", "tcp6, ::1"})
    void goClientDialsOurListener(String network, String host) throws Exception {
        try (Ours.StreamEcho echo = new Ours.StreamEcho(Net.listen(network, Net.joinHostPort(host, "0")));
                Proc go = Proc.lines(Peers.goPeer().toString(), "stream-client", "-net", network,
                        "-addr", echo.addr().toString(), "-bytes", "" + SIZE, "-seed", "7")) {
            String ok = go.awaitStdout("OK ", Ours.IO_LIMIT);
            assertEquals(0, go.awaitExit(Duration.ofSeconds(5)), "Go client: " + go);
            Ours.Seen seen = echo.next();
            assertEquals("OK " + SIZE + " " + seen.sha256(), ok, "Go's report vs what our server received");
            assertEquals(SIZE, seen.bytes());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tcp4, 127.0.0.1", "tcp6, ::1"})
    void weDialGoServer(String network, String host) throws Exception {
        try (Proc go = Proc.lines(Peers.goPeer().toString(), "stream-echo-server", "-net", network,
                "-addr", Net.joinHostPort(host, "0"))) {
            String addr = go.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring("LISTEN ".length());
            byte[] data = Ours.random(SIZE, 11);
            try (Conn c = Net.dial(network, addr)) {
                TCPConn tc = assertInstanceOf(TCPConn.class, c);
                assertEquals(addr, tc.remoteAddr().toString(), "remoteAddr");
                Ours.assertSameBytes(data, Ours.exchange(c, data), "echo from the Go server");
            }
        }
    }

    /** Several Go clients at once: our listener and echo threads must keep their streams apart. */
    @Test
    void concurrentGoClients() throws Exception {
        int clients = 6;
        try (Ours.StreamEcho echo = new Ours.StreamEcho(Net.listen("tcp", "127.0.0.1:0"))) {
            List<Proc> procs = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    procs.add(Proc.lines(Peers.goPeer().toString(), "stream-client", "-addr", echo.addr().toString(),
                            "-bytes", "" + (SIZE / 4 + i * 1000), "-seed", "" + (100 + i)));
                }
                Set<String> reported = new HashSet<>();
                for (Proc p : procs) {
                    reported.add(p.awaitStdout("OK ", Ours.IO_LIMIT));
                    assertEquals(0, p.awaitExit(Duration.ofSeconds(5)), "Go client: " + p);
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < clients; i++) {
                    Ours.Seen s = echo.next();
                    seen.add("OK " + s.bytes() + " " + s.sha256());
                }
                assertEquals(reported, seen, "what each Go client sent vs what our server received");
            } finally {
                procs.forEach(Proc::close);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TCP4:127.0.0.1:%d, tcp4, 127.0.0.1", "'TCP6:[::1]:%d', tcp6, ::1"})
    void socatDialsOurListener(String connect, String network, String host) throws Exception {
        byte[] data = Ours.random(SIZE, 13);
        try (Ours.StreamEcho echo = new Ours.StreamEcho(Net.listen(network, Net.joinHostPort(host, "0")))) {
            int port = Integer.parseInt(Net.splitHostPort(echo.addr().toString()).port());
            byte[] got = Socat.streamClient(String.format(connect, port), data);
            Ours.assertSameBytes(data, got, "echo through socat");
            Ours.Seen seen = echo.next();
            assertEquals(Peers.sha256(data), seen.sha256(), "what our server received from socat");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'TCP4-LISTEN:%d,bind=127.0.0.1,reuseaddr', tcp4, 127.0.0.1",
            "'TCP6-LISTEN:%d,bind=[::1],reuseaddr', tcp6, ::1"})
    void weDialSocatServer(String listen, String network, String host) throws Exception {
        try (Socat.Listening s = Socat.echoServer(listen, host, "EXEC:cat")) {
            byte[] data = Ours.random(SIZE, 17);
            try (Conn c = Net.dial(network, Net.joinHostPort(host, "" + s.port()))) {
                Ours.assertSameBytes(data, Ours.exchange(c, data), "echo from socat");
            }
        }
    }
}
