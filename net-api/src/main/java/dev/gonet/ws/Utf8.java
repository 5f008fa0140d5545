package dev.gonet.ws;

import java.nio.charset.StandardCharsets;

/**
 * Incremental UTF-8 validator (RFC 3629), fed the payload of each text fragment in turn, so a
 * code point split across fragments is checked as one. It rejects exactly what RFC 3629
 * forbids: stray continuation bytes, C0/C1 and other overlong forms, UTF-16 surrogates
 * (ED A0..BF), code points above U+10FFFF (F4 90.. and F5..FF), and, at the end of a message,
 * a truncated sequence ({@link #atBoundary()}).
 *
 * <p>Written by hand rather than by decoding to a {@code String}: Java's decoders replace bad
 * input instead of failing, and a fragment boundary inside a code point is not an error.
 * Once a bad byte is seen the validator stays failed.
 */
final class Utf8 {
    /** Continuation bytes still expected for the current code point. */
    private int need;
    /** Allowed range of the next continuation byte; narrower than 80..BF right after E0, ED, F0, F4. */
    private int lo = 0x80;
    private int hi = 0xBF;
    private boolean failed;

    /** Feeds {@code len} bytes; false once any byte so far was invalid. */
    boolean feed(byte[] b, int off, int len) {
        if (failed) {
            return false;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (need == 0) {
                if (c < 0x80) {
                    continue;
                }
                if (!start(c)) {
                    failed = true;
                    return false;
                }
            } else {
                if (c < lo || c > hi) {
                    failed = true;
                    return false;
                }
                lo = 0x80;
                hi = 0xBF;
                need--;
            }
        }
        return true;
    }

    /** Sets up the state for lead byte {@code c}; false when {@code c} cannot start a sequence. */
    private boolean start(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0; // below: overlong (U+0000..U+07FF in three bytes)
            } else if (c == 0xED) {
                hi = 0x9F; // above: U+D800..U+DFFF, the UTF-16 surrogates
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90; // below: overlong (U+0000..U+FFFF in four bytes)
            } else if (c == 0xF4) {
                hi = 0x8F; // above: beyond U+10FFFF
            }
        } else {
            return false; // 80..BF continuation without a lead, C0/C1 overlong, F5..FF
        }
        return true;
    }

    /** Whether the bytes so far were valid and ended on a code point boundary. */
    boolean atBoundary() {
        return !failed && need == 0;
    }

    /** Forgets all state, for the next message. */
    void reset() {
        need = 0;
        lo = 0x80;
        hi = 0xBF;
        failed = false;
    }

    /** Whether {@code b[off..off+len)} is complete, valid UTF-8. */
    static boolean isValid(byte[] b, int off, int len) {
        Utf8 v = new Utf8();
        return v.feed(b, off, len) && v.atBoundary();
    }

    /** Decodes bytes already known to be valid UTF-8. */
    static String decode(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    /**
     * UTF-8 bytes of {@code s}; an unpaired surrogate becomes U+FFFD (as Go writes an invalid
     * rune) so the result is always valid UTF-8, which Java's encoder does not promise.
     */
    static byte[] encode(String s) {
        int n = s.length();
        byte[] out = new byte[n];
        int w = 0;
        for (int i = 0; i < n; i++) {
            int cp = s.charAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                if (cp <= 0xDBFF && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint((char) cp, s.charAt(++i));
                } else {
                    cp = 0xFFFD;
                }
            }
            if (w + 4 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
            }
            if (cp < 0x80) {
                out[w++] = (byte) cp;
            } else if (cp < 0x800) {
                out[w++] = (byte) (0xC0 | cp >> 6);
                out[w++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[w++] = (byte) (0xE0 | cp >> 12);
                out[w++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[w++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[w++] = (byte) (0xF0 | cp >> 18);
                out[w++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[w++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[w++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return w == out.length ? out : java.util.Arrays.copyOf(out, w);
    }
}
