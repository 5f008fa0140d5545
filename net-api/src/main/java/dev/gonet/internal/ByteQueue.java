package dev.gonet.internal;

import java.util.ArrayDeque;

/**
 * Received message payloads waiting for {@code read}, consumed across message boundaries: the
 * read side of both WebSocket conns (the JVM's framed one and the browser's). Arrays are kept as
 * they arrived; a read copies out of the head. Not thread-safe: the JVM conn guards it with its
 * lock, the browser's touches it only on the page's one thread.
 */
public final class ByteQueue {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headPos; // bytes of the first chunk already taken
    private long size;

    /** Bytes queued. */
    public long size() {
        return size;
    }

    /**
     * Arrays queued: each costs heap beyond its bytes, which a bound on queued memory must count
     * too (a peer sending one-byte messages would otherwise hold dozens of bytes per byte).
     */
    public int chunks() {
        return chunks.size();
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Appends {@code b} (not copied; the caller gives it up). Empty arrays are dropped. */
    public void add(byte[] b) {
        if (b.length > 0) {
            chunks.addLast(b);
            size += b.length;
        }
    }

    /** Moves up to {@code len} bytes into {@code dst[off..]}; returns how many (0 when empty). */
    public int take(byte[] dst, int off, int len) {
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

    public void clear() {
        chunks.clear();
        headPos = 0;
        size = 0;
    }
}
