package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.UnixConn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * gonet Unix stream sockets against Go 1.19 and socat, both directions: 1 MiB of random bytes,
 * half-close, the whole echo and a clean EOF. Socket files live in a fresh temporary directory
 * (short path: sun_path holds 108 bytes).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnixInteropTest {
    static final int SIZE = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void goClientDialsOurListener() throws Exception {
        String path = dir.resolve("ours.sock").toString();
        try (Ours.StreamEcho echo = new Ours.StreamEcho(Net.listen("unix", path));
                Proc go = Proc.lines(Peers.goPeer().toString(), "stream-client", "-net", "unix",
                        "-addr", path, "-bytes", "" + SIZE, "-seed", "21")) {
            assertEquals(path, echo.addr().toString(), "listener addr");
            String ok = go.awaitStdout("OK ", Ours.IO_LIMIT);
            assertEquals(0, go.awaitExit(Duration.ofSeconds(5)), "Go client: " + go);
            Ours.Seen seen = echo.next();
            assertEquals("OK " + SIZE + " " + seen.sha256(), ok, "Go's report vs what our server received");
        }
    }

    @Test
    void weDialGoServer() throws Exception {
        String path = dir.resolve("go.sock").toString();
        try (Proc go = Proc.lines(Peers.goPeer().toString(), "stream-echo-server", "-net", "unix", "-addr", path)) {
            assertEquals("LISTEN " + path, go.awaitStdout("LISTEN ", Duration.ofSeconds(10)));
            byte[] data = Ours.random(SIZE, 23);
            try (Conn c = Net.dial("unix", path)) {
                UnixConn uc = assertInstanceOf(UnixConn.class, c);
                assertEquals(path, uc.remoteAddr().toString(), "remoteAddr");
                Ours.assertSameBytes(data, Ours.exchange(c, data), "echo from the Go server");
            }
        }
    }

    @Test
    void socatDialsOurListener() throws Exception {
        String path = dir.resolve("ours.sock").toString();
        byte[] data = Ours.random(SIZE, 25);
        try (Ours.StreamEcho echo = new Ours.StreamEcho(Net.listen("unix", path))) {
            byte[] got = Socat.streamClient("UNIX-CONNECT:" + path, data);
            Ours.assertSameBytes(data, got, "echo through socat");
            assertEquals(Peers.sha256(data), echo.next().sha256(), "what our server received from socat");
        }
    }

    @Test
    void weDialSocatServer() throws Exception {
        String path = dir.resolve("socat.sock").toString();
        try (Socat.Listening s = Socat.echoServer("UNIX-LISTEN:" + path, null, "EXEC:cat")) {
            byte[] data = Ours.random(SIZE, 27);
            try (Conn c = Net.dial("unix", path)) {
                Ours.assertSameBytes(data, Ours.exchange(c, data), "echo from socat");
            }
        }
    }
}
