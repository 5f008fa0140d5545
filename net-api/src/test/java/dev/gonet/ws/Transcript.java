package dev.gonet.ws;

import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link MessageReader} over some input until it ends and writes down everything that
 * happened, in order, as one line: messages read, control frames seen, frames the reader asked
 * the connection to send, and how it ended. Table tests compare that line with the expected one:
 * {@code onPing "a"; pong "a"; msg TEXT "Hello"; close 1000 ""; end 1000}.
 */
final class Transcript implements ControlHandler {
    final List<String> events = new ArrayList<>();
    /** When set, {@link #sendClose} throws it (after recording the call). */
    IOException closeFailure;

    /** How a payload prints: short ASCII as a Go string, anything else by its length. */
    static String show(byte[] p) {
        if (p.length > 16) {
            return p.length + " bytes";
        }
        for (byte b : p) {
            if (b < 0x20 || b > 0x7E) {
                return p.length + " bytes";
            }
        }
        return Ascii.quote(Utf8.decode(p, 0, p.length));
    }

    @Override
    public void sendPong(byte[] payload) {
        events.add("pong " + show(payload));
    }

    @Override
    public void sendClose(int code, String reason) throws IOException {
        events.add("close " + code + " " + Ascii.quote(reason));
        if (closeFailure != null) {
            throw closeFailure;
        }
    }

    @Override
    public void onPing(byte[] payload) {
        events.add("onPing " + show(payload));
    }

    @Override
    public void onPong(byte[] payload) {
        events.add("onPong " + show(payload));
    }

    /** Reads messages until the reader throws; the last event is {@code end <code>}. */
    WebSocketException readAll(MessageReader r) {
        while (true) {
            try {
                Message m = r.readMessage();
                events.add("msg " + m.type() + " " + show(m.data()));
            } catch (WebSocketException e) {
                events.add("end " + e.code());
                return e;
            } catch (IOException e) {
                throw new AssertionError("stream failure from a byte array", e);
            }
        }
    }

    /** The transcript of {@code role} reading {@code in} with message limit {@code limit}. */
    static String of(Role role, InputStream in, int limit) {
        Transcript t = new Transcript();
        t.readAll(new MessageReader(new FrameReader(in, role, limit), t));
        return t.toString();
    }

    @Override
    public String toString() {
        return String.join("; ", events);
    }
}
