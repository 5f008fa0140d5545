package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.util.List;

/**
 * The request line ({@code method SP request-target SP HTTP-version}, RFC 9112 §3) and the
 * checks that need the whole head (Host, framing), in Go's order where Go has one.
 */
record RequestLine(String method, String target, URL url, int minor) {

    static final String MALFORMED = "malformed HTTP request";

    static RequestLine parse(byte[] b, int n) throws ProtocolException {
        return parse(b, n, new HeadStrings());
    }

    /** As {@link #parse(byte[], int)}, the method and a repeated target's string from {@code strings}. */
    static RequestLine parse(byte[] b, int n, HeadStrings strings) throws ProtocolException {
        int sp1 = -1;
        int sp2 = -1;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == ' ') {
                if (sp1 < 0) {
                    sp1 = i;
                } else if (sp2 < 0) {
                    sp2 = i;
                } else {
                    // a space inside the target, or a trailing one: Go reads the rest as the
                    // version; RFC 9112 §3 allows exactly two single spaces.
                    throw new ProtocolException(400, MALFORMED, Ascii.string(b, 0, n));
                }
            } else if (Ascii.isCTL(c)) {
                throw new ProtocolException(400, MALFORMED, Ascii.string(b, 0, n));
            }
        }
        if (sp2 < 0 || sp2 == sp1 + 1) {
            throw new ProtocolException(400, MALFORMED, Ascii.string(b, 0, n));
        }
        String method = HeadStrings.method(b, sp1);
        if (!Ascii.isToken(method)) {
            throw new ProtocolException(400, "invalid method", method);
        }
        int minor = HeadStrings.sameAscii("HTTP/1.1", b, sp2 + 1, n - sp2 - 1) ? 1
                : version(Ascii.string(b, sp2 + 1, n - sp2 - 1), 400);
        String target = strings.target(b, sp1 + 1, sp2 - sp1 - 1);
        return new RequestLine(method, target, target(method, target), minor);
    }

    /**
     * Go's {@code ParseHTTPVersion} grammar ({@code HTTP/d.d}), then only 1.0 and 1.1: other
     * well-formed versions are 505 {@code unsupported protocol version} (Go also serves
     * HTTP/1.2+ as 1.x and passes {@code PRI * HTTP/2.0} to handlers; this codec does neither).
     * Returns the minor version.
     */
    static int version(String v, int status) throws ProtocolException {
        if (v.equals("HTTP/1.1")) {
            return 1;
        }
        if (v.equals("HTTP/1.0")) {
            return 0;
        }
        if (v.length() == 8 && v.startsWith("HTTP/") && v.charAt(6) == '.' && isDigit(v.charAt(5))
                && isDigit(v.charAt(7))) {
            throw new ProtocolException(status == 400 ? 505 : status, "unsupported protocol version", v);
        }
        throw new ProtocolException(status, "malformed HTTP version", v);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The four request-target forms of RFC 9112 §3.2: origin ({@code /p?q}), absolute
     * ({@code http://h/p}, with a host), authority (CONNECT only, {@code host:port}) and
     * asterisk (OPTIONS only). Like Go, a CONNECT target starting with {@code /} is origin-form
     * (net/rpc uses it). Raw non-ASCII bytes are rejected (RFC 3986 needs them escaped).
     */
    private static URL target(String method, String target) throws ProtocolException {
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) >= 0x80) {
                throw new ProtocolException(400, "invalid request URI", target);
            }
        }
        try {
            if (method.equals("CONNECT") && !target.startsWith("/")) {
                URL u = URL.parseRequestURI("http://" + target);
                if (u.user() != null || !u.path().isEmpty() || !u.rawQuery().isEmpty() || u.forceQuery()
                        || u.host().isEmpty() || u.port().isEmpty() || u.host().endsWith(":")) {
                    throw new ProtocolException(400, "invalid request URI", target);
                }
                return u.setScheme("");
            }
            if (target.equals("*")) {
                if (!method.equals("OPTIONS")) {
                    throw new ProtocolException(400, "invalid request URI", target);
                }
                return URL.parseRequestURI(target);
            }
            URL u = URL.parseRequestURI(target);
            if (!target.startsWith("/") && (u.host().isEmpty() || !u.opaque().isEmpty())) {
                throw new ProtocolException(400, "invalid request URI", target);
            }
            return u;
        } catch (URLException e) {
            throw new ProtocolException(400, "invalid request URI", target);
        }
    }

    /** Host and framing checks, then the head. */
    static RequestHead validate(RequestLine rl, Header h) throws ProtocolException {
        List<String> hosts = h.values("Host");
        if (hosts.size() > 1) {
            throw new ProtocolException(400, "too many Host headers", Ascii.quoteList(hosts));
        }
        // RFC 9112 §3.2: every HTTP/1.1 request has Host. Go exempts CONNECT; we do not.
        if (rl.minor == 1 && hosts.isEmpty()) {
            throw new ProtocolException(400, "missing required Host header");
        }
        if (hosts.size() == 1 && !Framing.validHost(hosts.get(0))) {
            throw new ProtocolException(400, "malformed Host header", hosts.get(0));
        }
        boolean chunked = Framing.chunked(h, rl.minor, 400, 501);
        long cl = Framing.contentLength(h, 400);
        List<String> trailers = Framing.trailerKeys(h, chunked, 400);
        BodyFraming framing;
        long length;
        if (chunked) {
            framing = BodyFraming.CHUNKED;
            length = -1;
        } else if (cl > 0) {
            framing = BodyFraming.FIXED;
            length = cl;
        } else {
            // RFC 9112 §6.3: a request with neither has no body (Go: ContentLength 0).
            framing = BodyFraming.NONE;
            length = 0;
        }
        String host = rl.url.host().isEmpty() ? h.get("Host") : rl.url.host();
        return new RequestHead(rl.method, rl.target, rl.url, rl.minor == 1 ? "HTTP/1.1" : "HTTP/1.0", 1, rl.minor,
                h, host, framing, length, Framing.shouldClose(rl.minor, h), List.copyOf(trailers));
    }
}
