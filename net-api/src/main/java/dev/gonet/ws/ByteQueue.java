package dev.gonet.ws;

import java.util.ArrayDeque;

/**
 * Received message payloads waiting for {@code read}, consumed across message boundaries. Not
 * thread-safe: {@link FramedConn} guards it with its lock.
 */
final class ByteQueue {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headPos; // bytes of the first chunk already taken
    private long size;

    /** Bytes queued. */
    long size() {
        return size;
    }

    /** Appends {@code b} (not copied; the caller gives it up). Empty arrays are dropped. */
    void add(byte[] b) {
        if (b.length > 0) {
            chunks.addLast(b);
            size += b.length;
        }
    }

    /** Moves up to {@code len} bytes into {@code dst[off..]}; returns how many (0 when empty). */
    int take(byte[] dst, int off, int len) {
        int done = 0;
        while (done < len && !chunks.isEmpty()) {
            byte[] head = chunks.peekFirst();
            int n = Math.min(len - done, head.length - headPos);
            System.arraycopy(head, headPos, dst, off + done, n);
            done += n;
            headPos += n;
            if (headPos == head.length) {
                chunks.pollFirst();
                headPos = 0;
            }
        }
        size -= done;
        return done;
    }

    void clear() {
        chunks.clear();
        headPos = 0;
        size = 0;
    }
}
