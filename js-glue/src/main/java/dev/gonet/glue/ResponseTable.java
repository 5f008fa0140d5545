package dev.gonet.glue;

import dev.gonet.http.AbortSignal;
import dev.gonet.http.Client;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Header;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The HTTP exchanges JavaScript holds, by number, as {@link ConnTable} holds conns: JS takes an
 * id with {@link #open} (so it can abort before the answer comes), sends with {@link #send},
 * then pulls the body with {@link #read} until EOF and lets go with {@link #close}. Each entry
 * owns one gonet {@link AbortSignal}, which a DOM {@code AbortSignal} triggers through
 * {@link #abort}. Requests go through a {@link Client} over the platform's default transport
 * (the browser's fetch), with its timeout for {@code timeoutMs}.
 *
 * <p>Touched only on the page's thread (exports and green threads between suspensions), so the
 * table needs no lock.
 */
final class ResponseTable {
    private static final class Entry {
        final AbortSignal signal = new AbortSignal();
        InputStream body;
    }

    private static final Map<Integer, Entry> ENTRIES = new HashMap<>();
    private static int nextId = 1;
    /** The most one read hands JS. */
    private static final int MAX_CHUNK = 1 << 20;

    private ResponseTable() {
    }

    /** A new exchange's id; never blocks. */
    static int open() {
        int id = nextId++;
        ENTRIES.put(id, new Entry());
        return id;
    }

    /**
     * Blocks (on a green thread) until the response head: {@code {"id","status","statusText",
     * "headers","url","redirected"}} or an error object (the entry is then gone).
     *
     * @param headers packed name/value pairs ({@link Json#unpack})
     * @param body    the body bytes, or null for none
     * @param fetch   packed key/value pairs of fetch options ({@code mode}, {@code credentials},
     *                {@code cache}, {@code redirect}, {@code referrer}, {@code referrerPolicy},
     *                {@code integrity}, {@code keepalive}, {@code priority},
     *                {@code streamingUpload}), the fetch spec's strings ({@code "true"} or
     *                {@code "false"} for the booleans)
     */
    static String send(int id, String method, String url, String headers, Int8Array body, int timeoutMillis,
            String fetch) {
        Entry e = ENTRIES.get(id);
        if (e == null) {
            return Json.error(new IOException("gonet: request " + id + " is not open"));
        }
        try {
            FetchOptions o = options(Json.unpack(fetch)).withSignal(e.signal);
            InputStream in = null;
            if (body != null) {
                byte[] b = body.copyToJavaArray();
                in = new ByteArrayInputStream(b);
                if (o.streamsUpload()) {
                    // not in memory as far as the transport can tell: sent as a stream
                    in = new FilterInputStream(in) {
                    };
                }
            }
            Request req = new Request(method, url, in);
            List<String> h = Json.unpack(headers);
            for (int i = 0; i + 1 < h.size(); i += 2) {
                req.header().add(h.get(i), h.get(i + 1));
            }
            req.setFetchOptions(o);
            Client client = new Client();
            if (timeoutMillis > 0) {
                client = client.withTimeout(Duration.ofMillis(timeoutMillis));
            }
            Response r = client.send(req);
            if (ENTRIES.get(id) != e) {
                // released while waiting (the page dropped the promise's owner): drop the body
                r.body().close();
                return Json.error(HttpSentinel.CANCELED.exception());
            }
            e.body = r.body();
            return Json.object("id", id, "status", r.statusCode(), "statusText", statusText(r),
                    "headers", headers(r.header()), "url", r.request() == null ? url : r.request().url().toString(),
                    "redirected", r.redirected());
        } catch (IOException | RuntimeException x) {
            ENTRIES.remove(id);
            return Json.error(x);
        }
    }

    /** Go's {@code Status} without the code: {@code OK} for {@code 200 OK}. */
    private static String statusText(Response r) {
        String s = r.status();
        String code = Integer.toString(r.statusCode());
        if (s.startsWith(code)) {
            s = s.substring(code.length());
        }
        return s.startsWith(" ") ? s.substring(1) : s;
    }

    private static Map<String, List<String>> headers(Header h) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String k : h.keys()) {
            out.put(k, h.values(k));
        }
        return out;
    }

    private static FetchOptions options(List<String> kv) {
        FetchOptions o = FetchOptions.DEFAULT;
        for (int i = 0; i + 1 < kv.size(); i += 2) {
            String v = kv.get(i + 1);
            switch (kv.get(i)) {
                case "mode" -> o = o.withMode(token(FetchOptions.Mode.values(), "mode", v));
                case "credentials" -> o = o.withCredentials(token(FetchOptions.Credentials.values(), "credentials", v));
                case "cache" -> o = o.withCache(token(FetchOptions.Cache.values(), "cache", v));
                case "redirect" -> o = o.withRedirect(token(FetchOptions.Redirect.values(), "redirect", v));
                case "referrer" -> o = o.withReferrer(v);
                case "referrerPolicy" -> o = o.withReferrerPolicy(
                        token(FetchOptions.ReferrerPolicy.values(), "referrerPolicy", v));
                case "integrity" -> o = o.withIntegrity(v);
                case "keepalive" -> o = o.withKeepalive(Boolean.valueOf(v.equals("true")));
                case "priority" -> o = o.withPriority(token(FetchOptions.Priority.values(), "priority", v));
                case "streamingUpload" -> o = o.withStreamingUpload(Boolean.valueOf(v.equals("true")));
                default -> throw new IllegalArgumentException("unknown fetch option " + kv.get(i));
            }
        }
        return o;
    }

    private static <T extends FetchOptions.Token> T token(T[] values, String field, String v) {
        StringBuilder valid = new StringBuilder();
        for (T t : values) {
            if (t.token().equals(v)) {
                return t;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(t.token());
        }
        throw new IllegalArgumentException("fetch " + field + " \"" + v + "\": want one of " + valid);
    }

    /**
     * Blocks until body bytes come: an {@code Int8Array} of at most {@code max} bytes, or
     * {@code {"eof":true}} (the entry is then gone), or an error object.
     */
    static JSObject read(int id, int max) {
        Entry e = ENTRIES.get(id);
        try {
            if (e == null || e.body == null) {
                throw HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
            }
            byte[] b = new byte[Math.max(1, Math.min(max, MAX_CHUNK))];
            int n = e.body.read(b, 0, b.length);
            if (n < 0) {
                close(id);
                return JSString.valueOf(Json.object("eof", true));
            }
            return Int8Array.copyFromJavaArray(n == b.length ? b : Arrays.copyOf(b, n));
        } catch (IOException | RuntimeException x) {
            return JSString.valueOf(Json.error(x));
        }
    }

    /**
     * Never blocks: closes the body (a pending read fails with {@code http: read on closed
     * response body}), or aborts the request when its head has not come, and forgets the entry. Also what JS calls when a response object is
     * garbage collected; a second call does nothing.
     */
    static void close(int id) {
        Entry e = ENTRIES.remove(id);
        if (e != null && e.body == null) {
            e.signal.abort(); // still waiting for the head: nobody will read this answer
        } else if (e != null) {
            try {
                e.body.close();
            } catch (IOException ignored) {
                // closing a body that failed: nothing more to tell
            }
        }
    }

    /**
     * Never blocks: aborts the exchange with {@code reason} ({@code context canceled} when empty),
     * before the head or while the body is read; nothing when it is over.
     */
    static void abort(int id, String reason) {
        Entry e = ENTRIES.get(id);
        if (e != null) {
            e.signal.abort(reason);
        }
    }
}
