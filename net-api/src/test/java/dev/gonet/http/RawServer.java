package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted peer on a {@code mem} listener for what our {@link Server} never does: malformed
 * responses, closing a kept-alive connection at the wrong moment, stalling. Each accepted
 * connection runs {@link Script#run} with its index (0 for the first) on a virtual thread;
 * {@link #readHead} records each request head.
 */
final class RawServer implements AutoCloseable {
    @FunctionalInterface
    interface Script {
        void run(RawServer srv, Conn c, int index) throws Exception;
    }

    final Listener listener;
    final AtomicInteger accepted = new AtomicInteger();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    RawServer(Script script) throws IOException {
        listener = Net.listen("mem", "");
        acceptor = Thread.ofVirtual().start(() -> {
            while (true) {
                Conn c;
                try {
                    c = listener.accept();
                } catch (IOException e) {
                    return;
                }
                int i = accepted.getAndIncrement();
                Thread.ofVirtual().start(() -> {
                    try {
                        script.run(this, c, i);
                    } catch (Exception e) {
                        // the script's peer went away: fine for a test peer
                    } finally {
                        try {
                            c.close();
                        } catch (IOException e) {
                            // closed already
                        }
                    }
                });
            }
        });
    }

    String name() {
        return listener.addr().toString();
    }

    Transport transport() {
        return ClientFixture.memTransport(name());
    }

    /** Reads one request head (up to the blank line) and records it; null at EOF. */
    String readHead(Conn c) throws IOException {
        StringBuilder b = new StringBuilder();
        byte[] one = new byte[1];
        while (!b.toString().endsWith("\r\n\r\n")) {
            if (c.read(one, 0, 1) < 0) {
                return null;
            }
            b.append((char) (one[0] & 0xff));
        }
        requests.add(b.toString());
        return b.toString();
    }

    /** Reads exactly {@code n} body bytes. */
    static String readBody(Conn c, int n) throws IOException {
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            int k = c.read(b, off, n - off);
            if (k < 0) {
                break;
            }
            off += k;
        }
        return new String(b, 0, off, StandardCharsets.ISO_8859_1);
    }

    static void write(Conn c, String s) throws IOException {
        c.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws Exception {
        listener.close();
        acceptor.join();
    }
}
