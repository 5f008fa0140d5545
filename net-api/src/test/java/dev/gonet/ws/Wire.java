package dev.gonet.ws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Test helpers for bytes on the wire: hex literals, hand-built raw frames (including illegal
 * ones the writer refuses to produce), and the two ways every reader test feeds input: all at
 * once and one byte per {@code read} (Okio-style), so a parser that assumes a full buffer fails.
 */
final class Wire {
    private Wire() {
    }

    /** The masking key of RFC 6455 §5.7's examples; used for every hand-built masked frame. */
    static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    /** Bytes from hex pairs, spaces ignored: {@code hex("81 05 48")}. */
    static byte[] hex(String s) {
        String t = s.replace(" ", "");
        byte[] b = new byte[t.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(t.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static String hexOf(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }

    static byte[] ascii(String s) {
        return Utf8.encode(s);
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    /**
     * A frame with first byte {@code b0} and the shortest length encoding; masked with
     * {@link #KEY} when {@code masked}. The caller picks illegal values freely.
     */
    static byte[] frame(int b0, boolean masked, byte[] payload) {
        int n = payload.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b0);
        int m = masked ? 0x80 : 0;
        if (n <= 125) {
            out.write(m | n);
        } else if (n <= 0xFFFF) {
            out.write(m | 126);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(m | 127);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) ((long) n >> s));
            }
        }
        if (masked) {
            out.writeBytes(KEY);
            for (int i = 0; i < n; i++) {
                out.write(payload[i] ^ KEY[i & 3]);
            }
        } else {
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    /** A frame as a client sends it (masked), for a server-role reader. */
    static byte[] fromClient(int b0, byte[] payload) {
        return frame(b0, true, payload);
    }

    /** A frame as a server sends it (unmasked), for a client-role reader. */
    static byte[] fromServer(int b0, byte[] payload) {
        return frame(b0, false, payload);
    }

    /** A frame as the peer of a {@code reader}-role endpoint sends it. */
    static byte[] toReader(Role reader, int b0, byte[] payload) {
        return frame(b0, reader == Role.SERVER, payload);
    }

    static byte[] closePayload(int code, String reason) {
        return cat(new byte[] {(byte) (code >> 8), (byte) code}, ascii(reason));
    }

    /** The two ways of feeding {@code bytes}, named for failure messages. */
    static List<Feed> feeds() {
        return List.of(new Feed("whole", ByteArrayInputStream::new), new Feed("one-byte", OneByte::new));
    }

    record Feed(String name, Function<byte[], InputStream> open) {
        InputStream of(byte[] b) {
            return open.apply(b);
        }
    }

    /** Returns at most one byte per read, like a slow network. */
    static final class OneByte extends InputStream {
        private final byte[] b;
        private int pos;

        OneByte(byte[] b) {
            this.b = b;
        }

        @Override
        public int read() {
            return pos < b.length ? b[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            dst[off] = (byte) c;
            return 1;
        }

        int position() {
            return pos;
        }
    }

    /**
     * Throws a timeout-like {@link IOException} on every other read and returns at most
     * {@code chunk} bytes otherwise: a reader must resume where the failure left it.
     */
    static final class Stuttering extends InputStream {
        static final String TEXT = "i/o timeout";
        private final byte[] b;
        private final int chunk;
        private int pos;
        private boolean fail = true;

        Stuttering(byte[] b, int chunk) {
            this.b = b;
            this.chunk = chunk;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] dst, int off, int len) throws IOException {
            fail = !fail;
            if (fail) {
                throw new IOException(TEXT);
            }
            if (pos == b.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), b.length - pos);
            System.arraycopy(b, pos, dst, off, n);
            pos += n;
            return n;
        }
    }
}
