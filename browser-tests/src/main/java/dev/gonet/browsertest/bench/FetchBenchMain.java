package dev.gonet.browsertest.bench;

import dev.gonet.IP;
import dev.gonet.dns.DoHResolver;
import dev.gonet.http.Client;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.RoundTripper;
import dev.gonet.http.Request;
import dev.gonet.web.FetchTransport;
import dev.gonet.web.jso.Chunks;
import dev.gonet.web.jso.Promises;
import dev.gonet.web.jso.Settled;
import org.teavm.jso.JSObject;
import dev.gonet.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.streams.ReadableStreamDefaultReader;
import org.teavm.jso.streams.ReadableStreamReadResult;

/**
 * Entry of the fetch and DoH benchmark bundles (JS and WASM-GC, built only with
 * {@code -Pbench}): the same request loops the page runs over raw {@code fetch()}
 * ({@code bench-fetch.js}), through gonet's {@link Client} over the browser's fetch transport,
 * so the two differ only in the layer under test. Driven by {@code FetchBrowserBench} through
 * {@code scripts/bench-fetch.sh}; not a test.
 */
public final class FetchBenchMain {
    private static final Client CLIENT = new Client();

    private FetchBenchMain() {
    }

    @JSBody(script = "return performance.now();")
    static native double now();

    /**
     * {@code warm} untimed then {@code count} timed GETs of {@code url}, one at a time, each body
     * read whole ({@code readAllBytes}) and closed, as the raw loop does with {@code arrayBuffer()};
     * resolves with the timed requests in microseconds as a JSON array.
     */
    @JSExport
    public static JSPromise<JSString> small(String url, int warm, int count) {
        return JSPromise.callAsync(() -> {
            StringBuilder out = new StringBuilder("[");
            long sink = 0;
            for (int i = 0; i < warm + count; i++) {
                double t0 = now();
                Response r = CLIENT.get(url);
                try (InputStream in = r.body()) {
                    sink += in.readAllBytes().length;
                }
                double us = (now() - t0) * 1000;
                if (i >= warm) {
                    out.append(i > warm ? "," : "").append(Math.round(us * 10) / 10.0);
                }
            }
            if (sink < 0) {
                throw new IOException("unreachable");
            }
            return JSString.valueOf(out.append(']').toString());
        });
    }

    /**
     * {@code warm} untimed then {@code count} timed GETs of a large body, read through a 64 KiB
     * buffer as a streaming consumer reads it (the raw loop reads the body's stream chunk by
     * chunk); resolves with the timed requests in milliseconds as a JSON array, and fails if a
     * body was short.
     */
    @JSExport
    public static JSPromise<JSString> large(String url, int warm, int count) {
        return JSPromise.callAsync(() -> {
            StringBuilder out = new StringBuilder("[");
            byte[] buf = new byte[64 * 1024];
            for (int i = 0; i < warm + count; i++) {
                double t0 = now();
                Response r = CLIENT.get(url);
                long n = 0;
                try (InputStream in = r.body()) {
                    int k;
                    while ((k = in.read(buf)) >= 0) {
                        n += k;
                    }
                }
                double ms = now() - t0;
                if (r.contentLength() >= 0 && n != r.contentLength()) {
                    throw new IOException("read " + n + " of " + r.contentLength() + " bytes");
                }
                if (i >= warm) {
                    out.append(i > warm ? "," : "").append(Math.round(ms * 100) / 100.0);
                }
            }
            return JSString.valueOf(out.append(']').toString());
        });
    }

    @JSBody(params = "url", script = "return fetch(url).then(function(r) { return r.arrayBuffer(); });")
    private static native JSPromise<JSObject> rawFetch(String url);

