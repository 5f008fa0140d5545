package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.List;

/**
 * The header rules that decide where a body ends (RFC 9112 §6) and that request smuggling
 * attacks: Transfer-Encoding, Content-Length, Trailer, Connection. Shared by requests and
 * responses; {@code status} is the status their errors carry.
 */
public final class Framing {
    private Framing() {
    }

    static final String TE = "Transfer-Encoding";
    static final String CL = "Content-Length";

    /**
     * Whether the message is chunked. Go's rule, plus RFC 9112's: exactly one Transfer-Encoding
     * field whose value is {@code chunked} (ASCII case-insensitive, RFC 9112 §7); anything else
     * is 501. Stricter than Go: Transfer-Encoding in HTTP/1.0 is faulty framing (RFC 9112 §6.1;
     * Go ignores it) and Transfer-Encoding with Content-Length is rejected (Go drops the
     * Content-Length; RFC 9112 §6.1 allows either).
     */
    static boolean chunked(Header h, int minor, int status, int unsupportedStatus) throws ProtocolException {
        List<String> te = h.values(TE);
        if (!h.has(TE)) {
            return false;
        }
        if (minor == 0) {
            throw new ProtocolException(status, "transfer encoding not allowed in HTTP/1.0", te.get(0));
        }
        if (te.size() != 1) {
            throw new ProtocolException(unsupportedStatus, "too many transfer encodings", Ascii.quoteList(te));
        }
        if (!Ascii.equalFold(te.get(0), "chunked")) {
            throw new ProtocolException(unsupportedStatus, "unsupported transfer encoding", te.get(0));
        }
        if (h.has(CL)) {
            throw new ProtocolException(status, "message cannot contain both Content-Length and Transfer-Encoding",
                    h.get(CL));
        }
        return true;
    }

    /**
     * Go's {@code fixLength} checks on Content-Length: identical duplicates collapse into one
     * (Go issue 16490), differing ones are rejected; the value is digits only and at most
     * 2^63-1 (Go: {@code ParseUint(cl, 10, 63)}). Returns -1 when absent. Stricter than Go:
     * an empty value is an error, not "absent".
     */
    static long contentLength(Header h, int status) throws ProtocolException {
        if (!h.has(CL)) {
            return -1;
        }
        List<String> cl = h.values(CL);
        String first = cl.get(0);
        for (int i = 1; i < cl.size(); i++) {
            if (!cl.get(i).equals(first)) {
                throw new ProtocolException(status, "message cannot contain multiple Content-Length headers",
                        Ascii.quoteList(cl));
            }
        }
        if (cl.size() > 1) {
            h.set(CL, first);
        }
        return parseContentLength(first, status);
    }

    /** Digits only (leading zeros allowed): no sign, hex, space or list (RFC 9110 §8.6), no overflow. */
    public static long parseContentLength(String s, int status) throws ProtocolException {
        if (s.isEmpty()) {
            throw new ProtocolException(status, "bad Content-Length", s);
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || n > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw new ProtocolException(status, "bad Content-Length", s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Go's {@code fixTrailer}: the names announced in {@code Trailer}, canonical; the framing
     * fields may not be trailers ({@code bad trailer key}).
     */
    static List<String> trailerKeys(Header h, boolean chunked, int status) throws ProtocolException {
        if (!chunked) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String v : h.values("Trailer")) {
            for (String k : elements(v)) {
                k = Header.canonicalKey(k);
                if (k.equals(TE) || k.equals("Trailer") || k.equals(CL)) {
                    throw new ProtocolException(status, "bad trailer key", k);
                }
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** Go's {@code shouldClose}: HTTP/1.0 closes unless keep-alive; 1.1 closes on {@code close}. */
    static boolean shouldClose(int minor, Header h) {
        List<String> conn = h.values("Connection");
        boolean close = containsToken(conn, "close");
        return minor == 0 ? close || !containsToken(conn, "keep-alive") : close;
    }

    /** Go's {@code httpguts.HeaderValuesContainsToken}: comma lists, OWS, case-insensitive. */
    public static boolean containsToken(List<String> values, String token) {
        for (String v : values) {
            for (String e : elements(v)) {
                if (Ascii.equalFold(e, token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The non-empty comma-separated elements of a list value, OWS trimmed. */
    public static List<String> elements(String v) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= v.length()) {
            int comma = v.indexOf(',', start);
            int end = comma < 0 ? v.length() : comma;
            String e = Ascii.trimString(v.substring(start, end));
            if (!e.isEmpty()) {
                out.add(e);
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return out;
    }

    /** Go's {@code httpguts.ValidHostHeader}: only bytes that can appear in a URI host[:port]. */
    public static boolean validHost(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c >= 128 || !HOST_BYTE[c]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes {@link #validHost} allows: letters, digits and {@code !$%&()*+,-.:;=[']_~}. */
    private static final boolean[] HOST_BYTE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            HOST_BYTE[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || "!$%&()*+,-.:;=[']_~".indexOf(c) >= 0;
        }
    }
}
