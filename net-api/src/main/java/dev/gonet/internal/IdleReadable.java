package dev.gonet.internal;

import java.io.IOException;

/**
 * A {@link dev.gonet.Conn} that can wait for input without a buffer (the JVM's socket conns): the
 * HTTP server's idle keep-alive connections then hold no read buffer while they wait, where a
 * blocked {@code read} would hold the array it reads into. Both calls follow {@code read}'s
 * rules: they fail at once when the conn is closed or its read deadline has passed, and a wait
 * ends with that error when the deadline passes or the conn closes. One reader at a time.
 */
public interface IdleReadable {
    /**
     * Reads what has arrived, never waiting.
     *
     * @return the bytes read (at least one), 0 when nothing has arrived, -1 at end of stream
     */
    int readNow(byte[] b, int off, int len) throws IOException;

    /**
     * Waits until a read may find input, end of stream or an error, holding no buffer. May
     * return early: a {@link #readNow} that then finds nothing waits again.
     */
    void awaitReadable() throws IOException;
}
