package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchOptionsTest {
    private static final FetchOptions D = FetchOptions.DEFAULT;

    /** Go's {@code js.fetch:} fields on a request, and the options they make (or the error). */
    record GoFields(Map<String, String> fields, FetchOptions start, String want, String wantError) {
    }

    static final List<GoFields> GO_FIELDS = List.of(
            new GoFields(Map.of(), D, "FetchOptions{}", null),
            new GoFields(Map.of("js.fetch:mode", "no-cors"), D, "FetchOptions{mode=no-cors}", null),
            new GoFields(Map.of("js.fetch:credentials", "include", "js.fetch:redirect", "manual"), D,
                    "FetchOptions{credentials=include, redirect=manual}", null),
            // a field the request's own options already set stays as they say
            new GoFields(Map.of("js.fetch:mode", "no-cors"), D.withMode(FetchOptions.Mode.CORS),
                    "FetchOptions{mode=cors}", null),
            new GoFields(Map.of("js.fetch:mode", "navigate"), D, null,
                    "net/http: invalid js.fetch:mode value \"navigate\"; want one of cors, no-cors, same-origin"),
            new GoFields(Map.of("js.fetch:credentials", "Include"), D, null,
                    "net/http: invalid js.fetch:credentials value \"Include\"; want one of omit, same-origin, include"),
            new GoFields(Map.of("js.fetch:redirect", ""), D, "FetchOptions{}", null));

    @Test
    void goFieldsFillUnsetOptions() throws IOException {
        for (GoFields row : GO_FIELDS) {
            Header h = new Header();
            row.fields().forEach(h::putRaw);
            if (row.wantError() != null) {
                IOException e = assertThrows(IOException.class, () -> row.start().withGoHeaders(h), row.toString());
                assertEquals(row.wantError(), e.getMessage(), row.toString());
            } else {
                assertEquals(row.want(), row.start().withGoHeaders(h).toString(), "withGoHeaders " + row.fields());
            }
        }
    }

    @Test
    void requestFieldsWinOverDefaults() {
        AbortSignal signal = new AbortSignal();
        FetchOptions client = D.withMode(FetchOptions.Mode.NO_CORS).withCache(FetchOptions.Cache.NO_STORE)
                .withKeepalive(true).withSignal(signal).withReferrer("");
        FetchOptions request = D.withMode(FetchOptions.Mode.CORS).withPriority(FetchOptions.Priority.LOW);
        FetchOptions merged = request.over(client);
        assertEquals(FetchOptions.Mode.CORS, merged.mode());
        assertEquals(FetchOptions.Cache.NO_STORE, merged.cache());
        assertEquals(FetchOptions.Priority.LOW, merged.priority());
        assertEquals(Boolean.TRUE, merged.keepalive());
        assertEquals("", merged.referrer());
        assertSame(signal, merged.signal());
        assertSame(request, request.over(null));
        assertSame(request, request.over(D));
        assertEquals(client, D.over(client));
    }

    @Test
    void everyFieldPrintsItsToken() {
        FetchOptions all = D.withMode(FetchOptions.Mode.SAME_ORIGIN).withCredentials(FetchOptions.Credentials.OMIT)
                .withCache(FetchOptions.Cache.ONLY_IF_CACHED).withRedirect(FetchOptions.Redirect.ERROR)
                .withReferrer("about:client").withReferrerPolicy(FetchOptions.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)
                .withIntegrity("sha256-x").withKeepalive(false).withPriority(FetchOptions.Priority.HIGH)
                .withStreamingUpload(true);
        assertEquals("FetchOptions{mode=same-origin, credentials=omit, cache=only-if-cached, redirect=error, "
                + "referrer=\"about:client\", referrerPolicy=strict-origin-when-cross-origin, integrity=sha256-x, "
                + "keepalive=false, priority=high, streamingUpload=true}", all.toString());
        assertTrue(all.streamsUpload());
        assertFalse(D.streamsUpload());
    }

    @Test
    void valueEquality() {
        assertEquals(D.withMode(FetchOptions.Mode.CORS), D.withMode(FetchOptions.Mode.CORS));
        assertEquals(D.withMode(FetchOptions.Mode.CORS).hashCode(), D.withMode(FetchOptions.Mode.CORS).hashCode());
        assertNotEquals(D.withMode(FetchOptions.Mode.CORS), D.withMode(FetchOptions.Mode.NO_CORS));
        // signals compare by identity: two signals are two cancellations
        assertNotEquals(D.withSignal(new AbortSignal()), D.withSignal(new AbortSignal()));
    }

    @Test
    void goFieldNames() {
        assertTrue(FetchOptions.isGoOptionField("js.fetch:mode"));
        assertTrue(FetchOptions.isGoOptionField("Js.Fetch:Whatever"));
        assertFalse(FetchOptions.isGoOptionField("X-Js.fetch:mode"));
        Header h = new Header();
        h.putRaw("js.fetch:mode", "cors");
        h.set("X-Kept", "v");
        Header sent = FetchOptions.withoutGoOptionFields(h);
        assertEquals(List.of("X-Kept"), sent.keys());
        assertEquals(List.of("js.fetch:mode", "X-Kept"), h.keys(), "the caller's header is not changed");
        Header plain = new Header();
        plain.set("A", "b");
        assertSame(plain, FetchOptions.withoutGoOptionFields(plain));
    }
}