    /**
     * Where a small request's time goes, in microseconds per request (median of {@code count}):
     * a raw {@code fetch()} awaited from a green thread, gonet's {@code FetchTransport} alone,
     * and the whole {@code Client}; plus one await of an already resolved promise. Diagnostic.
     */
    @JSExport
    public static JSPromise<JSString> probe(String url, int count, int unused) {
        return JSPromise.callAsync(() -> {
            double[] raw = new double[count];
            double[] transport = new double[count];
            double[] client = new double[count];
            FetchTransport t = new FetchTransport();
            for (int i = 0; i < count; i++) {
                double t0 = now();
                Promises.await(rawFetch(url));
                double t1 = now();
                try (InputStream in = t.roundTrip(new Request("GET", url, null)).body()) {
                    in.readAllBytes();
                }
                double t2 = now();
                try (InputStream in = CLIENT.get(url).body()) {
                    in.readAllBytes();
                }
                double t3 = now();
                raw[i] = t1 - t0;
                transport[i] = t2 - t1;
                client[i] = t3 - t2;
            }
            double t0 = now();
            for (int i = 0; i < count; i++) {
                Promises.await(JSPromise.resolve(null));
            }
            double awaitUs = (now() - t0) * 1000 / count;
            return JSString.valueOf("{\"rawFromJava\":" + med(raw) + ",\"transport\":" + med(transport)
                    + ",\"client\":" + med(client) + ",\"awaitResolved\":" + awaitUs + "}");
        });
    }

