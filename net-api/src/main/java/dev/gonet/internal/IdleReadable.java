package dev.gonet.internal;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A {@link dev.gonet.Conn} that can wait for input without a buffer (the JVM's socket conns): the
 * HTTP server's idle keep-alive connections then hold no read buffer while they wait, where a
 * blocked {@code read} would hold the array it reads into. Every call follows {@code read}'s
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
     * return early: a {@link #readNow} that then finds nothing waits again. The conn may do the
     * first read itself while the caller waits, as the JVM's poller does for a read after a
     * quiet spell (Go's hand-off of a ready read to its waiter): it then takes the array to read
     * into from {@code buffer} (at most once, on a thread of its own, while the caller is still
     * parked) and returns what that read returned. Whenever it did not read (always, for a conn
     * with no such poller), it returns 0 and the caller reads with {@link #readNow}.
     *
     * @param buffer gives the array to read into, taking it from wherever the caller keeps its
     *     buffers; called only when a read follows
     * @return the bytes read into the supplied array (at least one), -1 at end of stream, or 0
     *     when nothing was read for the caller
     */
    int awaitRead(Supplier<byte[]> buffer) throws IOException;
}
