package dev.gonet.ws;

import java.io.IOException;

/**
 * The connection layer's side of control frames, called by {@link MessageReader} on its reading
 * thread. The reader decides <em>what</em> to send (a pong echoing each ping, one close frame);
 * the handler decides <em>how</em>: typically through the connection's {@link FrameWriter}
 * under its write lock, so the frame never lands inside another thread's frame.
 *
 * <p>Handlers must not block for long: reading stops while they run.
 */
public interface ControlHandler {

    /**
     * Sends a pong with {@code payload}, answering a ping.
     *
     * @param payload the payload bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    void sendPong(byte[] payload) throws IOException;

    /**
     * Sends this side's close frame at once: the close that fails the connection after a
     * protocol violation, and (through {@link #replyToClose}'s default) the reply to the peer's
     * close. At most one of the two is called per reader, once, and never when
     * {@link MessageReader#beginClose()} already returned true to someone else.
     *
     * @param code the status code
     * @param reason the reason text
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    void sendClose(int code, String reason) throws IOException;

    /**
     * Answers the peer's close frame with {@code code}. The default sends it at once through
     * {@link #sendClose}. A connection that queues outgoing messages may instead send what was
     * queued before the close first (RFC 6455 §5.5.1 lets an endpoint finish sending its
     * message before it answers), within a bound of its own, and the reply after it: it then owns
     * this side's close frame, and must send it.
     *
     * @param code the status code
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    default void replyToClose(int code) throws IOException {
        sendClose(code, "");
    }

    /**
     * A ping arrived (before its pong is sent); the default does nothing.
     *
     * @param payload the payload bytes
     */
    default void onPing(byte[] payload) {
    }

    /**
     * A pong arrived (solicited or not); the default does nothing.
     *
     * @param payload the payload bytes
     */
    default void onPong(byte[] payload) {
    }

    /**
     * {@return a handler that writes through {@code writer}, holding the writer's monitor for each frame:
     *   every other user of the writer must hold it too} Enough for a connection whose only lock is the
     *   writer itself.
     *
     * @param writer the writer
     */
    static ControlHandler writingTo(FrameWriter writer) {
        return new ControlHandler() {
            @Override
            public void sendPong(byte[] payload) throws IOException {
                synchronized (writer) {
                    writer.writePong(payload);
                }
            }

            @Override
            public void sendClose(int code, String reason) throws IOException {
                synchronized (writer) {
                    writer.writeClose(code, reason);
                }
            }
        };
    }
}
