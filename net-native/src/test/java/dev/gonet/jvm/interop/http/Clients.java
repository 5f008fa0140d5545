package dev.gonet.jvm.interop.http;

import dev.gonet.http.Client;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.Transport;
import dev.gonet.tls.TLSConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The gonet client as the interop tests use it, and small helpers around responses. */
final class Clients {
    private Clients() {
    }

    /**
     * A fresh transport (its own pool, so connection counts start at zero) that trusts the
     * test CA and ignores proxy variables: a proxy from the environment must not stand
     * between the client and the server under test.
     */
    static Transport transport() {
        return transport(tls());
    }

    static Transport transport(TLSConfig tls) {
        return new Transport().withProxy(null).withTLSConfig(tls);
    }

    /** Trusts exactly the test CA. */
    static TLSConfig tls() {
        return new TLSConfig().withRootCAsPem(HttpPKI.get().caPem);
    }

    /** Reads the body to its end and closes it, so the connection goes back to the pool. */
    static byte[] body(Response r) throws IOException {
        try (InputStream in = r.body()) {
            return in.readAllBytes();
        }
    }

    static String text(Response r) throws IOException {
        return new String(body(r), StandardCharsets.UTF_8);
    }

    /** GETs {@code url} and returns the whole body; fails unless the status is 200. */
    static byte[] getOk(Client c, String url) throws IOException {
        Response r = c.get(url);
        byte[] b = body(r);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + url + ": " + r.status() + " " + new String(b, StandardCharsets.UTF_8));
        }
        return b;
    }

    /** A request whose body has no known length (not a byte array): the client must send it chunked. */
    static Request streaming(String method, String url, byte[] body) throws IOException {
        InputStream in = new java.io.FilterInputStream(new ByteArrayInputStream(body)) {
        };
        return new Request(method, url, in);
    }
}
