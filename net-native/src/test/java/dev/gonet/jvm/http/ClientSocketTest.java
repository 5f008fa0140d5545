package dev.gonet.jvm.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetError;
import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.ConnState;
import dev.gonet.http.Http;
import dev.gonet.http.Response;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.http.Transport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client over real sockets: loopback TCP (IPv4 and IPv6) and a Unix socket, with the default platform. */
class ClientSocketTest {
    @TempDir
    Path dir;

    /** Our server on {@code network}/{@code address}, counting its connections. */
    static final class Served implements AutoCloseable {
        final Server server;
        final Listener ln;
        final List<ConnState> states = Collections.synchronizedList(new ArrayList<>());

        Served(String network, String address, UnaryOperator<Server> config) throws IOException {
            ServeMux mux = new ServeMux();
            mux.handleFunc("/echo", (w, r) -> w.write(r.body().readAllBytes()));
            mux.handleFunc("/big", (w, r) -> {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 32; i++) {
                    w.write(chunk);
                }
            });
            mux.handleFunc("/", (w, r) -> w.writeString("hello from " + r.host()));
            server = config.apply(new Server("", mux).withConnState((c, s) -> states.add(s)));
            ln = Net.listen(network, address);
            Thread.ofVirtual().start(() -> {
                try {
                    server.serve(ln);
                } catch (IOException e) {
                    // closed
                }
            });
        }

        int connections() {
            synchronized (states) {
                return (int) states.stream().filter(s -> s == ConnState.NEW).count();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static String read(Response r) throws IOException {
        try (InputStream b = r.body()) {
            return new String(b.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void connectionRefusedInGosWords() {
        IOException e = assertThrows(IOException.class, () -> Http.get("http://127.0.0.1:1/"));
        assertEquals("Get \"http://127.0.0.1:1/\": dial tcp 127.0.0.1:1: connect: connection refused", e.getMessage());
        assertTrue(e instanceof ClientException);
        assertTrue(!((NetError) e).isTimeout());
    }

    @Test
    void loopbackTcpBothFamiliesWithPooling() throws Exception {
        for (String addr : List.of("127.0.0.1:0", "[::1]:0")) {
            try (Served s = new Served("tcp", addr, srv -> srv)) {
                Transport t = new Transport();
                Client c = new Client(t);
                String base = "http://" + s.ln.addr() + "/";
                for (int i = 0; i < 4; i++) {
                    assertTrue(read(c.get(base)).startsWith("hello from " + s.ln.addr()), addr);
                }
                byte[] body = new byte[300_000];
                new java.util.Random(1).nextBytes(body);
                Response echo = c.post(base + "echo", "application/octet-stream", new ByteArrayInputStream(body));
                assertTrue(java.util.Arrays.equals(body, echo.body().readAllBytes()));
                echo.body().close();
                assertEquals(2 << 20, c.get(base + "big").body().readAllBytes().length);
                assertEquals("hello from " + s.ln.addr(), read(c.get(base)));
                assertEquals(1, s.connections(), addr + ": one connection for everything");
                t.closeIdleConnections();
            }
        }
    }

    @Test
    void serverClosingIdleConnectionsOverTcp() throws Exception {
        try (Served s = new Served("tcp", "127.0.0.1:0", srv -> srv.withIdleTimeout(Duration.ofMillis(50)))) {
            Client c = new Client(new Transport());
            String base = "http://" + s.ln.addr() + "/";
            read(c.get(base));
            Thread.sleep(200);
            assertTrue(read(c.get(base)).startsWith("hello"), "a fresh connection after the server closed the idle one");
            read(c.post(base + "echo", "text/plain", "after".getBytes()));
            assertEquals(2, s.connections());
            c.closeIdleConnections();
        }
    }

    @Test
    void httpOverAUnixSocket() throws Exception {
        String path = dir.resolve("http.sock").toString();
        try (Served s = new Served("unix", path, srv -> srv)) {
            Transport t = new Transport().withDial((network, addr) -> Net.dial("unix", path));
            Client c = new Client(t);
            assertEquals("hello from unix", read(c.get("http://unix/")));
            assertEquals("via unix", read(c.post("http://unix/echo", "text/plain", "via unix".getBytes())));
            assertEquals(1, s.connections());
            t.closeIdleConnections();
        }
        assertTrue(!Files.exists(Path.of(path)), "the server removed its socket file");
    }

    @Test
    void clientTimeoutOverTcp() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handleFunc("/", (w, r) -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Server srv = new Server("", mux);
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // closed
            }
        });
        try {
            Client c = new Client(new Transport()).withTimeout(Duration.ofMillis(200));
            IOException e = assertThrows(IOException.class, () -> c.get("http://" + ln.addr() + "/"));
            assertEquals("Get \"http://" + ln.addr() + "/\": context deadline exceeded "
                    + "(Client.Timeout exceeded while awaiting headers)", e.getMessage());
            assertTrue(((NetError) e).isTimeout());
        } finally {
            srv.close();
        }
    }
}
