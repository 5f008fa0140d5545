package dev.gonet.testkit.httptest;

import dev.gonet.http.ContentType;
import dev.gonet.http.Flusher;
import dev.gonet.http.Header;
import dev.gonet.http.Response;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import dev.gonet.internal.Ascii;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Go's {@code httptest.ResponseRecorder}: a {@link ResponseWriter} that keeps what a handler
 * wrote, for calling a handler directly in a test ({@code h.serveHTTP(rec, request)}, the
 * request from {@link HttpTest#newRequest}).
 *
 * <p>As Go's: the status is 200 until the handler sets one; the first {@link #writeHeader} wins
 * and snapshots the header, so later header changes do not show in {@link #result()} (trailers
 * excepted); the first write without a {@code Content-Type} (and no {@code Transfer-Encoding})
 * sets one sniffed from the bytes ({@link ContentType#detect}). Nothing is framed, chunked or
 * checked against the method or status, so a body appears even where a server would drop it.
 *
 * <p>A per-request value for one handler call and one thread, like {@link Response}; accessors
 * carry Go's field names ({@link #code()}, {@link #body()}, {@link #flushed()}).
 */
public final class ResponseRecorder implements ResponseWriter, Flusher {
    private int code = Status.OK;
    private final Header headerMap = new Header();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean flushed;
    private boolean wroteHeader;
    private Header snapHeader; // the header as it was at the first writeHeader
    private Response result;

    /** Go's {@code httptest.NewRecorder}: status 200, no header fields, an empty body. */
    public ResponseRecorder() {
    }

    /** The header map the handler writes to (Go's {@code HeaderMap}, returned by {@code Header()}). */
    @Override
    public Header header() {
        return headerMap;
    }

    /**
     * Records {@code statusCode} and snapshots the header, once; later calls are ignored, as in
     * Go's recorder (which, unlike a server, does not log them).
     *
     * @throws IllegalArgumentException {@code invalid WriteHeader code N} outside 100-999 (Go panics)
     */
    @Override
    public void writeHeader(int statusCode) {
        if (wroteHeader) {
            return;
        }
        if (statusCode < 100 || statusCode > 999) {
            throw new IllegalArgumentException("invalid WriteHeader code " + statusCode);
        }
        code = statusCode;
        wroteHeader = true;
        snapHeader = headerMap.clone();
    }

    /** Appends to {@link #body()}, writing the header first as {@link ResponseWriter#write} describes. */
    @Override
    public void write(byte[] b, int off, int len) {
        if (!wroteHeader) {
            // Go's writeHeader(b, ""): sniff from at most the first 512 bytes of this write
            if (!headerMap.has("Content-Type") && headerMap.get("Transfer-Encoding").isEmpty()) {
                headerMap.set("Content-Type", ContentType.detect(b, off, Math.min(len, 512)));
            }
            writeHeader(Status.OK);
        }
        body.write(b, off, len);
    }

    /** Go's {@code Flush}: writes status 200 if none was written, and sets {@link #flushed()}. */
    @Override
    public void flush() {
        if (!wroteHeader) {
            writeHeader(Status.OK);
        }
        flushed = true;
    }

    /** {@return the status the handler wrote, 200 until it writes one (Go's {@code Code})} */
    public int code() {
        return code;
    }

    /** {@return a copy of the body bytes written so far (Go's {@code Body.Bytes()})} */
    public byte[] body() {
        return body.toByteArray();
    }

    /** {@return the body written so far as UTF-8 text (Go's {@code Body.String()}; a bad byte is U+FFFD)} */
    public String bodyString() {
        byte[] b = body.toByteArray();
        return Ascii.string(b, 0, b.length);
    }

    /** {@return whether the handler flushed (Go's {@code Flushed})} */
    public boolean flushed() {
        return flushed;
    }

    /**
     * {@return Go's {@code Result}: the response as a client would see it, made on the first call and
     *   returned again after: the status code and {@code "NNN Text"} status, the header as it was at the
     *   first {@link #writeHeader} (or now, if the status was never written), the body written so far,
     *   {@link Response#contentLength()} from {@code Content-Length} (-1 when absent or not a number), and
     *   as {@link Response#trailer()} the fields declared in {@code Trailer} (those allowed in a trailer)
     *   and those set with {@link ResponseWriter#TRAILER_PREFIX}, with their values as they are now} Call
     *   it after the handler returned.
     */
    public Response result() {
        if (result != null) {
            return result;
        }
        if (snapHeader == null) {
            snapHeader = headerMap.clone();
        }
        Response res = new Response(code, snapHeader, new ByteArrayInputStream(body.toByteArray()));
        res.setStatus(code + " " + Status.statusText(code));
        res.setContentLength(parseContentLength(snapHeader.get("Content-Length")));
        Header trailer = null;
        for (String line : snapHeader.values("Trailer")) {
            for (int start = 0, comma; start <= line.length(); start = comma + 1) {
                comma = line.indexOf(',', start);
                if (comma < 0) {
                    comma = line.length();
                }
                String k = Header.canonicalKey(Ascii.trimString(line.substring(start, comma)));
                if (!validTrailerHeader(k) || !headerMap.has(k)) {
                    continue;
                }
                if (trailer == null) {
                    trailer = new Header();
                }
                List<String> vv = headerMap.values(k);
                trailer.putRaw(k, vv.toArray(new String[0]));
            }
        }
        for (String k : headerMap.keys()) {
            if (!k.startsWith(TRAILER_PREFIX)) {
                continue;
            }
            if (trailer == null) {
                trailer = new Header();
            }
            for (String v : headerMap.values(k)) {
                trailer.add(k.substring(TRAILER_PREFIX.length()), v);
            }
        }
        if (trailer != null) {
            res.setTrailer(trailer);
        }
        result = res;
        return res;
    }

    /** Go's httptest {@code parseContentLength}: a non-negative decimal below 2^63, else -1. */
    private static long parseContentLength(String cl) {
        cl = Ascii.trimString(cl);
        if (cl.isEmpty() || cl.length() > 19) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < cl.length(); i++) {
            char c = cl.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
            if (n < 0) {
                return -1; // past 2^63 - 1, where Go's ParseUint(cl, 10, 63) fails
            }
        }
        return n;
    }

    /** Go's {@code httpguts.ValidTrailerHeader}: not an {@code If-} field nor one of RFC 7230's forbidden ones. */
    private static boolean validTrailerHeader(String name) {
        if (name.startsWith("If-")) {
            return false;
        }
        switch (name) {
            case "Authorization", "Cache-Control", "Connection", "Content-Encoding", "Content-Length",
                    "Content-Range", "Content-Type", "Expect", "Host", "Keep-Alive", "Max-Forwards", "Pragma",
                    "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Connection", "Range", "Realm", "Te",
                    "Trailer", "Transfer-Encoding", "Www-Authenticate" -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
