package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.time.Instant;

/**
 * Go's conditional-request checks from {@code fs.go} (RFC 9110 §13): If-Match,
 * If-Unmodified-Since, If-None-Match, If-Modified-Since and If-Range against a modification
 * time (to the second) and the response's {@code Etag} field, and the 304 answer.
 */
final class Preconditions {
    private Preconditions() {
    }

    static final int COND_NONE = 0;
    static final int COND_TRUE = 1;
    static final int COND_FALSE = 2;

    static void setLastModified(ResponseWriter w, Instant modTime) {
        if (!isZero(modTime)) {
            w.header().set("Last-Modified", HttpDate.format(modTime));
        }
    }

    static boolean isZero(Instant t) {
        return t == null || t.getEpochSecond() == 0 && t.getNano() == 0;
    }

    static void writeNotModified(ResponseWriter w) {
        Header h = w.header();
        h.del("Content-Type");
        h.del("Content-Length");
        h.del("Content-Encoding");
        if (!h.get("Etag").isEmpty()) {
            h.del("Last-Modified");
        }
        w.writeHeader(Status.NOT_MODIFIED);
    }

    /**
     * Go's {@code checkPreconditions}: writes 304 or 412 and returns null when the request is
     * answered, else the Range field to honour ("" when none, or when If-Range says the
     * representation changed).
     */
    static String check(ResponseWriter w, Request r, Instant modTime) {
        int ch = checkIfMatch(w, r);
        if (ch == COND_NONE) {
            ch = checkIfUnmodifiedSince(r, modTime);
        }
        if (ch == COND_FALSE) {
            w.writeHeader(Status.PRECONDITION_FAILED);
            return null;
        }
        int inm = checkIfNoneMatch(w, r);
        if (inm == COND_FALSE) {
            if (isGetOrHead(r)) {
                writeNotModified(w);
            } else {
                w.writeHeader(Status.PRECONDITION_FAILED);
            }
            return null;
        }
        if (inm == COND_NONE && checkIfModifiedSince(r, modTime) == COND_FALSE) {
            writeNotModified(w);
            return null;
        }
        String range = r.header().get("Range");
        if (!range.isEmpty() && checkIfRange(w, r, modTime) == COND_FALSE) {
            range = "";
        }
        return range;
    }

    private static boolean isGetOrHead(Request r) {
        return r.method().equals("GET") || r.method().equals("HEAD");
    }

    static int checkIfModifiedSince(Request r, Instant modTime) {
        if (!isGetOrHead(r)) {
            return COND_NONE;
        }
        Instant t = parseTime(r.header().get("If-Modified-Since"));
        if (t == null || isZero(modTime)) {
            return COND_NONE;
        }
        return modTime.getEpochSecond() <= t.getEpochSecond() ? COND_FALSE : COND_TRUE;
    }

    private static int checkIfUnmodifiedSince(Request r, Instant modTime) {
        Instant t = parseTime(r.header().get("If-Unmodified-Since"));
        if (t == null || isZero(modTime)) {
            return COND_NONE;
        }
        return modTime.getEpochSecond() <= t.getEpochSecond() ? COND_TRUE : COND_FALSE;
    }

    private static int checkIfMatch(ResponseWriter w, Request r) {
        String im = r.header().get("If-Match");
        if (im.isEmpty()) {
            return COND_NONE;
        }
        String etag = w.header().get("Etag");
        while (true) {
            im = Ascii.trimString(im);
            if (im.isEmpty()) {
                return COND_FALSE;
            }
            if (im.charAt(0) == ',') {
                im = im.substring(1);
                continue;
            }
            if (im.charAt(0) == '*') {
                return COND_TRUE;
            }
            String[] e = scanETag(im);
            if (e == null) {
                return COND_FALSE;
            }
            if (e[0].equals(etag) && e[0].startsWith("\"")) {
                return COND_TRUE;
            }
            im = e[1];
        }
    }

    private static int checkIfNoneMatch(ResponseWriter w, Request r) {
        String buf = r.header().get("If-None-Match");
        if (buf.isEmpty()) {
            return COND_NONE;
        }
        String etag = w.header().get("Etag");
        while (true) {
            buf = Ascii.trimString(buf);
            if (buf.isEmpty()) {
                return COND_TRUE;
            }
            if (buf.charAt(0) == ',') {
                buf = buf.substring(1);
                continue;
            }
            if (buf.charAt(0) == '*') {
                return COND_FALSE;
            }
            String[] e = scanETag(buf);
            if (e == null) {
                return COND_TRUE;
            }
            if (weak(e[0]).equals(weak(etag))) {
                return COND_FALSE;
            }
            buf = e[1];
        }
    }

    private static int checkIfRange(ResponseWriter w, Request r, Instant modTime) {
        if (!isGetOrHead(r)) {
            return COND_NONE;
        }
        String ir = r.header().get("If-Range");
        if (ir.isEmpty()) {
            return COND_NONE;
        }
        String[] e = scanETag(ir);
        if (e != null) {
            String etag = w.header().get("Etag");
            return e[0].equals(etag) && e[0].startsWith("\"") ? COND_TRUE : COND_FALSE;
        }
        Instant t = parseTime(ir);
        if (modTime == null || t == null) {
            return COND_FALSE;
        }
        return t.getEpochSecond() == modTime.getEpochSecond() ? COND_TRUE : COND_FALSE;
    }

    private static String weak(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    /** Go's {@code scanETag}: {etag, rest}, or null when {@code s} does not start with one. */
    static String[] scanETag(String s) {
        s = Ascii.trimString(s);
        int start = s.startsWith("W/") ? 2 : 0;
        if (s.length() - start < 2 || s.charAt(start) != '"') {
            return null;
        }
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return new String[] {s.substring(0, i + 1), s.substring(i + 1)};
            }
            if (!(c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80)) {
                return null;
            }
        }
        return null;
    }

    private static Instant parseTime(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return HttpDate.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
