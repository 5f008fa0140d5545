package dev.gonet.http;

import dev.gonet.Conn;
import java.io.IOException;
import java.io.InputStream;

/**
 * A connection taken over from the server ({@link ResponseController#hijack()}; Go returns a
 * {@code net.Conn} and a {@code bufio.ReadWriter}).
 *
 * @param conn     the raw connection, with its deadlines cleared; the caller closes it
 * @param buffered bytes the client had sent that the server read but did not consume (for
 *                 example the first WebSocket frame arriving with the upgrade request); read
 *                 them before reading {@code conn}
 */
public record Hijacked(Conn conn, byte[] buffered) {

    /** {@return a stream of {@link #buffered()} then {@code conn}; closing it closes the connection} */
    public InputStream inputStream() {
        InputStream rest = conn.inputStream();
        byte[] first = buffered;
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos < first.length && len > 0) {
                    int n = Math.min(len, first.length - pos);
                    System.arraycopy(first, pos, b, off, n);
                    pos += n;
                    return n;
                }
                return rest.read(b, off, len);
            }

            @Override
            public int available() throws IOException {
                return first.length - pos;
            }

            @Override
            public void close() throws IOException {
                rest.close();
            }
        };
    }
}
