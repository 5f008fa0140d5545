package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Go's {@code http.ResponseWriter}: how a {@link Handler} builds its response.
 *
 * <p>Set fields in {@link #header()}, then call {@link #writeHeader(int)} or start writing;
 * the first {@link #write} sends status 200 unless a status was set. Changes to the header map
 * after the status is set have no effect, except for trailers: keys declared in a
 * {@code Trailer} field, or keys starting with {@code Trailer:} ({@link #TRAILER_PREFIX}), are
 * sent after a chunked body when the handler returns.
 *
 * <p>The server frames the body itself: a handler that sets no {@code Content-Length} and
 * writes less than 2048 bytes in all gets one computed; a bigger body is sent chunked to an
 * HTTP/1.1 client and delimited by closing the connection for HTTP/1.0. Without a
 * {@code Content-Type}, one is sniffed from the first 512 bytes ({@link ContentType#detect}).
 * Writes are buffered; {@link ResponseController#flush()} sends what was written so far.
 *
 * <p>Not safe for concurrent use; see {@link Handler} for the lifetime. Optional features
 * (flushing, hijacking, deadlines) are reached through {@link ResponseController}, which
 * follows {@link #unwrap()} through wrappers.
 */
public interface ResponseWriter {
    /**
     * Go's {@code http.TrailerPrefix}: a header key {@code "Trailer:Name"} set before the
     * handler returns is sent as trailer {@code Name}, without declaring it in advance.
     */
    String TRAILER_PREFIX = "Trailer:";

    /** {@return the response header, mutable until the status is written} */
    Header header();

    /**
     * Sends the status line and header (Go's {@code WriteHeader}). A second call is ignored
     * (and logged). Informational codes (1xx except 101) are written and flushed at once and
     * may be followed by another status; 103 Early Hints sends the current header fields.
     *
     * @param statusCode the status code
     * @throws IllegalArgumentException if {@code statusCode} is not 100-999 (Go panics)
     *
     */
    void writeHeader(int statusCode);

    /**
     * Writes body bytes, sending the header first if needed. Fails for a status that allows
     * no body (1xx, 204, 304: {@code http: request method or response status code does not
     * allow body}), beyond a declared {@code Content-Length} ({@code http: wrote more than the
     * declared Content-Length}), after a hijack, or when the connection failed. Bytes written
     * for a HEAD request are counted but not sent.
     *
     * @param b the bytes
     * @param off where in {@code b} the bytes start
     * @param len the number of bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    void write(byte[] b, int off, int len) throws IOException;

    /**
     * {@code write(b, 0, b.length)}.
     *
     * @param b the bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    default void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /**
     * Writes {@code s} as UTF-8 (Go's {@code io.WriteString}).
     *
     * @param s the text, sent as UTF-8
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    default void writeString(String s) throws IOException {
        byte[] b = Ascii.bytes(s);
        write(b, 0, b.length);
    }

    /**
     * {@return this writer as an {@link OutputStream} (for {@code InputStream.transferTo})} Closing it
     *   does nothing: the response ends when the handler returns.
     */
    default OutputStream outputStream() {
        ResponseWriter w = this;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                w.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                w.write(b, off, len);
            }
        };
    }

    /**
     * {@return the writer this one wraps, or {@code null} (Go's {@code Unwrap() ResponseWriter}, which
     *   {@link ResponseController} follows)} Middleware that wraps a writer should return the wrapped one,
     *   so flushing and hijacking keep working through it.
     */
    default ResponseWriter unwrap() {
        return null;
    }
}
