package dev.gonet.browsertest.bench;

import dev.gonet.Conn;
import dev.gonet.Net;
import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * Entry of the WebSocket benchmark bundles (JS and WASM-GC, built only with {@code -Pbench}):
 * echo throughput and round-trip latency through gonet's {@link Conn} from {@code Net.dial("ws")},
 * the same loops the page runs over the raw JS {@code WebSocket} ({@code bench-ws.js}), so the
 * two differ only in the layer under test. Driven by {@code WsBrowserBench} through
 * {@code scripts/bench-ws.sh}; not a test.
 */
public final class WsBenchMain {
    private WsBenchMain() {
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    /**
     * Writes {@code size}-byte messages for {@code millis} ms while a second green thread reads
     * the echo; at most {@code window} bytes are unanswered at any time. Resolves with
     * {@code {"bytes":N,"millis":T}}, T from the first write until the last echoed byte is read.
     */
    @JSExport
    public static JSPromise<JSString> throughput(String url, int size, int millis, int window) {
        return JSPromise.callAsync(() -> JSString.valueOf(runThroughput(url, size, millis, window)));
    }

    private static String runThroughput(String url, int size, int millis, int window) throws Exception {
        Conn c = Net.dial("ws", url);
        byte[] msg = new byte[size];
        for (int i = 0; i < size; i++) {
            msg[i] = (byte) i;
        }
        Flow flow = new Flow();
        Thread reader = new Thread(() -> flow.readAll(c));
        double t0 = now();
        reader.start();
        double stopAt = t0 + millis;
        while (now() < stopAt) {
            flow.awaitWindow(window - size);
            c.write(msg);
            flow.sent(size);
        }
        flow.awaitEchoes();
        double t = now() - t0;
        c.close(); // wakes the reader, blocked in read with nothing more to come
        reader.join();
        if (flow.error != null) {
            throw flow.error;
        }
        return "{\"bytes\":" + flow.received + ",\"millis\":" + t + "}";
    }

    /** Bytes sent and echoed, shared by the writer and the reader green threads. */
    private static final class Flow {
        long sent;
        long received;
        boolean writerDone; // the close after it is the end of the run, not an error
        IOException error;

        synchronized void awaitWindow(long max) throws InterruptedException {
            while (sent - received > max && error == null) {
                wait();
            }
        }

        synchronized void sent(int n) {
            sent += n;
        }

        /** Called by the writer once it stopped: waits until every sent byte came back. */
        synchronized void awaitEchoes() throws InterruptedException {
            writerDone = true;
            while (received < sent && error == null) {
                wait();
            }
        }

        void readAll(Conn c) {
            byte[] buf = new byte[64 * 1024];
            try {
                while (true) {
                    int n = c.read(buf);
                    if (n < 0) {
                        throw new IOException("EOF from the echo server");
                    }
                    synchronized (this) {
                        received += n;
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    if (writerDone && received == sent) {
                        return; // the close that ends the run
                    }
                    error = e;
                    notifyAll();
                }
            }
        }
    }

    /**
     * {@code warm} untimed then {@code count} timed round trips of one {@code size}-byte message;
     * resolves with the timed round trips in microseconds as a JSON array.
     */
    @JSExport
    public static JSPromise<JSString> latency(String url, int size, int warm, int count) {
        return JSPromise.callAsync(() -> {
            Conn c = Net.dial("ws", url);
            byte[] msg = new byte[size];
            byte[] buf = new byte[size];
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < warm + count; i++) {
                double t0 = now();
                c.write(msg);
                for (int got = 0; got < size; ) {
                    int n = c.read(buf, got, size - got);
                    if (n < 0) {
                        throw new IOException("EOF from the echo server");
                    }
                    got += n;
                }
                double us = (now() - t0) * 1000;
                if (i >= warm) {
                    out.append(i > warm ? "," : "").append(Math.round(us * 10) / 10.0);
                }
            }
            c.close();
            return JSString.valueOf(out.append(']').toString());
        });
    }
}
