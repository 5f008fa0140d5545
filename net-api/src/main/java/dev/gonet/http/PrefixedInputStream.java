package dev.gonet.http;

import java.io.IOException;
import java.io.InputStream;

/** One byte already read from a stream, then the rest of it (TeaVM has no SequenceInputStream). */
final class PrefixedInputStream extends InputStream {
    private int first;
    private final InputStream in;

    PrefixedInputStream(int first, InputStream in) {
        this.first = first;
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (first >= 0) {
            int c = first;
            first = -1;
            return c;
        }
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (first >= 0) {
            b[off] = (byte) first;
            first = -1;
            return 1;
        }
        return in.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return (first >= 0 ? 1 : 0) + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
