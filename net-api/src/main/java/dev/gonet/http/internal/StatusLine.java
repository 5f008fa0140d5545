package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.util.List;

/**
 * The status line ({@code HTTP-version SP status-code SP [reason-phrase]}, RFC 9112 §4) and
 * the response framing rules of RFC 9112 §6.3 / Go's {@code readTransfer}. Errors carry 502.
 */
record StatusLine(int minor, int code, String status) {

    static StatusLine parse(byte[] b, int n) throws ProtocolException {
        String s = Ascii.string(b, 0, n);
        int sp = s.indexOf(' ');
        if (sp < 0) {
            throw new ProtocolException(502, "malformed HTTP response", s);
        }
        int minor = RequestLine.version(s.substring(0, sp), 502);
        String status = s.substring(sp + 1);
        // Go trims extra spaces and accepts "+12"; RFC 9112 wants exactly 3DIGIT. A missing
        // reason phrase with or without its SP is common in the wild and accepted (as Go does).
        if (status.length() < 3 || (status.length() > 3 && status.charAt(3) != ' ')) {
            throw new ProtocolException(502, "malformed HTTP status code", status);
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = status.charAt(i);
            if (c < '0' || c > '9') {
                throw new ProtocolException(502, "malformed HTTP status code", status.substring(0, 3));
            }
            code = code * 10 + (c - '0');
        }
        if (code < 100) {
            throw new ProtocolException(502, "malformed HTTP status code", status.substring(0, 3));
        }
        for (int i = 3; i < status.length(); i++) {
            char c = status.charAt(i);
            if (c != '\t' && Ascii.isCTL(c)) {
                throw new ProtocolException(502, "malformed HTTP response", s);
            }
        }
        return new StatusLine(minor, code, status);
    }

    /** Whether a status never has a body (Go's {@code !bodyAllowedForStatus}). */
    static boolean bodyless(int code) {
        return (code >= 100 && code < 200) || code == 204 || code == 304;
    }

    static ResponseHead validate(StatusLine sl, Header h, String requestMethod) throws ProtocolException {
        // Checked even when no body follows, as in Go: a bad head is a bad head.
        boolean chunked = Framing.chunked(h, sl.minor, 502, 502);
        long cl = Framing.contentLength(h, 502);
        List<String> trailers = Framing.trailerKeys(h, chunked, 502);
        boolean head = requestMethod.equals("HEAD");
        boolean tunnel = requestMethod.equals("CONNECT") && sl.code >= 200 && sl.code < 300;
        BodyFraming framing;
        long length;
        boolean close = Framing.shouldClose(sl.minor, h);
        if (bodyless(sl.code)) {
            framing = BodyFraming.NONE;
            length = 0;
        } else if (head || tunnel) {
            // RFC 9112 §6.3 rules 1-2; the announced length is still reported for HEAD (Go).
            framing = BodyFraming.NONE;
            length = cl;
        } else if (chunked) {
            framing = BodyFraming.CHUNKED;
            length = -1;
        } else if (cl >= 0) {
            framing = cl == 0 ? BodyFraming.NONE : BodyFraming.FIXED;
            length = cl;
        } else {
            framing = BodyFraming.CLOSE_DELIMITED;
            length = -1;
            close = true;
        }
        return new ResponseHead(sl.minor == 1 ? "HTTP/1.1" : "HTTP/1.0", 1, sl.minor, sl.code, sl.status, h,
                framing, length, close, List.copyOf(trailers));
    }
}
