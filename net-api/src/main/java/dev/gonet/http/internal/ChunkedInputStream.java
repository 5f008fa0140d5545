package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes a chunked body (RFC 9112 §7.1): returns the chunk data, then -1 after the last chunk
 * and its trailer section, available as {@link #trailer()}. Reads its source one byte at a
 * time outside chunk data and never past the body's final CRLF, so a pipelined message that
 * follows stays unread (give it a buffered source, such as {@link Http1Reader#source()}).
 *
 * <p>Strict where lenient parsers have been smuggled through: the chunk size is 1 to 16 hex
 * digits fitting in a signed 64-bit value, optionally followed by extensions ({@code ;name=v},
 * tolerated and ignored, any bytes but controls), the size line is at most 4096 bytes
 * (Go's limit) and ends in CRLF, and each chunk's data is followed by exactly CRLF. Trailer
 * fields follow the header rules ({@link Fields}) and may total 4096 bytes. Violations are
 * {@link ProtocolException}s (status 400); an early end of the source is {@link EOFException}
 * {@code unexpected EOF}. A failure is sticky: later reads throw it again.
 *
 * <p>Bounded overhead (Go's fix for CVE-2023-39326): bytes that are not data (size lines,
 * extensions, the CRLF after each chunk's data) are allowed {@link #NON_DATA_PER_CHUNK} per
 * chunk plus twice the chunk's data; once the excess over that reaches more than
 * {@link #DEFAULT_MAX_NON_DATA_EXCESS} (16 KiB), reading fails with Go's {@code chunked encoding
 * contains too much non-data}. One-byte chunks stay legal, but a peer cannot make us read
 * megabytes of extensions for a few bytes of data. {@link #wireBytes()} is what was read from
 * the source, framing included, for limits that must count the wire rather than the data.
 *
 * <p>Closing marks the body closed and leaves the source open (see
 * {@link FixedLengthInputStream}). Not thread-safe.
 */
public final class ChunkedInputStream extends InputStream implements WireCounted {
    /** Go's {@code maxLineLength} for a chunk-size line. */
    static final int MAX_LINE = 4096;
    /** Trailer section limit; Go's is its 4 KiB read buffer. */
    public static final int DEFAULT_MAX_TRAILER_BYTES = 4096;
    /** Go's allowance of non-data bytes per chunk, on top of twice the chunk's data. */
    public static final int NON_DATA_PER_CHUNK = 16;
    /** Go's cap on the non-data bytes beyond the allowance: 16 KiB. */
    public static final int DEFAULT_MAX_NON_DATA_EXCESS = 16 << 10;
    /** Go's error text when the cap is passed. */
    public static final String TOO_MUCH_NON_DATA = "chunked encoding contains too much non-data";

    private static final int SIZE = 0;
    private static final int DATA = 1;
    private static final int DATA_END = 2;
    private static final int DONE = 3;

    private final InputStream src;
    private final int maxTrailerBytes;
    private final long maxExcess;
    private final Header trailer = new Header();
    private final byte[] line = new byte[MAX_LINE];
    private int state = SIZE;
    private long remaining;
    private long excess;
    private long wire;
    private boolean closed;
    private IOException failed;

    public ChunkedInputStream(InputStream src) {
        this(src, DEFAULT_MAX_TRAILER_BYTES);
    }

    public ChunkedInputStream(InputStream src, int maxTrailerBytes) {
        this(src, maxTrailerBytes, DEFAULT_MAX_NON_DATA_EXCESS);
    }

    /**
     * @param maxNonDataExcess how far non-data bytes may run over their allowance
     *                         ({@link #DEFAULT_MAX_NON_DATA_EXCESS}); see the class comment
     */
    public ChunkedInputStream(InputStream src, int maxTrailerBytes, long maxNonDataExcess) {
        this.src = src;
        this.maxTrailerBytes = maxTrailerBytes;
        this.maxExcess = maxNonDataExcess;
    }

    /** Bytes read from the source so far: data, size lines, extensions, CRLFs and trailers. */
    @Override
    public long wireBytes() {
        return wire;
    }

    /** The trailer fields; empty until the body has been read to its end. */
    public Header trailer() {
        return trailer;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw HttpSentinel.BODY_READ_AFTER_CLOSE.exception();
        }
        if (failed != null) {
            throw failed;
        }
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            // InputStream's contract, which JDK callers such as readNBytes rely on: a read of
            // nothing returns at once, never waiting at a chunk boundary for the next size line.
            return 0;
        }
        try {
            return step(b, off, len);
        } catch (IOException e) {
            failed = e;
            throw e;
        }
    }

    private int step(byte[] b, int off, int len) throws IOException {
        while (true) {
            switch (state) {
                case DONE:
                    return -1;
                case SIZE:
                    remaining = readSize();
                    if (remaining == 0) {
                        readTrailer();
                        state = DONE;
                        return -1;
                    }
                    state = DATA;
                    break;
                case DATA:
                    if (len == 0) {
                        return 0;
                    }
                    int n = src.read(b, off, (int) Math.min(len, remaining));
                    if (n < 0) {
                        throw Http1Reader.unexpectedEOF();
                    }
                    wire += n;
                    remaining -= n;
                    if (remaining == 0) {
                        state = DATA_END;
                    }
                    return n;
                default: // DATA_END
                    if (next() != '\r' || next() != '\n') {
                        throw malformed("malformed chunked encoding", "");
                    }
                    state = SIZE;
                    break;
            }
        }
    }

    private int next() throws IOException {
        int c = src.read();
        if (c < 0) {
            throw Http1Reader.unexpectedEOF();
        }
        wire++;
        return c;
    }

    /** Reads {@code chunk-size [chunk-ext] CRLF} and returns the size. */
    private long readSize() throws IOException {
        int n = 0;
        while (true) {
            int c = next();
            if (c == '\n') {
                break;
            }
            if (n == MAX_LINE) {
                // Go's ErrLineTooLong: its text as the reason (what a server answers 400 with),
                // its kind as the cause (what callers test for)
                ProtocolException e = malformed(HttpSentinel.LINE_TOO_LONG.text(), "");
                e.initCause(HttpSentinel.LINE_TOO_LONG.exception());
                throw e;
            }
            line[n++] = (byte) c;
        }
        if (n == 0 || line[n - 1] != '\r') {
            // Go accepts a bare LF here; chunk lines are not field lines, and disagreeing
            // about where a chunk ends is exactly what smuggling exploits.
            throw malformed("malformed chunked encoding", Ascii.string(line, 0, n));
        }
        n--;
        long size = 0;
        int i = 0;
        while (i < n && Ascii.hexValue(line[i]) >= 0) {
            if (i == 16 || (i == 15 && size >= 1L << 59)) {
                throw malformed("http chunk length too large", Ascii.string(line, 0, n));
            }
            size = size << 4 | Ascii.hexValue(line[i]);
            i++;
        }
        if (i == 0) {
            throw malformed(n == 0 ? "empty hex number for chunk length" : "invalid byte in chunk length",
                    Ascii.string(line, 0, n));
        }
        // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ): skipped, not parsed,
        // but it must start with ';' (after optional BWS) and hold no control bytes.
        int j = i;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) {
            j++;
        }
        if (j < n && line[j] != ';') {
            throw malformed("invalid byte in chunk length", Ascii.string(line, 0, n));
        }
        if (j == n && j != i) {
            throw malformed("invalid byte in chunk length", Ascii.string(line, 0, n));
        }
        for (; j < n; j++) {
            int c = line[j] & 0xff;
            if (c != '\t' && Ascii.isCTL(c)) {
                throw malformed("invalid chunk extension", Ascii.string(line, 0, n));
            }
        }
        countNonData(n + 2, size);
        return size;
    }

    /**
     * Go's {@code excess} rule: the size line ({@code lineBytes} with its CRLF) and the CRLF
     * after the data are non-data; each chunk may bring 16 of them plus twice its size, and
     * what goes beyond that adds up (never below zero) to at most the cap.
     */
    private void countNonData(int lineBytes, long size) throws ProtocolException {
        excess += lineBytes + 2;
        // 2 * size overflows for sizes near 2^63; such a chunk pays for any overhead anyway.
        excess = size > (Long.MAX_VALUE >> 2) ? 0 : Math.max(0, excess - NON_DATA_PER_CHUNK - 2 * size);
        if (excess > maxExcess) {
            throw malformed(TOO_MUCH_NON_DATA, "");
        }
    }

    /** Trailer fields up to the blank line; lines may end in CRLF or LF, as in the head. */
    private void readTrailer() throws IOException {
        int budget = maxTrailerBytes;
        while (true) {
            int n = 0;
            while (true) {
                int c = next();
                if (--budget < 0 || n == line.length) {
                    throw malformed("suspiciously long trailer after chunked body", "");
                }
                if (c == '\n') {
                    break;
                }
                line[n++] = (byte) c;
            }
            if (n > 0 && line[n - 1] == '\r') {
                n--;
            }
            if (n == 0) {
                return;
            }
            if (line[0] == ' ' || line[0] == '\t') {
                throw malformed(Fields.MALFORMED_LINE, Ascii.string(line, 0, n));
            }
            Fields.add(line, n, trailer, 400);
        }
    }

    private static ProtocolException malformed(String reason, String detail) {
        return new ProtocolException(400, reason, detail);
    }

    @Override
    public int available() throws IOException {
        return state == DATA && !closed ? (int) Math.min(remaining, src.available()) : 0;
    }

    @Override
    public void close() {
        closed = true;
    }
}
