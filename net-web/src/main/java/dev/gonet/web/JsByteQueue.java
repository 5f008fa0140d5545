package dev.gonet.web;

import java.util.ArrayDeque;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Received messages waiting for {@code read}, kept as the browser delivered them (typed arrays):
 * a read copies just the bytes it asks for, straight into the caller's array
 * ({@link JsBytes#copyInto}), so a message is copied once on its way to Java, not into a Java
 * array of its own first. Consumed across message boundaries. Browser-thread only.
 */
final class JsByteQueue {
    private final ArrayDeque<Int8Array> chunks = new ArrayDeque<>();
    private int headPos; // bytes of the first chunk already taken
    private long size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends {@code a} (not copied; the caller gives it up). Empty arrays are dropped. */
    void add(Int8Array a) {
        int n = a.getLength();
        if (n > 0) {
            chunks.addLast(a);
            size += n;
        }
    }

    /** Moves up to {@code len} bytes into {@code dst[off..]}; returns how many (0 when empty). */
    int take(byte[] dst, int off, int len) {
        int done = 0;
        while (done < len && !chunks.isEmpty()) {
            Int8Array head = chunks.peekFirst();
            int headLen = head.getLength();
            int n = Math.min(len - done, headLen - headPos);
            JsBytes.copyInto(head, headPos, dst, off + done, n);
            done += n;
            headPos += n;
            if (headPos == headLen) {
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
