package dev.gonet.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Go's {@code serveContent} and its range helpers from {@code fs.go}: byte ranges (RFC 9110
 * §14) of one file of known size, after the conditions ({@link Preconditions}) are checked.
 */
final class ServeContent {
    private ServeContent() {
    }

    private static final Random BOUNDARIES = new Random();

    /** A byte range: {@code length} bytes from {@code start}. */
    record Range(long start, long length) {
        String contentRange(long size) {
            return "bytes " + start + "-" + (start + length - 1) + "/" + size;
        }
    }

    /** Go's "no overlap" case: every range starts past the end (416 with {@code bytes *\/size}). */
    static final class NoOverlap extends Exception {
    }

    static void serve(ResponseWriter w, Request r, String name, Instant modTime, long size, FileSystem.File f)
            throws IOException {
        Preconditions.setLastModified(w, modTime);
        String rangeHeader = Preconditions.check(w, r, modTime);
        if (rangeHeader == null) {
            return;
        }
        Header h = w.header();
        String ctype;
        if (!h.has("Content-Type")) {
            int dot = name.lastIndexOf('.');
            ctype = dot < 0 ? "" : ContentType.byExtension(name.substring(dot));
            if (ctype.isEmpty()) {
                byte[] head = new byte[ContentType.SNIFF_LEN];
                int n;
                try (InputStream in = f.inputStream(0)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                ctype = ContentType.detect(head, 0, n);
            }
            h.set("Content-Type", ctype);
        } else {
            ctype = h.get("Content-Type");
        }
        List<Range> ranges;
        try {
            ranges = parseRange(rangeHeader, size);
        } catch (NoOverlap e) {
            h.set("Content-Range", "bytes */" + size);
            Handlers.error(w, "invalid range: failed to overlap", Status.REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        } catch (IllegalArgumentException e) {
            Handlers.error(w, "invalid range", Status.REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        long sum = 0;
        for (Range ra : ranges) {
            sum += ra.length();
        }
        if (sum > size) {
            ranges = List.of(); // more bytes asked than the file has: an attack or a confused client
        }
        int code = Status.OK;
        long sendSize = size;
        String boundary = null;
        List<byte[]> partHeads = null;
        if (ranges.size() == 1) {
            code = Status.PARTIAL_CONTENT;
            sendSize = ranges.get(0).length();
            h.set("Content-Range", ranges.get(0).contentRange(size));
        } else if (ranges.size() > 1) {
            code = Status.PARTIAL_CONTENT;
            boundary = boundary();
            partHeads = new ArrayList<>();
            sendSize = 0;
            for (int i = 0; i < ranges.size(); i++) {
                Range ra = ranges.get(i);
                // Go's multipart.Writer: part fields sorted by key, CRLF between parts.
                String p = (i == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Range: " + ra.contentRange(size)
                        + "\r\nContent-Type: " + ctype + "\r\n\r\n";
                byte[] pb = Ascii.bytes(p);
                partHeads.add(pb);
                sendSize += pb.length + ra.length();
            }
            sendSize += Ascii.bytes("\r\n--" + boundary + "--\r\n").length;
            h.set("Content-Type", "multipart/byteranges; boundary=" + boundary);
        }
        h.set("Accept-Ranges", "bytes");
        if (h.get("Content-Encoding").isEmpty()) {
            h.set("Content-Length", Long.toString(sendSize));
        }
        w.writeHeader(code);
        if (r.method().equals("HEAD")) {
            return;
        }
        if (ranges.size() <= 1) {
            long start = ranges.isEmpty() ? 0 : ranges.get(0).start();
            copy(w, f, start, sendSize);
            return;
        }
        for (int i = 0; i < ranges.size(); i++) {
            w.write(partHeads.get(i));
            copy(w, f, ranges.get(i).start(), ranges.get(i).length());
        }
        w.writeString("\r\n--" + boundary + "--\r\n");
    }

    private static void copy(ResponseWriter w, FileSystem.File f, long start, long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(32 * 1024, Math.max(n, 1))];
        try (InputStream in = f.inputStream(start)) {
            while (n > 0) {
                int k = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (k < 0) {
                    throw new IOException("http: file shorter than its size"); // changed while serving
                }
                w.write(buf, 0, k);
                n -= k;
            }
        }
    }

    /** Go's 30 random bytes in hex, as {@code multipart.Writer} makes a boundary. */
    private static String boundary() {
        byte[] b = new byte[30];
        synchronized (BOUNDARIES) {
            BOUNDARIES.nextBytes(b);
        }
        StringBuilder s = new StringBuilder(60);
        for (byte x : b) {
            s.append(Character.forDigit(x >> 4 & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }

    /** Go's {@code parseRange}: {@code bytes=a-b, c-, -n}; IllegalArgumentException when invalid. */
    static List<Range> parseRange(String s, long size) throws NoOverlap {
        List<Range> ranges = new ArrayList<>();
        if (s.isEmpty()) {
            return ranges;
        }
        if (!s.startsWith("bytes=")) {
            throw new IllegalArgumentException("invalid range");
        }
        boolean noOverlap = false;
        for (String ra : Framing.elements(s.substring(6))) {
            int dash = ra.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException("invalid range");
            }
            String start = Ascii.trimString(ra.substring(0, dash));
            String end = Ascii.trimString(ra.substring(dash + 1));
            if (start.isEmpty()) {
                long i = number(end);
                i = Math.min(i, size);
                ranges.add(new Range(size - i, i));
                continue;
            }
            long i = number(start);
            if (i >= size) {
                noOverlap = true;
                continue;
            }
            if (end.isEmpty()) {
                ranges.add(new Range(i, size - i));
                continue;
            }
            long j = number(end);
            if (i > j) {
                throw new IllegalArgumentException("invalid range");
            }
            j = Math.min(j, size - 1);
            ranges.add(new Range(i, j - i + 1));
        }
        if (noOverlap && ranges.isEmpty()) {
            throw new NoOverlap();
        }
        return ranges;
    }

    /** A non-negative decimal (Go's {@code ParseInt} as these callers use it; a sign is invalid). */
    private static long number(String s) {
        try {
            return Framing.parseContentLength(s, 416);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("invalid range");
        }
    }
}
