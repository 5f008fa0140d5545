package dev.gonet.ws;

import dev.gonet.internal.Ascii;

/**
 * Close frame payloads (RFC 6455 §5.5.1, §7.4): empty, or a 2-byte big-endian status code
 * followed by a UTF-8 reason. Shared by {@link Frame}, {@link FrameReader} and the writer so
 * that what can be built, sent and accepted is the same rule.
 */
final class CloseFrames {
    private CloseFrames() {
    }

    /**
     * Why {@code p[off..off+len)} is not a legal close payload, or null when it is. The texts
     * are those a reader reports after {@code received invalid close payload: }.
     */
    /** The problem text for an invalid reason; compared by identity to pick code 1007 over 1002. */
    static final String BAD_REASON = "invalid UTF-8 in close reason";

    static String check(byte[] p, int off, int len) {
        if (len == 0) {
            return null;
        }
        if (len == 1) {
            return "close payload of 1 byte is too small, cannot even contain the 2 byte status code";
        }
        int code = (p[off] & 0xFF) << 8 | p[off + 1] & 0xFF;
        if (!CloseCode.isValidOnWire(code)) {
            return "invalid status code " + CloseCode.name(code);
        }
        if (!Utf8.isValid(p, off + 2, len - 2)) {
            return BAD_REASON;
        }
        return null;
    }

    /** The payload for sending {@code code} and {@code reason}; see {@link Frame#close}. */
    static byte[] payload(int code, String reason) {
        if (reason == null) {
            throw new NullPointerException("reason");
        }
        if (code == CloseCode.NO_STATUS_RCVD) {
            if (!reason.isEmpty()) {
                throw new IllegalArgumentException("a close frame without status code cannot carry a reason");
            }
            return Frame.empty();
        }
        if (!CloseCode.isValidOnWire(code)) {
            throw new IllegalArgumentException("status code " + CloseCode.name(code) + " cannot be set");
        }
        byte[] r = Utf8.encode(reason);
        if (r.length > Frame.MAX_CLOSE_REASON) {
            throw new IllegalArgumentException("reason string max is 123 but got " + Ascii.quote(reason)
                    + " with length " + r.length);
        }
        byte[] p = new byte[2 + r.length];
        p[0] = (byte) (code >> 8);
        p[1] = (byte) code;
        System.arraycopy(r, 0, p, 2, r.length);
        return p;
    }
}
