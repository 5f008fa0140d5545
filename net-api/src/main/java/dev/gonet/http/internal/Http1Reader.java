package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads HTTP/1.1 messages from one connection: heads ({@link #readRequest()},
 * {@link #readResponse(String)}) and the bodies they frame ({@link #body(RequestHead)},
 * {@link #body(ResponseHead)}), one after another on the same stream.
 *
 * <p>The reader keeps its own buffer. Whatever it has read past a head stays there and the
 * body streams read it first, so pipelined messages work: read a head, read its body to EOF,
 * read the next head. Nothing depends on how the input is chopped: a stream that returns one
 * byte per read gives the same results. A body stream never reads past the end of its body.
 *
 * <p>Heads are parsed strictly (RFC 9112, and Go 1.19's {@code readRequest} where Go is
 * strict); every violation is a {@link ProtocolException} carrying the status to answer with.
 * An end of stream inside a message is an {@link EOFException} {@code unexpected EOF} (Go's
 * {@code io.ErrUnexpectedEOF}). Lines may end in CRLF or a bare LF (RFC 9112 §2.2 allows
 * accepting LF; Go does); a CR anywhere else is rejected. The head, from the first byte of the
 * request line to the blank line, may be at most {@code maxHeaderBytes} bytes (431 beyond).
 *
 * <p>Field lines are bounded too, because each one costs far more memory than its bytes (a
 * 1 MiB head of 140 000 empty fields held 23 MiB): at most {@code maxHeaderFields} of them
 * ({@link #DEFAULT_MAX_HEADER_FIELDS}, 1000) and at most {@code maxFieldBytes} each, name and
 * value with an obs-fold's continuation lines ({@link #DEFAULT_MAX_FIELD_BYTES}, 64 KiB); beyond
 * either a request gets 431 ({@code too many header fields}, {@code header field too large}),
 * a response fails with status 502 and the same reasons.
 *
 * <p>Not thread-safe: one reader per connection, used by one thread at a time.
 */
public final class Http1Reader {
    /** Go's {@code DefaultMaxHeaderBytes}: 1 MiB. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 1 << 20;
    /**
     * Field lines in one head (or response head): 1000. Go has no cap (its memory bound is the
     * head's bytes); Apache, Tomcat, Kestrel and Envoy allow 100, Node.js 2000.
     */
    public static final int DEFAULT_MAX_HEADER_FIELDS = 1000;
    /**
     * Bytes of one field, name and value: 64 KiB. Go bounds only the whole head (1 MiB); nginx
     * and Apache allow about 8 KiB per line.
     */
    public static final int DEFAULT_MAX_FIELD_BYTES = 64 << 10;
    /** The reason of a head with more than {@code maxHeaderFields} field lines. */
    public static final String TOO_MANY_FIELDS = "too many header fields";
    /** The reason of a field line over {@code maxFieldBytes}. */
    public static final String FIELD_TOO_LARGE = "header field too large";

    private final InputStream in;
    private final int maxHeaderBytes;
    private final int maxHeaderFields;
    private final int maxFieldBytes;
    /** Allocated on the first read; a server lends its own between requests ({@link #attachBuffer}). */
    private byte[] buf;
    private int pos;
    private int lim;
    private byte[] line = new byte[LINE_KEPT];
    private int lineLen;
    private final InputStream source = new Source();
    private final HeadStrings strings = new HeadStrings();

    public Http1Reader(InputStream in) {
        this(in, DEFAULT_MAX_HEADER_BYTES);
    }

    public Http1Reader(InputStream in, int maxHeaderBytes) {
        this(in, maxHeaderBytes, DEFAULT_MAX_HEADER_FIELDS, DEFAULT_MAX_FIELD_BYTES);
    }

    /** A reader with its own bounds on the head, on the number of field lines and on each field. */
    public Http1Reader(InputStream in, int maxHeaderBytes, int maxHeaderFields, int maxFieldBytes) {
        if (maxHeaderBytes <= 0 || maxHeaderFields <= 0 || maxFieldBytes <= 0) {
            throw new IllegalArgumentException("head limits must be positive");
        }
        this.in = in;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxHeaderFields = maxHeaderFields;
        this.maxFieldBytes = maxFieldBytes;
    }

    /**
     * Reads the next request head; {@code null} when the stream ends cleanly before it starts
     * (the peer closed an idle connection). Empty lines before the request line are skipped
     * (RFC 9112 §2.2), counted against the size limit.
     */
    public RequestHead readRequest() throws IOException {
        int budget = maxHeaderBytes;
        while (true) {
            int n = readLine(budget, 431);
            if (n < 0) {
                return null;
            }
            budget -= n;
            if (lineLen > 0) {
                break;
            }
        }
        RequestLine rl = RequestLine.parse(line, lineLen, strings);
        Header h = new Header();
        readFields(h, budget, 400, 431, false);
        return RequestLine.validate(rl, h);
    }

    /**
     * Reads the next response head for a request with method {@code requestMethod} (HEAD and
     * CONNECT change the framing). A 1xx head ({@link ResponseHead#isInterim()}) is returned
     * like any other; read the final one after it.
     */
    public ResponseHead readResponse(String requestMethod) throws IOException {
        int n = readLine(maxHeaderBytes, 502);
        if (n < 0) {
            throw unexpectedEOF();
        }
        StatusLine sl = StatusLine.parse(line, lineLen);
        Header h = new Header();
        readFields(h, maxHeaderBytes - n, 502, 502, true);
        return StatusLine.validate(sl, h, requestMethod);
    }

    /** The body of {@code h}: empty, fixed-length or chunked, reading from this reader. */
    public InputStream body(RequestHead h) {
        return body(h.framing(), h.contentLength());
    }

    /** The body of {@code h}; a close-delimited body reads until the stream ends. */
    public InputStream body(ResponseHead h) {
        return body(h.framing(), h.contentLength());
    }

    private InputStream body(BodyFraming f, long length) {
        return switch (f) {
            case NONE -> new FixedLengthInputStream(source, 0);
            case FIXED -> new FixedLengthInputStream(source, length);
            case CHUNKED -> new ChunkedInputStream(source);
            case CLOSE_DELIMITED -> source;
        };
    }

    /**
     * The rest of the stream, buffered bytes first: for a protocol switch (101, CONNECT
     * tunnels) or a close-delimited body. Closing it does not close the underlying stream.
     */
    public InputStream source() {
        return source;
    }

    /**
     * Lets go of the (empty) read buffer, so a server's idle connection holds none; the next
     * read allocates one unless {@link #attachBuffer} gives one first. A line buffer grown for a
     * long line shrinks back.
     *
     * @return the buffer, or null if there was none
     * @throws IllegalStateException if bytes are buffered
     */
    public byte[] detachBuffer() {
        if (pos != lim) {
            throw new IllegalStateException("buffered bytes");
        }
        byte[] b = buf;
        buf = null;
        pos = lim = 0;
        if (line.length > LINE_KEPT) {
            line = new byte[LINE_KEPT];
        }
        return b;
    }

    /**
     * Makes {@code b} the read buffer, its first {@code n} bytes the next input (bytes the
     * caller read into it), in place of an empty one.
     *
     * @throws IllegalStateException if bytes are buffered
     */
    public void attachBuffer(byte[] b, int n) {
        if (pos != lim) {
            throw new IllegalStateException("buffered bytes");
        }
        if (b.length == 0 || n < 0 || n > b.length) {
            throw new IllegalArgumentException("buffer");
        }
        buf = b;
        pos = 0;
        lim = n;
    }

    private static final int LINE_KEPT = 128;

    /** How many bytes are buffered beyond what has been consumed (e.g. a pipelined request). */
    public int buffered() {
        return lim - pos;
    }

    /**
     * Header lines up to the blank line; a line starting with SP/HTAB is an obsolete fold. At
     * most {@link #maxHeaderFields} lines (folds not counted) of at most {@link #maxFieldBytes}
     * each (a field's folds counted with it).
     */
    private void readFields(Header h, int budget, int status, int tooLarge, boolean unfold) throws IOException {
        String last = null;
        int fields = 0;
        long fieldBytes = 0;
        while (true) {
            int n = readLine(budget, tooLarge, maxFieldBytes);
            if (n < 0) {
                throw unexpectedEOF();
            }
            budget -= n;
            if (lineLen == 0) {
                return;
            }
            boolean fold = line[0] == ' ' || line[0] == '\t';
            fieldBytes = fold ? fieldBytes + lineLen : lineLen;
            if (fieldBytes > maxFieldBytes) {
                throw new ProtocolException(tooLarge, FIELD_TOO_LARGE);
            }
            if (!fold && ++fields > maxHeaderFields) {
                throw new ProtocolException(tooLarge, TOO_MANY_FIELDS);
            }
            if (fold) {
                // RFC 9112 §5.2: a server rejects obs-fold (Go joins it); a user agent unfolds.
                if (last == null) {
                    throw new ProtocolException(status, "malformed MIME header initial line", Ascii.string(line, 0,
                            lineLen));
                }
                if (!unfold) {
                    throw new ProtocolException(status, Fields.MALFORMED_LINE, Ascii.string(line, 0, lineLen));
                }
                Fields.unfold(line, lineLen, h, last, status);
                continue;
            }
            last = Fields.add(line, lineLen, h, status, strings);
        }
    }

    private int readLine(int budget, int tooLargeStatus) throws IOException {
        return readLine(budget, tooLargeStatus, Integer.MAX_VALUE);
    }

    /**
     * Reads one line into {@code line[0..lineLen)} without its LF or CRLF. Returns the bytes
     * consumed, or -1 if the stream ends before the line's first byte. A line longer than
     * {@code maxLine} (its CR aside) fails as soon as that is known, before it is all buffered.
     */
    private int readLine(int budget, int tooLargeStatus, int maxLine) throws IOException {
        lineLen = 0;
        int consumed = 0;
        while (true) {
            if (pos == lim && !fill()) {
                if (consumed == 0) {
                    return -1;
                }
                throw unexpectedEOF();
            }
            int i = pos;
            while (i < lim && buf[i] != '\n') {
                i++;
            }
            boolean found = i < lim;
            int take = (found ? i + 1 : lim) - pos;
            consumed += take;
            if (consumed > budget) {
                throw tooLarge(tooLargeStatus);
            }
            int copy = found ? take - 1 : take;
            if ((long) lineLen + copy > (long) maxLine + 1) { // + 1: the CR of a CRLF comes off later
                throw new ProtocolException(tooLargeStatus, FIELD_TOO_LARGE);
            }
            if (lineLen + copy > line.length) {
                byte[] bigger = new byte[Math.max(line.length * 2, lineLen + copy)];
                System.arraycopy(line, 0, bigger, 0, lineLen);
                line = bigger;
            }
            System.arraycopy(buf, pos, line, lineLen, copy);
            lineLen += copy;
            pos += take;
            if (found) {
                if (lineLen > 0 && line[lineLen - 1] == '\r') {
                    lineLen--;
                }
                return consumed;
            }
        }
    }

    private ProtocolException tooLarge(int status) {
        return status == 431 ? new ProtocolException(431, "request too large")
                : new ProtocolException(status, "server response headers exceeded " + maxHeaderBytes + " bytes");
    }

    static EOFException unexpectedEOF() {
        return new EOFException("unexpected EOF");
    }

    /** Refills an empty buffer; false at end of stream. */
    private boolean fill() throws IOException {
        if (buf == null) {
            buf = new byte[4096];
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** Buffered bytes first, then the stream itself, never reading more than asked. */
    private final class Source extends InputStream {
        @Override
        public int read() throws IOException {
            if (pos == lim && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos < lim) {
                int n = Math.min(len, lim - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
            int n;
            do {
                n = in.read(b, off, len);
            } while (n == 0);
            return n;
        }

        @Override
        public int available() throws IOException {
            return lim - pos;
        }

        @Override
        public void close() {
            // the connection outlives its messages; its owner closes it
        }
    }
}
