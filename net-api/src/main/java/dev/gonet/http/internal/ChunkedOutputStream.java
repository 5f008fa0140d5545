package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.internal.Ascii;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a chunked body (RFC 9112 §7.1): each non-empty write is one chunk
 * ({@code <hex size>\r\n<data>\r\n}, lower-case hex as Go writes it); {@link #close()} writes
 * the last chunk {@code 0\r\n}, the trailer fields and the final {@code \r\n}.
 *
 * <p>The trailer header is read when {@link #close()} runs, so it may be filled while the body
 * is written (as Go handlers do); invalid names are dropped and CR/LF in values become spaces
 * ({@link Header#writeTo}). Closing does not close the underlying stream (the connection goes
 * on) but flushes it. Writes are not buffered: wrap the underlying stream in a buffer if many
 * small writes would make many small chunks. Not thread-safe.
 */
public final class ChunkedOutputStream extends OutputStream {
    private static final byte[] LAST_CHUNK = {'0', '\r', '\n'};

    private final OutputStream out;
    private final Header trailer;
    private boolean closed;

    /** @param trailer the trailer fields to send at close, or {@code null} for none */
    public ChunkedOutputStream(OutputStream out, Header trailer) {
        this.out = out;
        this.trailer = trailer;
    }

    public ChunkedOutputStream(OutputStream out) {
        this(out, null);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("http: write on closed chunked body");
        }
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return; // an empty chunk would end the body
        }
        out.write(Ascii.bytes(Integer.toHexString(len) + "\r\n"));
        out.write(b, off, len);
        out.write('\r');
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // The last chunk, the trailer and the end in one write, the trailer through Header's writer.
        ByteArrayOutputStream s = new ByteArrayOutputStream(64);
        s.write(LAST_CHUNK);
        if (trailer != null) {
            trailer.writeTo(s);
        }
        s.write('\r');
        s.write('\n');
        out.write(s.toByteArray());
        out.flush();
    }
}
