package dev.gonet.http;

import dev.gonet.http.internal.ChunkedOutputStream;
import dev.gonet.http.internal.Framing;
import dev.gonet.internal.Ascii;
import dev.gonet.internal.Punycode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code Request.write} and the request half of its {@code transferWriter}: the head in
 * Go's byte order and the body in its framing.
 *
 * <p>Head order: request line; {@code Host}; {@code User-Agent} (Go's default unless the caller
 * set one, none if set to ""); {@code Connection: close} when asked; {@code Content-Length} or
 * {@code Transfer-Encoding: chunked}; {@code Trailer}; the caller's other fields sorted; the
 * transport's own fields ({@code Accept-Encoding}, {@code Proxy-Authorization}, ...) sorted.
 */
final class RequestWriter {
    /** Go's {@code defaultUserAgent}: servers and tests expect Go's client to look like this. */
    static final String DEFAULT_USER_AGENT = "Go-http-client/1.1";

    private static final List<String> EXCLUDED = List.of("Host", "User-Agent", "Content-Length",
            "Transfer-Encoding", "Trailer");

    private RequestWriter() {
    }

    /** Go's {@code requestMethodUsuallyLacksBody}: methods whose unknown-length body is probed. */
    static boolean usuallyLacksBody(String method) {
        return switch (method) {
            case "GET", "HEAD", "DELETE", "OPTIONS", "PROPFIND", "SEARCH" -> true;
            default -> false;
        };
    }

    /**
     * The head for {@code r}. {@code length} is the outgoing length (0 none, -1 chunked);
     * {@code usingProxy} writes the target in absolute form.
     */
    static byte[] head(Request r, boolean usingProxy, Header extra, long length) throws IOException {
        String host = cleanHost(r.host());
        if (host.isEmpty()) {
            host = cleanHost(r.url().host());
        }
        host = removeZone(host);
        String ruri = r.url().requestURI();
        if (usingProxy && !r.url().scheme().isEmpty() && r.url().opaque().isEmpty()) {
            ruri = r.url().scheme() + "://" + host + ruri;
        } else if (r.method().equals("CONNECT") && r.url().path().isEmpty()) {
            ruri = r.url().opaque().isEmpty() ? host : r.url().opaque();
        }
        for (int i = 0; i < ruri.length(); i++) {
            char c = ruri.charAt(i);
            if (c < ' ' || c == 0x7f) {
                throw new IOException("net/http: can't write control character in Request.URL");
            }
        }
        if (!Framing.validHost(host)) {
            throw new IOException("http: invalid Host header");
        }
        StringBuilder b = new StringBuilder(256);
        b.append(r.method()).append(' ').append(ruri).append(" HTTP/1.1\r\n");
        b.append("Host: ").append(host).append("\r\n");
        Header h = r.header();
        String ua = Header.wireValue(h.has("User-Agent") ? h.get("User-Agent") : DEFAULT_USER_AGENT);
        if (ua != null && !ua.isEmpty()) {
            b.append("User-Agent: ").append(ua).append("\r\n");
        }
        if (r.wantsClose() && !Framing.containsToken(h.values("Connection"), "close")) {
            b.append("Connection: close\r\n");
        }
        if (sendContentLength(r.method(), length)) {
            b.append("Content-Length: ").append(length).append("\r\n");
        } else if (length < 0) {
            b.append("Transfer-Encoding: chunked\r\n");
        }
        List<String> trailerKeys = trailerKeys(r.trailer());
        if (!trailerKeys.isEmpty()) {
            b.append("Trailer: ").append(String.join(",", trailerKeys)).append("\r\n");
        }
        h.appendTo(b, EXCLUDED);
        if (extra != null) {
            extra.appendTo(b, null);
        }
        return Ascii.bytes(b.append("\r\n").toString());
    }

    /** Go's {@code shouldSendContentLength} for a request that is not chunked. */
    private static boolean sendContentLength(String method, long length) {
        if (length > 0) {
            return true;
        }
        if (length < 0) {
            return false;
        }
        // Many servers expect a Content-Length for these methods, even when it is 0.
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static List<String> trailerKeys(Header trailer) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String k : trailer.keys()) {
            k = Header.canonicalKey(k);
            if (k.equals("Transfer-Encoding") || k.equals("Trailer") || k.equals("Content-Length")) {
                throw new IOException("invalid Trailer key " + Ascii.quote(k));
            }
            keys.add(k);
        }
        keys.sort(Ascii::compareGo);
        return keys;
    }

    /**
     * Writes {@code body}: exactly {@code length} bytes, or chunked (with {@code trailer}) when
     * {@code length} is -1. A body that is shorter or longer than announced fails with Go's
     * {@code http: ContentLength=N with Body length M}; a failure of the body itself is a
     * {@link BodyReadException}, so it can be told apart from a connection failure.
     */
    static void body(InputStream body, long length, Header trailer, OutputStream out) throws IOException {
        byte[] buf = new byte[32 * 1024];
        if (length < 0) {
            ChunkedOutputStream chunked = new ChunkedOutputStream(out, trailer);
            for (int n; (n = read(body, buf, buf.length)) >= 0;) {
                chunked.write(buf, 0, n);
            }
            chunked.close();
            return;
        }
        long copied = 0;
        while (copied < length) {
            int n = read(body, buf, (int) Math.min(buf.length, length - copied));
            if (n < 0) {
                break;
            }
            out.write(buf, 0, n);
            copied += n;
        }
        if (copied == length) {
            // Go reads on to be sure the body really ends here.
            for (int n; (n = read(body, buf, buf.length)) >= 0;) {
                copied += n;
            }
        }
        if (copied != length) {
            throw new IOException("http: ContentLength=" + length + " with Body length " + copied);
        }
    }

    private static int read(InputStream body, byte[] buf, int len) throws BodyReadException {
        try {
            int n;
            do {
                n = body.read(buf, 0, len);
            } while (n == 0);
            return n;
        } catch (IOException e) {
            throw new BodyReadException(e);
        }
    }

    /** A failure reading the caller's request body (Go's {@code requestBodyReadError}). */
    static final class BodyReadException extends IOException {
        BodyReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Go's {@code cleanHost}: cut at a space or slash, host part in ASCII. */
    static String cleanHost(String in) {
        for (int i = 0; i < in.length(); i++) {
            if (in.charAt(i) == ' ' || in.charAt(i) == '/') {
                in = in.substring(0, i);
                break;
            }
        }
        if (Punycode.isASCII(in)) {
            return in;
        }
        try {
            dev.gonet.HostPort hp = dev.gonet.HostPort.split(in);
            String a = Punycode.toASCII(hp.host());
            return a == null ? in : dev.gonet.HostPort.join(a, hp.port());
        } catch (dev.gonet.AddrException e) {
            String a = Punycode.toASCII(in);
            return a == null ? in : a;
        }
    }

    /** Go's {@code removeZone}: RFC 6874 says an IPv6 zone never leaves the host. */
    static String removeZone(String host) {
        if (!host.startsWith("[")) {
            return host;
        }
        int i = host.lastIndexOf(']');
        if (i < 0) {
            return host;
        }
        int j = host.lastIndexOf('%', i);
        if (j < 0) {
            return host;
        }
        return host.substring(0, j) + host.substring(i);
    }
}
