package dev.gonet.tls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/pem}: finds the PEM blocks in a text.
 *
 * <p>Like Go's {@code pem.Decode}, a block that is not well formed (no matching
 * {@code -----END TYPE-----} line, bad base64, missing padding) is skipped, not reported: text
 * that holds no well-formed block decodes to an empty list. Callers turn "nothing found" into
 * the error Go would give (see {@link TLSConfig.Certificate}). Portable (TeaVM): no regex, no
 * {@code java.util.Base64}.
 */
public final class PEM {
    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";

    private PEM() {
    }

    /**
     * One PEM block: its type (the text after {@code BEGIN}), its headers (RFC 1421
     * {@code Key: value} lines, e.g. {@code Proc-Type}; usually none) and the decoded bytes.
     *
     * @param type the type
     * @param headers the headers
     * @param bytes the bytes
     */
    public record Block(String type, Map<String, String> headers, byte[] bytes) {
        /**
         * Checks and normalizes the components, as the class comment says.
         *
         * @param type the type
         * @param headers the headers
         * @param bytes the bytes
         */
        public Block {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            bytes = bytes.clone();
        }

        /** {@return a copy of the decoded bytes (the array is never shared)} */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "PEM.Block[" + type + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * {@return every well-formed block of {@code text}, in order; empty when there is none}
     *
     * @param text the PEM text
     */
    public static List<Block> decode(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        int pos = 0;
        while (true) {
            int begin = text.indexOf(BEGIN, pos);
            if (begin < 0) {
                return blocks;
            }
            pos = begin + 1; // on a malformed block, search again just after its BEGIN
            if (begin > 0 && text.charAt(begin - 1) != '\n') {
                continue; // Go only accepts a BEGIN line at the start of a line
            }
            int eol = lineEnd(text, begin);
            String beginLine = text.substring(begin, eol).trim();
            if (!beginLine.endsWith(DASHES) || beginLine.length() < BEGIN.length() + DASHES.length()) {
                continue;
            }
            String type = beginLine.substring(BEGIN.length(), beginLine.length() - DASHES.length());
            String endLine = "-----END " + type + DASHES;
            int end = text.indexOf(endLine, eol);
            if (end < 0 || text.charAt(end - 1) != '\n') {
                continue;
            }
            Block b = body(type, text.substring(Math.min(eol + 1, end), end));
            if (b != null) {
                blocks.add(b);
                pos = end + endLine.length();
            }
        }
    }

    /** Index of the {@code '\n'} ending the line at {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Headers (if the first line has a colon, up to a blank line), then base64; null if malformed. */
    private static Block body(String type, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        int start = 0;
        int firstEol = lineEnd(body, 0);
        if (body.substring(0, firstEol).indexOf(':') >= 0) {
            int at = 0;
            while (at < body.length()) {
                int eol = lineEnd(body, at);
                String line = body.substring(at, eol).trim();
                at = eol + 1;
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    return null;
                }
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            start = Math.min(at, body.length());
        }
        byte[] bytes = base64(body, start);
        return bytes == null ? null : new Block(type, headers, bytes);
    }

    /** Standard base64 with padding, whitespace ignored (as Go's decoder); null when invalid. */
    static byte[] base64(String s, int from) {
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                clean.append(c);
            }
        }
        int n = clean.length();
        if (n % 4 != 0) {
            return null;
        }
        int pad = n > 0 && clean.charAt(n - 1) == '=' ? (n > 1 && clean.charAt(n - 2) == '=' ? 2 : 1) : 0;
        byte[] out = new byte[n / 4 * 3 - pad];
        int o = 0;
        for (int i = 0; i < n; i += 4) {
            int p = i + 4 == n ? pad : 0; // only the last quad may be padded
            int acc = 0;
            for (int j = 0; j < 4; j++) {
                char c = clean.charAt(i + j);
                int v = j >= 4 - p ? (c == '=' ? 0 : -1) : value(c);
                if (v < 0) {
                    return null;
                }
                acc = (acc << 6) | v;
            }
            out[o++] = (byte) (acc >>> 16);
            if (p < 2) {
                out[o++] = (byte) (acc >>> 8);
            }
            if (p < 1) {
                out[o++] = (byte) acc;
            }
        }
        return o == out.length ? out : null;
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        return c == '/' ? 63 : -1;
    }

    /**
     * PEM text of one block with no headers (64-column base64), e.g. for tests and tools.
     *
     * @param type the type
     * @param bytes the bytes
     * @return the PEM text
     */
    public static String encode(String type, byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append(type).append(DASHES).append('\n');
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder b64 = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 3) {
            int rest = Math.min(3, bytes.length - i);
            int acc = 0;
            for (int j = 0; j < 3; j++) {
                acc = (acc << 8) | (j < rest ? bytes[i + j] & 0xff : 0);
            }
            for (int j = 0; j < 4; j++) {
                b64.append(j <= rest ? alphabet.charAt((acc >>> (18 - 6 * j)) & 0x3f) : '=');
            }
        }
        for (int i = 0; i < b64.length(); i += 64) {
            sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return sb.append("-----END ").append(type).append(DASHES).append('\n').toString();
    }
}
