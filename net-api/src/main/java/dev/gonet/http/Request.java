package dev.gonet.http;

import dev.gonet.tls.ConnectionState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code http.Request} as a server hands it to a {@link Handler}: method, target, header,
 * body, and what routing found.
 *
 * <p>The server removes {@code Host} (see {@link #host()}), {@code Transfer-Encoding} (see
 * {@link #transferEncoding()}) and {@code Trailer} (see {@link #trailer()}) from
 * {@link #header()}, as Go does. {@link #body()} is never null: it is empty when the request
 * has none, and reading it past its end returns -1. A chunked body's trailer fields appear in
 * {@link #trailer()} once the body has been read to its end.
 *
 * <p>Like Go's, a request is a mutable value for one handler invocation; it is not safe for
 * concurrent mutation. {@link #withURL(URL)} makes the shallow copy middleware such as
 * {@link Handlers#stripPrefix} passes on.
 */
public final class Request {
    /** Go's {@code maxFormSize}: a urlencoded body larger than this fails parsing. */
    static final long MAX_FORM_SIZE = 10 << 20;

    private final String method;
    private URL url;
    private final String proto;
    private final int protoMajor;
    private final int protoMinor;
    private final Header header;
    private InputStream body;
    private final long contentLength;
    private final List<String> transferEncoding;
    private final boolean close;
    private final String host;
    private final Header trailer;
    private final String remoteAddr;
    private ConnectionState tls;
    private final String requestURI;
    private String pattern = "";
    private Map<String, String> pathValues;
    private Values form;
    private Values postForm;

    /**
     * A request for a handler test or a client (Go's {@code http.NewRequest}, with
     * {@code httptest.NewRequest}'s defaults for a bare path): {@code target} is an absolute URL
     * or a path; the host is the URL's, else {@code example.com}. A null body is an empty one.
     *
     * @throws URLException if {@code target} does not parse
     * @throws IllegalArgumentException if {@code method} is not a token
     */
    public Request(String method, String target, InputStream body) throws URLException {
        if (method.isEmpty()) {
            method = "GET";
        }
        if (!Ascii.isToken(method)) {
            throw new IllegalArgumentException("net/http: invalid method " + Ascii.quote(method));
        }
        this.method = method;
        this.url = URL.parse(target);
        this.proto = "HTTP/1.1";
        this.protoMajor = 1;
        this.protoMinor = 1;
        this.header = new Header();
        this.body = body == null ? InputStream.nullInputStream() : body;
        this.contentLength = body == null ? 0 : -1;
        this.transferEncoding = List.of();
        this.close = false;
        this.host = url.host().isEmpty() ? "example.com" : url.host();
        this.trailer = new Header();
        this.remoteAddr = "192.0.2.1:1234";
        this.requestURI = url.isAbs() ? "" : target;
    }

    /** What the server builds from a parsed head; {@code body} is the framed request body. */
    Request(RequestHead h, InputStream body, String remoteAddr) {
        this.method = h.method();
        this.url = h.url();
        this.proto = h.proto();
        this.protoMajor = h.protoMajor();
        this.protoMinor = h.protoMinor();
        this.header = h.header();
        this.body = body;
        this.contentLength = h.contentLength();
        boolean chunked = h.framing() == BodyFraming.CHUNKED;
        this.transferEncoding = chunked ? List.of("chunked") : List.of();
        this.close = h.close();
        this.host = h.host();
        this.trailer = new Header();
        if (chunked) {
            for (String k : h.trailerKeys()) {
                trailer.putRaw(k);
            }
            header.del("Trailer");
        }
        header.del("Host");
        header.del("Transfer-Encoding");
        this.remoteAddr = remoteAddr;
        this.requestURI = h.requestURI();
    }

    private Request(Request r, URL url) {
        this.method = r.method;
        this.url = url;
        this.proto = r.proto;
        this.protoMajor = r.protoMajor;
        this.protoMinor = r.protoMinor;
        this.header = r.header;
        this.body = r.body;
        this.contentLength = r.contentLength;
        this.transferEncoding = r.transferEncoding;
        this.close = r.close;
        this.host = r.host;
        this.trailer = r.trailer;
        this.remoteAddr = r.remoteAddr;
        this.requestURI = r.requestURI;
        this.pattern = r.pattern;
        this.pathValues = r.pathValues == null ? null : new LinkedHashMap<>(r.pathValues);
        this.form = r.form;
        this.postForm = r.postForm;
    }

    /** A shallow copy with another URL (header, body and trailer are shared), as Go's middleware makes. */
    public Request withURL(URL u) {
        return new Request(this, u);
    }

    /** The method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The parsed request target; for CONNECT only its host is set. */
    public URL url() {
        return url;
    }

    /** {@code HTTP/1.1} or {@code HTTP/1.0}. */
    public String proto() {
        return proto;
    }

    public int protoMajor() {
        return protoMajor;
    }

    public int protoMinor() {
        return protoMinor;
    }

    /** Go's {@code ProtoAtLeast}. */
    public boolean protoAtLeast(int major, int minor) {
        return protoMajor > major || (protoMajor == major && protoMinor >= minor);
    }

    /** The request header fields, canonical keys, without Host, Transfer-Encoding and Trailer. */
    public Header header() {
        return header;
    }

    /** The body; empty (not null) when there is none. */
    public InputStream body() {
        return body;
    }

    /** Replaces the body, e.g. with a {@link MaxBytesReader} around it (Go: {@code r.Body = ...}). */
    public void setBody(InputStream body) {
        this.body = body == null ? InputStream.nullInputStream() : body;
    }

    /** The body length; -1 when unknown (chunked), 0 when there is no body. */
    public long contentLength() {
        return contentLength;
    }

    /** {@code [chunked]} for a chunked body, else empty (Go's {@code TransferEncoding}). */
    public List<String> transferEncoding() {
        return transferEncoding;
    }

    /** Whether the client asked to close the connection after this exchange (Go's {@code Close}). */
    public boolean wantsClose() {
        return close;
    }

    /** The host the request is for: the Host field, or the absolute target's host (Go's {@code Host}). */
    public String host() {
        return host;
    }

    /** The client's address as text, e.g. {@code 127.0.0.1:50412} (Go's {@code RemoteAddr}). */
    public String remoteAddr() {
        return remoteAddr;
    }

    /** Go's {@code Request.TLS}: the connection's TLS state on a server, or {@code null} over plain HTTP. */
    public ConnectionState tls() {
        return tls;
    }

    void setTLS(ConnectionState state) {
        this.tls = state;
    }

    /** The request target exactly as the client sent it (Go's {@code RequestURI}). */
    public String requestURI() {
        return requestURI;
    }

    /**
     * The trailer fields: the names the client announced in {@code Trailer} (with no values)
     * until the body has been read to its end, then the fields the client sent.
     */
    public Header trailer() {
        return trailer;
    }

    /** Go's {@code UserAgent()}. */
    public String userAgent() {
        return header.get("User-Agent");
    }

    /** Go's {@code Referer()}. */
    public String referer() {
        return header.get("Referer");
    }

    // ---- routing ----

    /** The {@link ServeMux} pattern that matched, e.g. {@code GET /items/{id}}; "" if none (Go's {@code Pattern}). */
    public String pattern() {
        return pattern;
    }

    void setPattern(String p) {
        pattern = p == null ? "" : p;
    }

    /** The value of wildcard {@code name} in the matched pattern, unescaped; "" if there is none. */
    public String pathValue(String name) {
        if (pathValues == null) {
            return "";
        }
        String v = pathValues.get(name);
        return v == null ? "" : v;
    }

    /** Sets what {@link #pathValue} returns for {@code name} (Go's {@code SetPathValue}). */
    public void setPathValue(String name, String value) {
        if (pathValues == null) {
            pathValues = new LinkedHashMap<>();
        }
        pathValues.put(name, value);
    }

    void setPathValues(Map<String, String> values) {
        pathValues = values.isEmpty() ? null : new LinkedHashMap<>(values);
    }

    // ---- forms ----

    /**
     * Go's {@code ParseForm}: fills {@link #form()} from the query and, for POST, PUT and PATCH
     * with {@code Content-Type: application/x-www-form-urlencoded}, from the body (at most
     * 10 MiB: {@code http: POST too large}); body values come first. Calling it again does
     * nothing. Values that parsed are kept even when it throws.
     */
    public void parseForm() throws IOException {
        IOException err = null;
        if (postForm == null) {
            postForm = new Values();
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                try {
                    parsePostForm();
                } catch (IOException e) {
                    err = e;
                }
            }
        }
        if (form == null) {
            Values f = new Values();
            for (String k : postForm.keys()) {
                for (String v : postForm.values(k)) {
                    f.add(k, v);
                }
            }
            Values q = Values.parseQueryLenient(url.rawQuery());
            for (String k : q.keys()) {
                for (String v : q.values(k)) {
                    f.add(k, v);
                }
            }
            form = f;
            if (err == null) {
                try {
                    Values.parseQuery(url.rawQuery());
                } catch (URLException e) {
                    err = e;
                }
            }
        }
        if (err != null) {
            throw err;
        }
    }

    private void parsePostForm() throws IOException {
        String ct = header.get("Content-Type");
        if (ct.isEmpty()) {
            ct = "application/octet-stream"; // RFC 7231: treat as octet-stream
        }
        int semi = ct.indexOf(';');
        String mediaType = Ascii.toLower(Ascii.trimString(semi < 0 ? ct : ct.substring(0, semi)));
        if (!mediaType.equals("application/x-www-form-urlencoded")) {
            return; // multipart is not parsed here (Go's ParseMultipartForm); other types carry no form
        }
        long max = MAX_FORM_SIZE;
        if (body instanceof MaxBytesReader m) {
            max = Math.min(max, m.limit()); // its own error is the better one, as in Go
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = body.read(buf, 0, (int) Math.min(buf.length, max + 1 - b.size()))) > 0;) {
            b.write(buf, 0, n);
            if (b.size() > max) {
                throw new IOException("http: POST too large");
            }
        }
        byte[] raw = b.toByteArray();
        Values v = Values.parseQueryLenient(Ascii.string(raw, 0, raw.length));
        postForm = v;
        Values.parseQuery(Ascii.string(raw, 0, raw.length));
    }

    /** Go's {@code Form}: query and urlencoded body values after {@link #parseForm()}; null before. */
    public Values form() {
        return form;
    }

    /** Go's {@code PostForm}: the urlencoded body values after {@link #parseForm()}; null before. */
    public Values postForm() {
        return postForm;
    }

    /** Go's {@code FormValue}: the first value for {@code key}, body before query; parses if needed, errors ignored. */
    public String formValue(String key) {
        if (form == null) {
            try {
                parseForm();
            } catch (IOException ignored) {
                // Go ignores the error here too; what parsed is used
            }
        }
        return form == null ? "" : form.get(key);
    }

    /** Go's {@code PostFormValue}: the first body value for {@code key}. */
    public String postFormValue(String key) {
        if (postForm == null) {
            try {
                parseForm();
            } catch (IOException ignored) {
                // as formValue
            }
        }
        return postForm == null ? "" : postForm.get(key);
    }

    // ---- cookies ----

    /**
     * Go's {@code Cookies()}: the name/value pairs of every {@code Cookie} field, in order;
     * pairs with an invalid name or value are skipped, quotes around a value removed.
     */
    public List<Cookie> cookies() {
        return readCookies(null);
    }

    /** Go's {@code Cookie(name)}: the first cookie called {@code name}, or null (Go's ErrNoCookie). */
    public Cookie cookie(String name) {
        if (name.isEmpty()) {
            return null;
        }
        List<Cookie> l = readCookies(name);
        return l.isEmpty() ? null : l.get(0);
    }

    private List<Cookie> readCookies(String filter) {
        List<Cookie> out = new ArrayList<>();
        for (String line : header.values("Cookie")) {
            int start = 0;
            while (start <= line.length()) {
                int semi = line.indexOf(';', start);
                String part = Ascii.trimString(line.substring(start, semi < 0 ? line.length() : semi));
                start = semi < 0 ? line.length() + 1 : semi + 1;
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq);
                String val = eq < 0 ? "" : part.substring(eq + 1);
                if (name.isEmpty() || !Ascii.isToken(name) || (filter != null && !filter.equals(name))) {
                    continue;
                }
                val = Cookie.parseValue(val, true);
                if (val != null) {
                    out.add(new Cookie(name, val));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return method + " " + (requestURI.isEmpty() ? url.toString() : requestURI) + " " + proto;
    }
}
