package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ByteQueueTest {

    /** Every way of chopping the reads gives back the messages' bytes in order, across boundaries. */
    @Test
    void takesAcrossMessageBoundaries() {
        byte[][] messages = {{1, 2, 3}, {}, {4}, {5, 6, 7, 8, 9}, {10}};
        byte[] all = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        for (int chunk = 1; chunk <= 12; chunk++) {
            ByteQueue q = new ByteQueue();
            for (byte[] m : messages) {
                q.add(m);
            }
            assertEquals(10, q.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[chunk + 2];
            while (q.size() > 0) {
                int n = q.take(buf, 1, chunk);
                assertEquals(Math.min(chunk, 10 - out.size()), n, "chunk " + chunk);
                out.write(buf, 1, n);
            }
            assertArrayEquals(all, out.toByteArray(), "chunk " + chunk);
            assertEquals(0, q.take(buf, 0, chunk), "empty");
        }
    }

    @Test
    void clearEmpties() {
        ByteQueue q = new ByteQueue();
        q.add(new byte[] {1, 2});
        q.take(new byte[1], 0, 1);
        q.clear();
        assertEquals(0, q.size());
        q.add(new byte[] {3});
        byte[] b = new byte[2];
        assertEquals(1, q.take(b, 0, 2));
        assertEquals(3, b[0]);
    }
}
