package dev.gonet.ws;

import dev.gonet.http.Header;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The pure parts of the opening handshake (RFC 6455 §4) shared by {@link ServerHandshake} and
 * {@link ClientHandshake}: the accept value, keys, and comma-separated header tokens.
 *
 * <p>SHA-1 is this package's own ({@code MessageDigest} is missing from TeaVM 0.15); base64
 * is {@link java.util.Base64}'s encoder, which TeaVM provides.
 */
public final class Handshake {
    private Handshake() {
    }

    /** The GUID RFC 6455 §1.3 appends to the key before hashing. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** The only protocol version there is ({@code Sec-WebSocket-Version}). */
    public static final String VERSION = "13";

    /**
     * {@code Sec-WebSocket-Accept} for {@code key}: base64 of the SHA-1 of key + GUID.
     * {@code computeAccept("dGhlIHNhbXBsZSBub25jZQ==")} is {@code s3pPLMBiTxaQ9kYGzzhZRbK+xOo=}.
     *
     * @param key the client's {@code Sec-WebSocket-Key}
     * @return the {@code Sec-WebSocket-Accept} value
     */
    public static String computeAccept(String key) {
        return Base64.getEncoder().encodeToString(Sha1.digest(Utf8.encode(key + GUID)));
    }

    /**
     * {@return a fresh {@code Sec-WebSocket-Key}: base64 of 16 bytes from {@code random}}
     *
     * @param random the source of masking keys
     */
    public static String newKey(Random random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /**
     * {@return whether {@code key} is base64 of exactly 16 bytes: 22 characters of the standard alphabet
     *   and {@code ==}} Like Go's {@code base64.StdEncoding}, unused low bits of the last character are
     *   not checked.
     *
     * @param key the client's {@code Sec-WebSocket-Key}
     */
    public static boolean isValidKey(String key) {
        if (key == null || key.length() != 24 || key.charAt(22) != '=' || key.charAt(23) != '=') {
            return false;
        }
        for (int i = 0; i < 22; i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return whether any value of header {@code name} holds {@code token} in its comma-separated list,
     *   ignoring ASCII case ({@code Connection: keep-alive, Upgrade} holds {@code upgrade})}
     *
     * @param h the header fields
     * @param name the field name
     * @param token the token
     */
    public static boolean headerHasToken(Header h, String name, String token) {
        for (String t : headerTokens(h, name)) {
            if (equalFold(t, token)) {
                return true;
            }
        }
        return false;
    }

    /** The elements of every value of {@code name}, split at commas and trimmed; empty elements dropped. */
    static List<String> headerTokens(Header h, String name) {
        List<String> out = new ArrayList<>();
        for (String v : h.values(name)) {
            int start = 0;
            while (start <= v.length()) {
                int comma = v.indexOf(',', start);
                int end = comma < 0 ? v.length() : comma;
                String t = trim(v, start, end);
                if (!t.isEmpty()) {
                    out.add(t);
                }
                start = end + 1;
            }
        }
        return out;
    }

    private static String trim(String s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Go's {@code strings.EqualFold} restricted to ASCII, which is all header tokens can hold. */
    static boolean equalFold(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with ASCII letters lower-cased and everything else kept (no locale involved). */
    static String toLowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = lower(c[i]);
        }
        return new String(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether {@code s} is a non-empty RFC 9110 token, as a subprotocol name must be. */
    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
