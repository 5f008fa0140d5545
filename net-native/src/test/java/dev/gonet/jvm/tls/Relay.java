package dev.gonet.jvm.tls;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TLS client and server joined through a relay that can hold back the second half of the
 * next server-to-client record, so a test can make the client's read time out in the middle of
 * a record, or end the stream there.
 */
final class Relay {
    final TLSConn client;
    final TLSConn server;
    private final Conn[] raw = new Conn[4]; // client end, relay's client side, relay's server side, server end
    private final Listener[] listeners = new Listener[2];
    private volatile boolean split;
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean cutInstead;

    Relay(TLSConfig clientCfg, TLSConfig serverCfg) throws IOException {
        listeners[0] = Net.listen("mem", "");
        raw[0] = Net.dial("mem", listeners[0].addr().toString());
        raw[1] = listeners[0].accept();
        listeners[1] = Net.listen("mem", "");
        raw[2] = Net.dial("mem", listeners[1].addr().toString());
        raw[3] = listeners[1].accept();
        Thread.ofVirtual().start(() -> copy(raw[1], raw[2]));
        Thread.ofVirtual().start(this::serverToClient);
        client = TLS.client(raw[0], clientCfg);
        server = TLS.server(raw[3], serverCfg);
    }

    private static void copy(Conn from, Conn to) {
        byte[] b = new byte[16 * 1024];
        try {
            for (int n; (n = from.read(b)) >= 0; ) {
                to.write(b, 0, n);
            }
        } catch (IOException stopped) {
            // the test tore the pair down
        }
    }

    /** Forwards whole records; in split mode, forwards half of one and waits to be released. */
    private void serverToClient() {
        try {
            while (true) {
                byte[] header = readN(raw[2], 5);
                if (header == null) {
                    return;
                }
                int len = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
                byte[] body = readN(raw[2], len);
                if (!split) {
                    raw[1].write(header);
                    raw[1].write(body);
                    continue;
                }
                split = false;
                raw[1].write(header);
                raw[1].write(body, 0, len / 2);
                holding.countDown();
                release.await();
                if (cutInstead) {
                    raw[1].close(); // the stream ends in the middle of a record
                    return;
                }
                raw[1].write(body, len / 2, len - len / 2);
            }
        } catch (IOException | InterruptedException stopped) {
            // the test tore the pair down
        }
    }

    private static byte[] readN(Conn c, int n) throws IOException {
        byte[] b = new byte[n];
        for (int got = 0; got < n; ) {
            int r = c.read(b, got, n - got);
            if (r < 0) {
                return null;
            }
            got += r;
        }
        return b;
    }

    /** From now, the next server-to-client record is held after its first half. */
    void holdNextRecord() {
        split = true;
    }

    /** Waits until the first half of the held record has been forwarded. */
    void awaitHolding() throws InterruptedException {
        if (!holding.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("relay never saw the record to split");
        }
    }

    /** Sends the held second half. */
    void release() {
        release.countDown();
    }

    /** Ends the client's stream where the held record was cut. */
    void cut() {
        cutInstead = true;
        release.countDown();
    }

    void stop() {
        release.countDown();
        ConnPairMaker.Pair.closeQuietly(client);
        ConnPairMaker.Pair.closeQuietly(server);
        for (Conn c : raw) {
            ConnPairMaker.Pair.closeQuietly(c);
        }
        for (Listener l : listeners) {
            ConnPairMaker.Pair.closeQuietly(l);
        }
    }
}
