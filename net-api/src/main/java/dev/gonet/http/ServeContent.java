package dev.gonet.http;

import dev.gonet.http.ByteRanges.Range;
import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Go's {@code serveContent} from {@code fs.go}: one file of known size, after the conditions
 * ({@link Preconditions}) are checked, whole or as byte ranges (RFC 9110 §14, parsed by
 * {@link ByteRanges}).
 *
 * <p>What a Range field can cost is bounded: more than {@code maxRanges} specs, or ranges
 * adding up to more bytes than the file has (Go's rule), are ignored and the whole file is
 * sent; overlapping and touching ranges are merged. So a 206 carries at most the file's bytes
 * plus about 150 bytes of part head per range, at most {@code maxRanges} of them.
 */
final class ServeContent {
    private ServeContent() {
    }

    private static final Random BOUNDARIES = new Random();

    static void serve(ResponseWriter w, Request r, String name, Instant modTime, long size, FileSystem.File f,
            int maxRanges) throws IOException {
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
            ranges = ByteRanges.parse(rangeHeader, size, maxRanges);
        } catch (ByteRanges.TooMany e) {
            ranges = List.of(); // RFC 9110 §14.2: a server may ignore such a field
        } catch (ByteRanges.NoOverlap e) {
            if (size != 0) {
                h.set("Content-Range", "bytes */" + size);
                Handlers.error(w, e.getMessage(), Status.REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
            ranges = List.of(); // Go: some clients send Range on every request; empty content is 200
        } catch (IllegalArgumentException e) {
            Handlers.error(w, "invalid range", Status.REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (ByteRanges.sum(ranges) > size) {
            ranges = List.of(); // more bytes asked than the file has: an attack or a confused client (Go)
        }
        ranges = ByteRanges.coalesce(ranges);
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
        if (!ranges.isEmpty() || h.get("Content-Encoding").isEmpty()) {
            // Go: with a handler's Content-Encoding the encoded size is unknown, except for ranges
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
}
