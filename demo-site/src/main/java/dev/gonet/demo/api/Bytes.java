package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code /api/bytes?n=N}: {@code N} bytes (at most {@value #MAX}) of a fixed pattern,
 * {@link #at(long)}, so a client can check every byte without the server keeping a copy. With
 * a {@code Content-Length} by default; {@code chunked=1} leaves it out (the server then sends
 * chunks); {@code gzip=1} compresses the body ({@code Content-Encoding: gzip}).
 */
final class Bytes implements Handler {
    /** The largest body this endpoint sends: 256 MiB. */
    static final long MAX = 256L << 20;
    private static final int BLOCK = 64 * 1024;

    /** Byte {@code i} of every body. */
    static byte at(long i) {
        return (byte) (i * 31 + 7);
    }

    /** {@code len} pattern bytes starting at offset {@code from}, into {@code b}. */
    static void fill(byte[] b, long from, int len) {
        for (int i = 0; i < len; i++) {
            b[i] = at(from + i);
        }
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        long n;
        try {
            n = Long.parseLong(r.url().query().get("n"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > MAX) {
            Handlers.error(w, "want n=0.." + MAX, Status.BAD_REQUEST);
            return;
        }
        boolean gzip = "1".equals(r.url().query().get("gzip"));
        w.header().set("Content-Type", "application/octet-stream");
        w.header().set("Cache-Control", "no-store");
        if (gzip) {
            w.header().set("Content-Encoding", "gzip");
        } else if (!"1".equals(r.url().query().get("chunked"))) {
            w.header().set("Content-Length", Long.toString(n));
        }
        w.writeHeader(Status.OK);
        OutputStream out = new WriterStream(w);
        if (gzip) {
            out = new GZIPOutputStream(out, BLOCK);
        }
        write(out, 0, n);
        out.close();
    }

    /** Writes pattern bytes {@code [from, from+n)}. */
    static void write(OutputStream out, long from, long n) throws IOException {
        byte[] block = new byte[(int) Math.min(BLOCK, Math.max(1, n))];
        for (long done = 0; done < n;) {
            int k = (int) Math.min(block.length, n - done);
            fill(block, from + done, k);
            out.write(block, 0, k);
            done += k;
        }
    }

    /** A {@link ResponseWriter} as an {@link OutputStream}; {@code flush} sends what was written. */
    static final class WriterStream extends OutputStream {
        private final ResponseWriter w;

        WriterStream(ResponseWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) throws IOException {
            w.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            w.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            new ResponseController(w).flush();
        }
    }
}