    private static double med(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2] * 1000;
    }

    /**
     * The browser's fetch with {@code cache: "no-store"} on every request, so each DoH query
     * reaches the server (GET answers are otherwise cached by the browser for their TTL), and
     * the URL of the last request, so the raw loop can fetch exactly the same query.
     */
    private static final class NoStore implements RoundTripper {
        private final FetchTransport fetch = new FetchTransport();
        String lastUrl;

        @Override
        public Response roundTrip(Request req) throws IOException {
            lastUrl = req.url().toString();
            return fetch.roundTrip(req.setFetchOptions(req.fetchOptions().withCache(FetchOptions.Cache.NO_STORE)));
        }
    }

    /** The GET URL gonet's resolver sends for an A query of {@code name} at {@code endpoint}. */
    @JSExport
    public static JSPromise<JSString> dohUrl(String endpoint, String name) {
        return JSPromise.callAsync(() -> {
            NoStore t = new NoStore();
            new DoHResolver(List.of(endpoint)).withTransport(t).lookupIP("ip4", name);
            return JSString.valueOf(t.lastUrl);
        });
    }

    /**
     * {@code warm} untimed then {@code count} timed cache misses: {@code lookupIP("ip4", name)}
     * (one A query) through a resolver without a cache over fetch with {@code no-store};
     * resolves with the timed lookups in microseconds as a JSON array.
     */
    @JSExport
    public static JSPromise<JSString> dohMiss(String endpoint, String name, int warm, int count) {
        return JSPromise.callAsync(() -> {
            DoHResolver r = new DoHResolver(List.of(endpoint)).withCacheSize(0).withTransport(new NoStore());
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < warm + count; i++) {
                double t0 = now();
                List<IP> ips = r.lookupIP("ip4", name);
                double us = (now() - t0) * 1000;
                if (ips.isEmpty()) {
                    throw new IOException("no address");
                }
                if (i >= warm) {
                    out.append(i > warm ? "," : "").append(Math.round(us * 10) / 10.0);
                }
            }
            return JSString.valueOf(out.append(']').toString());
        });
    }

    /**
     * A cached lookup: one {@code lookupIP("ip4", name)} to fill the cache, then {@code count}
     * timed lookups in {@code batches} batches; resolves with each batch's microseconds per lookup
     * as a JSON array (a batch, since one hit is shorter than the clock's 5 µs step).
     */
    @JSExport
    public static JSPromise<JSString> dohHit(String endpoint, String name, int count, int batches) {
        return JSPromise.callAsync(() -> {
            DoHResolver r = new DoHResolver(List.of(endpoint)).withTransport(new NoStore());
            r.lookupIP("ip4", name);
            StringBuilder out = new StringBuilder("[");
            long sink = 0;
            for (int b = 0; b < batches; b++) {
                double t0 = now();
                for (int i = 0; i < count; i++) {
                    sink += r.lookupIP("ip4", name).size();
                }
                double us = (now() - t0) * 1000 / count;
                out.append(b > 0 ? "," : "").append(Math.round(us * 100) / 100.0);
            }
            if (sink != (long) count * batches) {
                throw new IOException("a cached lookup changed its answer");
            }
            return JSString.valueOf(out.append(']').toString());
        });
    }

    @JSBody(params = "n", script = "var a = new Uint8Array(n); for (var i = 0; i < n; i++) a[i] = (i * 31 + 7) & 255;"
            + " return a;")
    private static native JSObject patternChunk(int n);

    @JSBody(params = "a", script = "return new Int32Array(a.buffer, a.byteOffset, a.byteLength >> 2);")
    private static native org.teavm.jso.typedarrays.Int32Array int32(JSObject a);

    @JSBody(params = "a", script = "return new BigInt64Array(a.buffer, a.byteOffset, a.byteLength >> 3);")
    private static native org.teavm.jso.typedarrays.BigInt64Array int64(JSObject a);

    /**
     * What copying one {@code size}-byte chunk of a fetch body from JS into a Java {@code byte[]}
     * costs, in microseconds (average of {@code n} after {@code n} untimed), by three routes:
     * {@code Int8Array.copyToJavaArray} (a byte per step), an {@code Int32Array} view copied to an
     * {@code int[]} then unpacked, and a {@code BigInt64Array} view copied to a {@code long[]}
     * then unpacked. Diagnostic; checks that all three give the same bytes.
     */
    @JSExport
    public static JSPromise<JSString> copyProbe(int size, int n, int unused) {
        return JSPromise.callAsync(() -> {
            JSObject chunk = patternChunk(size);
            byte[] want = Chunks.int8(chunk).copyToJavaArray();
            double[] us = new double[3];
            for (int round = 0; round < 2; round++) {
                for (int way = 0; way < 3; way++) {
                    double t0 = now();
                    byte[] got = null;
                    for (int i = 0; i < n; i++) {
                        got = copy(chunk, size, way);
                    }
                    us[way] = (now() - t0) * 1000 / n;
                    if (!java.util.Arrays.equals(got, want)) {
                        throw new IOException("copy way " + way + " changed the bytes");
                    }
                }
            }
            return JSString.valueOf("{\"int8\":" + us[0] + ",\"int32\":" + us[1] + ",\"int64\":" + us[2] + "}");
        });
    }

    private static byte[] copy(JSObject chunk, int size, int way) {
        if (way == 0) {
            return Chunks.int8(chunk).copyToJavaArray();
        }
        byte[] out = new byte[size];
        if (way == 1) {
            int[] w = int32(chunk).copyToJavaArray();
            for (int i = 0, o = 0; i < w.length; i++, o += 4) {
                int v = w[i];
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >> 8);
                out[o + 2] = (byte) (v >> 16);
                out[o + 3] = (byte) (v >> 24);
            }
        } else {
            long[] w = int64(chunk).copyToJavaArray();
            for (int i = 0, o = 0; i < w.length; i++, o += 8) {
                long v = w[i];
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >> 8);
                out[o + 2] = (byte) (v >> 16);
                out[o + 3] = (byte) (v >> 24);
                out[o + 4] = (byte) (v >> 32);
                out[o + 5] = (byte) (v >> 40);
                out[o + 6] = (byte) (v >> 48);
                out[o + 7] = (byte) (v >> 56);
            }
        }
        return out;
    }

    @JSBody(params = "url", script = "return fetch(url).then(function(r) { return r.body.getReader(); });")
    private static native JSPromise<ReadableStreamDefaultReader> rawReader(String url);

    /**
     * The floor for any Java code in this bundle: a raw {@code fetch()} stream read from a green
     * thread, each chunk copied into a Java {@code byte[]} by TeaVM's own
     * {@code Int8Array.copyToJavaArray} (by reference in the JS bundle, byte by byte in WASM-GC),
     * and nothing else. Same loop and output as {@link #large}.
     */
    @JSExport
    public static JSPromise<JSString> largeCopyFloor(String url, int warm, int count) {
        return JSPromise.callAsync(() -> {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < warm + count; i++) {
                double t0 = now();
                Settled opened = Promises.await(rawReader(url));
                ReadableStreamDefaultReader reader = (ReadableStreamDefaultReader) opened.getValue();
                long n = 0;
                while (true) {
                    Settled s = Promises.await(reader.read());
                    if (!s.isOk()) {
                        throw new IOException(Promises.describe(s.getError()));
                    }
                    ReadableStreamReadResult r = (ReadableStreamReadResult) s.getValue();
                    if (r.isDone()) {
                        break;
                    }
                    n += Chunks.int8(r.getValue()).copyToJavaArray().length;
                }
                double ms = now() - t0;
                if (n == 0) {
                    throw new IOException("empty body");
                }
                if (i >= warm) {
                    out.append(i > warm ? "," : "").append(Math.round(ms * 100) / 100.0);
                }
            }
            return JSString.valueOf(out.append(']').toString());
        });
    }
}
