package dev.gonet.jvm.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetError;
import dev.gonet.http.Handler;
import dev.gonet.http.Header;
import dev.gonet.http.Server;
import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.ResponseHead;
import dev.gonet.jvm.JvmPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** A {@link Server} on a real loopback TCP listener (127.0.0.1, port 0), and a raw client for it. */
final class TcpServer implements AutoCloseable {
    static final JvmPlatform PLATFORM = new JvmPlatform();
    static final Dialer DIALER = new Dialer().withPlatform(PLATFORM);

    final Server server;
    final Listener listener;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Thread serving;

    TcpServer(Handler h, UnaryOperator<Server> config) throws IOException {
        server = config.apply(new Server("127.0.0.1:0", h).withPlatform(PLATFORM).withErrorLog(log::add));
        listener = new ListenConfig().withPlatform(PLATFORM).listen("tcp", "127.0.0.1:0");
        serving = Thread.ofVirtual().start(() -> {
            try {
                server.serve(listener);
            } catch (IOException e) {
                log.add("serve: " + e);
            }
        });
    }

    TcpServer(Handler h) throws IOException {
        this(h, s -> s);
    }

    Client dial() throws IOException {
        return new Client(DIALER.dial("tcp", listener.addr().toString()));
    }

    void awaitServeReturned() throws InterruptedException {
        assertTrue(serving.join(Duration.ofSeconds(10)), "serve() still running");
    }

    @Override
    public void close() throws Exception {
        server.close();
        awaitServeReturned();
    }

    /** A response read to its end. */
    record Resp(ResponseHead head, byte[] body, Header trailer) {
        int status() {
            return head.statusCode();
        }

        String get(String k) {
            return head.header().get(k);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A raw HTTP/1.1 client over one TCP connection, parsing with the codec. */
    static final class Client implements AutoCloseable {
        final Conn conn;
        final Http1Reader reader;

        Client(Conn conn) {
            this.conn = conn;
            this.reader = new Http1Reader(conn.inputStream());
        }

        void send(String wire) throws IOException {
            conn.write(wire.getBytes(StandardCharsets.ISO_8859_1));
        }

        Resp read(String method) throws IOException {
            conn.setReadDeadline(Instant.now().plusSeconds(10));
            ResponseHead h;
            do {
                h = reader.readResponse(method);
            } while (h.isInterim());
            InputStream in = reader.body(h);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return new Resp(h, out.toByteArray(), in instanceof ChunkedInputStream c ? c.trailer() : new Header());
        }

        /** True when the server closed (EOF or reset) within {@code d}; false on a timeout. */
        boolean closedWithin(Duration d) throws IOException {
            conn.setReadDeadline(Instant.now().plus(d));
            try {
                int n = reader.source().read(new byte[256], 0, 256);
                if (n >= 0) {
                    throw new AssertionError("unexpected bytes after the response");
                }
                return true;
            } catch (IOException e) {
                if (e instanceof NetError ne && ne.isTimeout()) {
                    return false;
                }
                return true;
            }
        }

        @Override
        public void close() {
            try {
                conn.close();
            } catch (IOException e) {
                // closed already
            }
        }
    }
}
