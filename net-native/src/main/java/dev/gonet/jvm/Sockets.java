package dev.gonet.jvm;

import dev.gonet.jvm.poll.PollDesc;
import java.io.Closeable;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Instant;

/** Small helpers shared by the socket classes. */
final class Sockets {
    private Sockets() {
    }

    /** Closes {@code c} if not {@code null}, ignoring errors: cleanup after a failed dial or listen. */
    static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // The original failure is what the caller reports.
        }
    }

    /**
     * Closes a half-set-up socket: its poll descriptor first (so the poller drops the selector
     * registration and wakes, and the JDK releases the descriptor now, not at the next select),
     * then the channel. Either may be {@code null}.
     */
    static void closeQuietly(PollDesc pd, Closeable ch) {
        if (pd != null) {
            pd.close();
        }
        closeQuietly(ch);
    }

    /**
     * Connects a non-blocking channel, parking in its poll descriptor until connected, refused,
     * {@code deadline} ({@code null} = none; fails with {@code i/o timeout}) or the descriptor is
     * closed (a cancelled Happy Eyeballs racer).
     */
    static void connect(SocketChannel ch, PollDesc pd, SocketAddress to, Instant deadline) throws IOException {
        pd.setWriteDeadline(deadline);
        if (!ch.connect(to)) {
            do {
                pd.waitWrite(SelectionKey.OP_CONNECT);
            } while (!ch.finishConnect());
        }
        pd.setWriteDeadline(null);
    }
}
