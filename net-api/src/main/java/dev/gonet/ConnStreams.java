package dev.gonet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/** The stream views of {@link Conn#inputStream()} and {@link Conn#outputStream()}. */
final class ConnStreams {
    private ConnStreams() {
    }

    static final class In extends InputStream {
        private final Conn conn;

        In(Conn conn) {
            this.conn = conn;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = conn.read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            return len == 0 ? 0 : conn.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            conn.close();
        }
    }

    static final class Out extends OutputStream {
        private final Conn conn;

        Out(Conn conn) {
            this.conn = conn;
        }

        @Override
        public void write(int b) throws IOException {
            conn.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            conn.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            conn.close();
        }
    }
}
