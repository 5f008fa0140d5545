package dev.gonet.web;

import java.nio.ByteBuffer;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Bytes between Java arrays and JS typed arrays, with as few copies as each bundle allows.
 *
 * <p><b>JS bundle:</b> a Java {@code byte[]} is an {@code Int8Array}, so both directions are a
 * view ({@link #view}) or one bulk {@code TypedArray.set} into the Java array
 * ({@link #copyInto}).
 *
 * <p><b>WASM-GC bundle:</b> a Java {@code byte[]} is a GC array JavaScript cannot read or
 * write, and WebAssembly has no bulk copy between a GC array and linear memory or a JS buffer.
 * TeaVM 0.15's {@code Int8Array.copyFromJavaArray}/{@code copyToJavaArray} move the bytes one at
 * a time through a 4 KiB linear-memory buffer and two new typed arrays per 4 KiB. Here the bytes go
 * through one direct {@link ByteBuffer} (linear memory, which JS sees as a typed-array view
 * without a copy): a byte per step on the Java side, which no route avoids (a plain Java loop
 * between two GC arrays costs about the same), and a single bulk {@code set} or none on the JS
 * side: a message is sent straight from the view; a received message is copied
 * into the buffer by {@code set} and unpacked into the reader's own array. The buffer is
 * {@value #STAGING} bytes, allocated once per page; longer runs go through it in steps.
 *
 * <p>Browser-thread only (one shared buffer): every call is synchronous and the views it returns
 * are valid only until the next call (and any allocation that grows the wasm memory); callers
 * hand them to {@code WebSocket.send}, which copies the bytes at once.
 */
final class JsBytes {
    /** Bytes of the WASM-GC bundle's staging buffer. */
    static final int STAGING = 64 * 1024;

    /** Whether Java {@code byte[]}s are JS typed arrays (the JS bundle), so views need no copy. */
    static final boolean BY_REF = byRef();

    private static ByteBuffer staging;

    private JsBytes() {
    }

    private static boolean byRef() {
        byte[] probe = new byte[1];
        Int8Array.copyFromJavaArray(probe).set(0, (byte) 1); // by reference where it can be
        return probe[0] == 1;
    }

    private static ByteBuffer staging() {
        if (staging == null) {
            staging = ByteBuffer.allocateDirect(STAGING);
        }
        return staging;
    }

    @JSBody(params = {"a", "off", "len"}, script = "return a.subarray(off, off + len);")
    static native Int8Array sub(Int8Array a, int off, int len);

    /**
     * The bytes {@code b[off..off+len)} as an {@code Int8Array}, for a call that consumes them at
     * once ({@code WebSocket.send}): a view of {@code b} itself in the JS bundle, of the staging
     * buffer (or, beyond {@value #STAGING} bytes, a new array filled through it) in WASM-GC.
     */
    static Int8Array view(byte[] b, int off, int len) {
        if (BY_REF) {
            return sub(Int8Array.copyFromJavaArray(b), off, len);
        }
        ByteBuffer s = staging();
        if (len <= STAGING) {
            pack(b, off, s, len);
            return sub(Int8Array.fromJavaBuffer(s), 0, len);
        }
        Int8Array out = Int8Array.create(len);
        for (int done = 0; done < len; ) {
            int n = Math.min(STAGING, len - done);
            pack(b, off + done, s, n);
            out.set(sub(Int8Array.fromJavaBuffer(s), 0, n), done);
            done += n;
        }
        return out;
    }

    /** Copies {@code src[srcOff..srcOff+len)} into {@code dst[off..off+len)}. */
    static void copyInto(Int8Array src, int srcOff, byte[] dst, int off, int len) {
        if (BY_REF) {
            Int8Array.copyFromJavaArray(dst).set(sub(src, srcOff, len), off);
            return;
        }
        ByteBuffer s = staging();
        for (int done = 0; done < len; ) {
            int n = Math.min(STAGING, len - done);
            Int8Array.fromJavaBuffer(s).set(sub(src, srcOff + done, n)); // bulk, in JS
            unpack(s, dst, off + done, n);
            done += n;
        }
    }

    /**
     * {@code b[off..off+len)} into {@code s[0..len)}: TeaVM's bulk {@code put}, a byte per step
     * into linear memory. Measured as fast as packing eight bytes per store (the per-byte read of
     * the GC array is the cost either way; see docs/benchmarks.md).
     */
    private static void pack(byte[] b, int off, ByteBuffer s, int len) {
        s.clear();
        s.put(b, off, len);
    }

    /** {@code s[0..len)} into {@code b[off..off+len)}, as {@link #pack} the other way. */
    private static void unpack(ByteBuffer s, byte[] b, int off, int len) {
        s.clear();
        s.get(b, off, len);
    }
}
