package dev.gonet.http.internal;

import dev.gonet.http.MaxBytesReader;

/**
 * A body stream that knows how many bytes it has taken from the connection, framing included
 * (chunk-size lines, extensions, CRLFs, trailers). Limits that protect the server, such as
 * the drain of an unread body and {@link MaxBytesReader}, count these rather than the data, so
 * that framing cannot multiply what a peer makes the server read.
 */
public interface WireCounted {
    /**
     * Bytes read from the connection for this body so far.
     *
     * @return the number of bytes
     */
    long wireBytes();

    /** {@code in}'s wire count if it keeps one, else -1. */
    static long of(java.io.InputStream in) {
        return in instanceof WireCounted w ? w.wireBytes() : -1;
    }
}
