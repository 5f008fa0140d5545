package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.ConnState;
import dev.gonet.http.Flusher;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * gonet's {@link Server} on a loopback listener, plain or TLS, with the handlers the interop
 * clients call. What the server saw is recorded for the tests: connections opened (the
 * {@code ConnState} hook's NEW), each request body as the handler read it, and the error log.
 *
 * <ul>
 * <li>{@code GET /hello}: {@code Hello, World!} as text/plain.
 * <li>{@code POST /sum}: reads the body and answers, in the body and in {@code X-Got},
 * {@code len=N sha=S te=T trailer=V}: its length, SHA-256, transfer coding and the
 * {@code X-Body-Sha256} trailer.
 * <li>{@code POST /reject}: 413 without reading the body.
 * <li>{@code GET /stream?n=N}: N bytes (default 100000) in flushed 4 KiB writes, so the length
 * is unknown when the head goes out; SHA-256 of the body in the trailer {@code X-Sum}.
 * <li>{@code /redirect/{n}}: 302 to {@code /redirect/n-1}, and from 0 a 301 to {@code /hello};
 * {@code POST /redirect307}: 307 to {@code /sum}.
 * </ul>
 */
final class OurHttpServer implements AutoCloseable {
    static final String HELLO = "Hello, World!";

    final Server server;
    final String addr;
    final AtomicInteger opened = new AtomicInteger();
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    private final Thread serving;

    /** Serves on {@code host} (an IP literal), port 0; TLS with {@code pki}'s certificate unless null. */
    OurHttpServer(String host, HttpPKI pki) throws IOException {
        ServeMux mux = new ServeMux();
        mux.handleFunc("GET /hello", (w, r) -> {
            w.header().set("Content-Type", "text/plain");
            w.writeString(HELLO);
        });
        mux.handleFunc("POST /sum", (w, r) -> {
            String got = sum(r);
            seen.add("sum " + got);
            w.header().set("X-Got", got);
            w.writeString(got);
        });
        mux.handleFunc("POST /reject", (w, r) -> {
            seen.add("reject");
            w.writeHeader(413);
        });
        mux.handleFunc("GET /stream", OurHttpServer::stream);
        mux.handleFunc("/redirect/{n}", (w, r) -> {
            int n = Integer.parseInt(r.pathValue("n"));
            Handlers.redirect(w, r, n > 0 ? "/redirect/" + (n - 1) : "/hello", n > 0 ? 302 : 301);
        });
        mux.handleFunc("POST /redirect307", (w, r) -> Handlers.redirect(w, r, "/sum", 307));
        server = new Server("", mux).withErrorLog(log::add).withReadHeaderTimeout(Duration.ofSeconds(20))
                .withConnState((c, s) -> {
                    if (s == ConnState.NEW) {
                        opened.incrementAndGet();
                    }
                });
        Listener ln = Net.listen("tcp", Net.joinHostPort(host, "0"));
        addr = ln.addr().toString();
        serving = Thread.ofVirtual().name("interop-serve").start(() -> {
            try {
                if (pki == null) {
                    server.serve(ln);
                } else {
                    server.serveTLS(ln, pki.certPem, pki.keyPem);
                }
            } catch (IOException e) {
                log.add("serve: " + e);
            }
        });
    }

    /** {@code http(s)://addr/path}. */
    String url(String scheme, String path) {
        return scheme + "://" + addr + path;
    }

    String port() {
        return addr.substring(addr.lastIndexOf(':') + 1);
    }

    private static String sum(Request r) throws IOException {
        MessageDigest md = sha256();
        long len = 0;
        byte[] buf = new byte[8192];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                md.update(buf, 0, n);
                len += n;
            }
        }
        // read after the body's end: only then are trailers known
        return "len=" + len + " sha=" + HexFormat.of().formatHex(md.digest()) + " te="
                + String.join(",", r.transferEncoding()) + " trailer=" + r.trailer().get("X-Body-Sha256");
    }

    private static void stream(ResponseWriter w, Request r) throws IOException {
        String q = r.url().query().get("n");
        int n = q.isEmpty() ? 100_000 : Integer.parseInt(q);
        w.header().set("Content-Type", "application/octet-stream");
        w.header().set("Trailer", "X-Sum");
        byte[] body = pattern(n);
        for (int off = 0; off < n; off += 4096) {
            w.write(body, off, Math.min(4096, n - off));
            ((Flusher) w).flush();
        }
        w.header().set("X-Sum", sha256Hex(body));
    }

    /** The bytes {@code /stream?n=N} sends: a repeating, non-periodic-in-4-KiB pattern. */
    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    static String sha256Hex(byte[] b) {
        return HexFormat.of().formatHex(sha256().digest(b));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        server.close();
        serving.join(Duration.ofSeconds(10));
        assertTrue(!serving.isAlive(), "serve() still running after close");
    }
}
