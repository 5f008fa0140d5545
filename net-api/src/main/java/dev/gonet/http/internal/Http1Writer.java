package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.Status;
import dev.gonet.internal.Ascii;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes HTTP/1.1 message heads as Go's {@code net/http} does: the status line with
 * {@link Status#statusText}, header fields sorted by key ({@link Header#writeTo}), CRLF line
 * ends. Bodies are written by the caller, raw or through {@link ChunkedOutputStream}.
 *
 * <p>The framing fields (Content-Length, Transfer-Encoding) are the caller's to put in the
 * header; this class writes what it is given and validates only what would corrupt the head
 * itself: the method, request target and Host (an {@link IllegalArgumentException} with Go's
 * text). Stateless and thread-safe.
 */
public final class Http1Writer {
    private Http1Writer() {
    }

    /**
     * Go's {@code writeStatusLine}: {@code HTTP/1.1 404 Not Found\r\n}; an unregistered code is
     * written as Go does, {@code HTTP/1.1 599 status code 599\r\n}.
     */
    public static String statusLine(int protoMinor, int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("invalid WriteHeader code " + code);
        }
        // Every response starts with one: keep the common ones instead of concatenating anew.
        // Racy but benign: a String is immutable, so a reader sees null or the whole line.
        if (code < 600) {
            String[] cache = protoMinor == 0 ? STATUS_LINES_10 : STATUS_LINES_11;
            String line = cache[code - 100];
            if (line == null) {
                cache[code - 100] = line = makeStatusLine(protoMinor, code);
            }
            return line;
        }
        return makeStatusLine(protoMinor, code);
    }

    private static final String[] STATUS_LINES_10 = new String[500];
    private static final String[] STATUS_LINES_11 = new String[500];

    private static String makeStatusLine(int protoMinor, int code) {
        String text = Status.statusText(code);
        String proto = protoMinor == 0 ? "HTTP/1.0 " : "HTTP/1.1 ";
        return text.isEmpty() ? proto + code + " status code " + code + "\r\n" : proto + code + " " + text + "\r\n";
    }

    /**
     * The status line, {@code header} sorted by key, and the blank line, in one write to
     * {@code out}. The fields go through {@link Header#writeTo}, the one writer of fields.
     */
    public static void writeResponseHead(OutputStream out, int protoMinor, int code, Header header)
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        b.write(Ascii.bytes(statusLine(protoMinor, code)));
        header.writeTo(b);
        b.write(CRLF);
        out.write(b.toByteArray());
    }

    private static final byte[] CRLF = {'\r', '\n'};

    /**
     * Go's {@code Request.write} order: the request line, {@code Host}, {@code User-Agent} (if
     * in {@code header}), then the other fields sorted; any Host in {@code header} is ignored
     * in favour of {@code host}.
     */
    public static void writeRequestHead(OutputStream out, String method, String requestURI, String host,
            Header header) throws IOException {
        if (!Ascii.isToken(method)) {
            throw new IllegalArgumentException("net/http: invalid method " + Ascii.quote(method));
        }
        if (requestURI.isEmpty()) {
            throw new IllegalArgumentException("net/http: empty request URI");
        }
        for (int i = 0; i < requestURI.length(); i++) {
            char c = requestURI.charAt(i);
            if (c <= ' ' || c == 0x7f || c >= 0x80) {
                throw new IllegalArgumentException("net/http: can't write control character in Request.URL");
            }
        }
        if (!Framing.validHost(host)) {
            throw new IllegalArgumentException("http: invalid Host header");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        b.write(Ascii.bytes(method + " " + requestURI + " HTTP/1.1\r\nHost: " + host + "\r\n"));
        // User-Agent first, then the rest without Host and User-Agent: both through Header's
        // writer, so every field gets its rules (names checked, CR/LF and controls never sent).
        Header first = new Header();
        for (String ua : header.values("User-Agent")) {
            first.add("User-Agent", ua);
        }
        first.writeTo(b);
        Header rest = header.clone();
        rest.del("Host");
        rest.del("User-Agent");
        rest.writeTo(b);
        b.write(CRLF);
        out.write(b.toByteArray());
    }
}
