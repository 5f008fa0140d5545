package dev.gonet.web;

import java.util.ArrayDeque;

/**
 * The bytes of received WebSocket messages, in order, read across message boundaries. Messages
 * are kept as the arrays they arrived in (no copying on receive); a read copies out of the head.
 * Touched only on the browser's single thread (event callbacks and green threads between their
 * suspension points), so it needs no lock.
 */
final class ByteQueue {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headOffset;
    private long size;

    void add(byte[] message) {
        if (message.length > 0) {
            chunks.addLast(message);
            size += message.length;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Copies up to {@code len} bytes into {@code b[off..]}; returns how many (0 when empty). */
    int take(byte[] b, int off, int len) {
        int n = 0;
        while (n < len && !chunks.isEmpty()) {
            byte[] head = chunks.peekFirst();
            int k = Math.min(len - n, head.length - headOffset);
            System.arraycopy(head, headOffset, b, off + n, k);
            n += k;
            headOffset += k;
            if (headOffset == head.length) {
                chunks.removeFirst();
                headOffset = 0;
            }
        }
        size -= n;
        return n;
    }

    void clear() {
        chunks.clear();
        headOffset = 0;
        size = 0;
    }
}
