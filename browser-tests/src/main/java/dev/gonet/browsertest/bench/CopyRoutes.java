package dev.gonet.browsertest.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Every route between a Java {@code byte[]} and a JS typed array this probe knows, timed per
 * message in the bundle it runs in ({@code WsBenchMain.copyRoutes}, {@code -DcopyProbe=true}):
 * what TeaVM 0.15 offers ({@code copyFromJavaArray}/{@code copyToJavaArray}, which stage through
 * a 4 KiB linear-memory buffer a byte at a time), per-element JS calls, and a direct
 * {@code ByteBuffer} (in WASM-GC: linear memory, which JS sees as a typed-array view without a
 * copy) filled or drained by a Java loop a byte, an int or a long at a time, with the JS side a
 * bulk {@code TypedArray.set}. Diagnostic only; each route is checked to move the same bytes.
 */
final class CopyRoutes {
    private CopyRoutes() {
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSBody(params = {"a", "n"}, script = "return a.subarray(0, n);")
    private static native Int8Array sub(Int8Array a, int n);

    @JSBody(params = "a", script = "return new Int32Array(a.buffer, a.byteOffset, a.byteLength >> 2);")
    private static native Int32Array int32(Int8Array a);

    /** A route: one message's copy; returns a value the timing loop sums so nothing is dropped. */
    private interface Route {
        int run();
    }

    static String run(int size, int n) {
        byte[] src = new byte[size];
        for (int i = 0; i < size; i++) {
            src[i] = (byte) (i * 31 + (i >> 8));
        }
        Int8Array jsSrc = Int8Array.create(size);
        for (int i = 0; i < size; i++) {
            jsSrc.set(i, src[i]);
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(size).order(ByteOrder.LITTLE_ENDIAN);
        Int8Array jsDst = Int8Array.create(size);
        Int32Array jsDst32 = int32(jsDst);
        Int32Array jsSrc32 = int32(jsSrc);
        byte[] dst = new byte[size];
        Map<String, Route> routes = new LinkedHashMap<>();
        // ---- send: Java byte[] -> a JS view ws.send takes ----
        routes.put("send copyFromJavaArray(copyOfRange)", () ->
                check(Int8Array.copyFromJavaArray(Arrays.copyOfRange(src, 0, size)), src));
        routes.put("send copyFromJavaArray", () -> check(Int8Array.copyFromJavaArray(src), src));
        routes.put("send Int8Array.set(i) per byte", () -> {
            for (int i = 0; i < size; i++) {
                jsDst.set(i, src[i]);
            }
            return check(jsDst, src);
        });
        routes.put("send Int32Array.set(i) per int", () -> {
            for (int i = 0, o = 0; o < size; i++, o += 4) {
                jsDst32.set(i, (src[o] & 0xff) | (src[o + 1] & 0xff) << 8 | (src[o + 2] & 0xff) << 16 | src[o + 3] << 24);
            }
            return check(jsDst, src);
        });
        routes.put("send direct ByteBuffer.put(byte[]) + view", () -> {
            direct.clear();
            direct.put(src, 0, size);
            return check(sub(Int8Array.fromJavaBuffer(direct), size), src);
        });
        routes.put("send direct putInt loop + view", () -> {
            for (int o = 0; o < size; o += 4) {
                direct.putInt(o, (src[o] & 0xff) | (src[o + 1] & 0xff) << 8 | (src[o + 2] & 0xff) << 16 | src[o + 3] << 24);
            }
            return check(sub(Int8Array.fromJavaBuffer(direct), size), src);
        });
        routes.put("send direct putLong loop + view", () -> {
            for (int o = 0; o < size; o += 8) {
                int lo = (src[o] & 0xff) | (src[o + 1] & 0xff) << 8 | (src[o + 2] & 0xff) << 16 | src[o + 3] << 24;
                int hi = (src[o + 4] & 0xff) | (src[o + 5] & 0xff) << 8 | (src[o + 6] & 0xff) << 16 | src[o + 7] << 24;
                direct.putLong(o, (lo & 0xffffffffL) | (long) hi << 32);
            }
            return check(sub(Int8Array.fromJavaBuffer(direct), size), src);
        });
        routes.put("send direct put(i, byte) loop + view", () -> {
            for (int o = 0; o < size; o++) {
                direct.put(o, src[o]);
            }
            return check(sub(Int8Array.fromJavaBuffer(direct), size), src);
        });
        // ---- receive: JS typed array -> Java byte[] ----
        routes.put("recv copyToJavaArray", () -> check(jsSrc.copyToJavaArray(), src));
        routes.put("recv copyToJavaArray + arraycopy", () -> {
            byte[] b = jsSrc.copyToJavaArray();
            System.arraycopy(b, 0, dst, 0, size);
            return check(dst, src);
        });
        routes.put("recv Int8Array.get(i) per byte", () -> {
            for (int i = 0; i < size; i++) {
                dst[i] = jsSrc.get(i);
            }
            return check(dst, src);
        });
        routes.put("recv Int32Array.get(i) per int", () -> {
            for (int i = 0, o = 0; o < size; i++, o += 4) {
                int v = jsSrc32.get(i);
                dst[o] = (byte) v;
                dst[o + 1] = (byte) (v >> 8);
                dst[o + 2] = (byte) (v >> 16);
                dst[o + 3] = (byte) (v >> 24);
            }
            return check(dst, src);
        });
        routes.put("recv view.set + direct get(byte[])", () -> {
            Int8Array.fromJavaBuffer(direct).set(jsSrc);
            direct.clear();
            direct.get(dst, 0, size);
            return check(dst, src);
        });
        routes.put("recv view.set + direct getInt loop", () -> {
            Int8Array.fromJavaBuffer(direct).set(jsSrc);
            for (int o = 0; o < size; o += 4) {
                int v = direct.getInt(o);
                dst[o] = (byte) v;
                dst[o + 1] = (byte) (v >> 8);
                dst[o + 2] = (byte) (v >> 16);
                dst[o + 3] = (byte) (v >> 24);
            }
            return check(dst, src);
        });
        routes.put("recv view.set + direct getLong loop", () -> {
            Int8Array.fromJavaBuffer(direct).set(jsSrc);
            for (int o = 0; o < size; o += 8) {
                long v = direct.getLong(o);
                int lo = (int) v;
                int hi = (int) (v >>> 32);
                dst[o] = (byte) lo;
                dst[o + 1] = (byte) (lo >> 8);
                dst[o + 2] = (byte) (lo >> 16);
                dst[o + 3] = (byte) (lo >> 24);
                dst[o + 4] = (byte) hi;
                dst[o + 5] = (byte) (hi >> 8);
                dst[o + 6] = (byte) (hi >> 16);
                dst[o + 7] = (byte) (hi >> 24);
            }
            return check(dst, src);
        });
        routes.put("recv view.set + direct get(i) loop", () -> {
            Int8Array.fromJavaBuffer(direct).set(jsSrc);
            for (int o = 0; o < size; o++) {
                dst[o] = direct.get(o);
            }
            return check(dst, src);
        });
        routes.put("java arraycopy (floor: GC array to GC array)", () -> {
            System.arraycopy(src, 0, dst, 0, size);
            return dst[size - 1];
        });
        routes.put("java byte loop (floor: GC array to GC array)", () -> {
            for (int o = 0; o < size; o++) {
                dst[o] = src[o];
            }
            return dst[size - 1];
        });
        StringBuilder out = new StringBuilder("{");
        long sink = 0;
        for (Map.Entry<String, Route> e : routes.entrySet()) {
            Route r = e.getValue();
            Arrays.fill(dst, (byte) 0);
            verify = true;
            sink += r.run(); // checks the bytes once, untimed
            verify = false;
            double us = 0;
            for (int round = 0; round < 2; round++) { // the first round warms up
                double t0 = now();
                for (int i = 0; i < n; i++) {
                    sink += r.run();
                }
                us = (now() - t0) * 1000 / n;
            }
            out.append(out.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":")
                    .append(Math.round(us * 10) / 10.0);
        }
        return out.append(",\"sink\":").append(sink).append('}').toString();
    }

    private static boolean verify;

    private static int check(Int8Array got, byte[] want) {
        if (verify) {
            for (int i = 0; i < want.length; i++) {
                if (got.get(i) != want[i]) {
                    throw new IllegalStateException("byte " + i + " differs");
                }
            }
        }
        return got.getLength();
    }

    private static int check(byte[] got, byte[] want) {
        if (verify && !Arrays.equals(got, want)) {
            throw new IllegalStateException("bytes differ");
        }
        return got.length;
    }
}
