package dev.gonet.browsertest.bench;

import dev.gonet.Conn;
import dev.gonet.Net;
import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

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
     * Writes {@code size}-byte messages for {@code millis} ms, keeping at most {@code window}
     * bytes unanswered, and reads the echo, on one green thread: write while the window allows,
     * else read (the raw loop in {@code bench-ws.js} sends on each message event the same way).
     * One thread, because TeaVM hands a monitor's {@code notify} over through
     * {@code setTimeout(0)}: a reader and a writer thread meeting on a lock would measure
     * TeaVM's timer clamp, not the {@code Conn}. Resolves with {@code {"bytes":N,"millis":T}},
     * T from the first write until the last echoed byte is read.
     */
    @JSExport
    public static JSPromise<JSString> throughput(String url, int size, int millis, int window) {
        return JSPromise.callAsync(() -> JSString.valueOf(runThroughput(url, size, millis, window)));
    }

    private static String runThroughput(String url, int size, int millis, int window) throws IOException {
        Conn c = Net.dial("ws", url);
        byte[] msg = new byte[size];
        for (int i = 0; i < size; i++) {
            msg[i] = (byte) i;
        }
        byte[] buf = new byte[64 * 1024];
        long sent = 0;
        long received = 0;
        boolean writing = true;
        double t0 = now();
        double stopAt = t0 + millis;
        while (writing || received < sent) {
            while (writing && sent - received <= window - size) {
                if (now() >= stopAt) {
                    writing = false;
                    break;
                }
                c.write(msg);
                sent += size;
            }
            if (received < sent) {
                int n = c.read(buf);
                if (n < 0) {
                    throw new IOException("EOF from the echo server");
                }
                received += n;
            }
        }
        double t = now() - t0;
        c.close();
        return "{\"bytes\":" + received + ",\"millis\":" + t + "}";
    }

    /**
     * What the browser conn's copies between JS and Java cost in this bundle, in microseconds per
     * {@code size}-byte message: {@code {"toJs":..,"toJava":..}}, the send path's
     * {@code Int8Array.copyFromJavaArray} and the receive path's {@code copyToJavaArray}, each
     * averaged over {@code n} calls (after {@code n} untimed ones). The url is unused; the page
     * calls every probe the same way.
     */
    @JSExport
    public static JSPromise<JSString> copyCost(String url, int size, int n, int unused) {
        return JSPromise.callAsync(() -> {
            byte[] b = new byte[size];
            ArrayBuffer ab = Int8Array.create(size).getBuffer();
            long sink = 0;
            double toJs = 0;
            double toJava = 0;
            for (int round = 0; round < 2; round++) {
                double t0 = now();
                for (int i = 0; i < n; i++) {
                    sink += Int8Array.copyFromJavaArray(b).getLength();
                }
                double t1 = now();
                for (int i = 0; i < n; i++) {
                    sink += Int8Array.create(ab).copyToJavaArray().length;
                }
                toJs = (t1 - t0) * 1000 / n;
                toJava = (now() - t1) * 1000 / n;
            }
            return JSString.valueOf("{\"toJs\":" + toJs + ",\"toJava\":" + toJava + ",\"sink\":" + sink + "}");
        });
    }

    /**
     * Every route between a Java {@code byte[]} and a JS typed array {@link CopyRoutes} knows, in
     * microseconds per {@code size}-byte message (average of {@code n} after {@code n} untimed),
     * as a JSON object keyed by route. The url is unused.
     */
    @JSExport
    public static JSPromise<JSString> copyRoutes(String url, int size, int n, int unused) {
        return JSPromise.callAsync(() -> JSString.valueOf(CopyRoutes.run(size, n)));
    }

    /** {@link WakeProbe}, resumed by a promise: the round trips in microseconds as a JSON array. */
    @JSExport
    public static JSPromise<JSString> wakePromise(String url, int size, int warm, int count) {
        return JSPromise.callAsync(() -> JSString.valueOf(WakeProbe.run(url, size, warm, count, 0)));
    }

    /** {@link WakeProbe}, resumed from a microtask. */
    @JSExport
    public static JSPromise<JSString> wakeMicrotask(String url, int size, int warm, int count) {
        return JSPromise.callAsync(() -> JSString.valueOf(WakeProbe.run(url, size, warm, count, 1)));
    }

    /** {@link WakeProbe}, resumed inside {@code onmessage}. */
    @JSExport
    public static JSPromise<JSString> wakeDirect(String url, int size, int warm, int count) {
        return JSPromise.callAsync(() -> JSString.valueOf(WakeProbe.run(url, size, warm, count, 2)));
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
