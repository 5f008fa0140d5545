package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JS surface's HTTP ({@code request}, {@code get}, {@code post} and the response object) in
 * each bundle, against the demo server's {@code /api/}: header fields both ways, every body
 * type, {@code bytes}/{@code text}/{@code json} and a second consumption, statuses, redirects,
 * a body that streams (its first bytes read before the server sends the rest), aborting before
 * the head and in the middle of the body, {@code timeoutMs} before and after the head,
 * {@code cancel()}, the fetch options as the server sees them, Go's error texts and fields, and
 * TypeErrors thrown at once for bad arguments.
 */
class GlueHttpInChromiumTest {
    private static final String BASICS = """
              const [closed] = arg;
              const out = {};
              mark("echo");
              const echo = await net.request({ method: "POST", url: "/api/echo",
                  headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "h\\u00e9llo" });
              mark("echo");
              out.echo = [echo.status, echo.statusText, echo.url === location.origin + "/api/echo", echo.redirected,
                  echo.header("x-echo-method"), echo.headers["X-Echo-Content-Type"], echo.header("X-ECHO-LENGTH"),
                  echo.header("x-nope"), Object.isFrozen(echo.headers)];
              mark("echoText");
              out.echoText = await echo.text();
              mark("textAgain");
              out.textAgain = await fail(() => echo.text());
              mark("bytesAgain");
              out.bytesAgain = await fail(() => echo.bytes());

              const lines = async (r) => (await r.text()).split("\\n");
              mark("inspectPairs");
              out.inspectPairs = await lines(await net.get("/api/inspect",
                  { headers: [["X-One", "1"], ["x-multi", "a"], ["X-Multi", "b"]] }));
              mark("inspectRecord");
              out.inspectRecord = await lines(await net.request({ url: "/api/inspect",
                  headers: { "X-Two": ["c", "d"], "x-three": "3" } }));
              mark("inspectHeaders");
              out.inspectHeaders = await lines(await net.get("/api/inspect", { headers: new Headers({ "X-Four": "4" }) }));

              const kinds = { string: "abc\\u00e9", u8: new Uint8Array([1, 2, 255]), i8: new Int8Array([-1, 0, 1]),
                  buffer: new Uint8Array([9, 8, 7]).buffer, view: new DataView(new Uint8Array([5, 6, 7, 8]).buffer, 1, 2) };
              mark("bodies");
              out.bodies = {};
              for (const [k, b] of Object.entries(kinds)) {
                const r = await net.post("/api/echo", "application/octet-stream", b);
                out.bodies[k] = [r.header("X-Echo-Length"), Array.from(await r.bytes())];
              }
              mark("noBody");
              const noBody = await net.post("/api/echo", "text/plain", null);
              mark("noBody");
              out.noBody = (await noBody.bytes()).length;
              mark("pj");
              const pj = await net.post("/api/echo", "application/json", '{"a":[1,2]}',
                  { headers: { "content-type": "text/plain", "X-Keep": "k" } });
              mark("postJson");
              out.postJson = [pj.header("X-Echo-Content-Type"), await pj.json()];

              mark("t");
              const t = await net.get("/api/text?s=" + encodeURIComponent("h\\u00e9llo w\\u00f6rld"));
              mark("text");
              out.text = [t.header("content-type"), await t.text()];
              mark("j");
              const j = await net.get(new URL("/api/text?s=" + encodeURIComponent('{"n":1,"s":"x"}'), location.href));
              mark("json");
              out.json = await j.json();
              mark("jsonAgain");
              out.jsonAgain = await fail(() => j.json());
              mark("b");
              const b = await net.get("/api/bytes?n=300000");
              mark("all");
              const all = await b.bytes();
              mark("bytes");
              out.bytes = [all.length, all.every((x, i) => x === ((i * 31 + 7) & 0xff))];
              mark("locked");
              const locked = await net.get("/api/text?s=x");
              locked.body.getReader();
              mark("lockedThenText");
              out.lockedThenText = await fail(() => locked.text());

              mark("s404");
              const s404 = await net.get("/api/status/404");
              mark("status404");
              out.status404 = [s404.status, s404.statusText];
              s404.cancel();
              mark("red");
              const red = await net.get("/api/redirect/2");
              mark("redirect");
              out.redirect = [red.status, red.redirected, red.url === location.origin + "/api/redirect/0", await red.text()];
              mark("redirectError");
              out.redirectError = await fail(() => net.get("/api/redirect/1", { fetch: { redirect: "error" } }));
              mark("manual");
              const manual = await net.get("/api/redirect/1", { fetch: { redirect: "manual" } });
              mark("manual");
              out.manual = [manual.status, manual.statusText.startsWith("opaque redirect"), (await manual.bytes()).length];
              mark("head");
              const head = await net.request({ method: "HEAD", url: "/api/bytes?n=10" });
              mark("head");
              out.head = [head.status, head.header("Content-Length"), (await head.bytes()).length];

              mark("cookieField");
              out.cookieField = await fail(() => net.get("/api/inspect", { headers: { Cookie: "a=b" } }));
              mark("getWithBody");
              out.getWithBody = await fail(() => net.request({ url: "/api/echo", body: "x" }));
              mark("refused");
              out.refused = await fail(() => net.get("http://" + closed + "/"));
              mark("badUrl");
              out.badUrl = await fail(() => net.get("http://[::1/"));
              return out;
            """;

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void requestsAndResponses(String bundle) {
        String closed = TestSite.closed();
        Map<String, Object> out = (Map<String, Object>) GluePage.run(bundle, BASICS, List.of(closed));
        assertEquals(Arrays.asList(200, "OK", true, false, "POST", List.of("text/plain; charset=utf-8"), "6", null, true),
                out.get("echo"));
        assertEquals("h\u00e9llo", out.get("echoText"));
        assertEquals(typeError("body already used"), out.get("textAgain"));
        assertEquals(typeError("body already used"), out.get("bytesAgain"));

        List<String> pairs = (List<String>) out.get("inspectPairs");
        assertTrue(pairs.contains("X-One: 1") && pairs.contains("X-Multi: a, b"), String.valueOf(pairs));
        List<String> record = (List<String>) out.get("inspectRecord");
        assertTrue(record.contains("X-Two: c, d") && record.contains("X-Three: 3"), String.valueOf(record));
        assertTrue(((List<String>) out.get("inspectHeaders")).contains("X-Four: 4"), String.valueOf(out.get("inspectHeaders")));

        Map<String, Object> bodies = (Map<String, Object>) out.get("bodies");
        assertEquals(List.of("5", List.of(97, 98, 99, 195, 169)), bodies.get("string"));
        assertEquals(List.of("3", List.of(1, 2, 255)), bodies.get("u8"));
        assertEquals(List.of("3", List.of(255, 0, 1)), bodies.get("i8"));
        assertEquals(List.of("3", List.of(9, 8, 7)), bodies.get("buffer"));
        assertEquals(List.of("2", List.of(6, 7)), bodies.get("view"));
        assertEquals(0, out.get("noBody"));
        assertEquals(List.of("application/json", Map.of("a", List.of(1, 2))), out.get("postJson"));
        assertEquals(List.of("text/plain; charset=utf-8", "h\u00e9llo w\u00f6rld"), out.get("text"));
        assertEquals(Map.of("n", 1, "s", "x"), out.get("json"));
        assertEquals(typeError("body already used"), out.get("jsonAgain"));
        assertEquals(List.of(300000, true), out.get("bytes"));
        assertEquals(typeError("body already used"), out.get("lockedThenText"));

        assertEquals(List.of(404, "Not Found"), out.get("status404"));
        assertEquals(List.of(200, true, true, "redirected"), out.get("redirect"));
        Map<String, Object> redirectError = (Map<String, Object>) out.get("redirectError");
        assertEquals(List.of("ClientException", "Get", "/api/redirect/1", false, false),
                Arrays.asList(redirectError.get("name"), redirectError.get("op"), redirectError.get("addr"),
                        redirectError.get("timeout"), redirectError.get("canceled")), String.valueOf(redirectError));
        assertEquals(List.of(0, true, 0), out.get("manual"));
        assertEquals(List.of(200, "10", 0), out.get("head"));

        Map<String, Object> cookie = (Map<String, Object>) out.get("cookieField");
        assertEquals("ClientException", cookie.get("name"), String.valueOf(cookie));
        assertTrue(((String) cookie.get("message")).startsWith("Get \"/api/inspect\": ")
                && ((String) cookie.get("message")).contains("Cookie"), String.valueOf(cookie));
        assertEquals("Get \"/api/echo\": net/http: the browser's fetch cannot send a body with GET",
                ((Map<String, Object>) out.get("getWithBody")).get("message"));
        Map<String, Object> refused = (Map<String, Object>) out.get("refused");
        String url = "http://" + closed + "/";
        assertEquals(List.of("ClientException", "Get", url, false, false, false, true),
                Arrays.asList(refused.get("name"), refused.get("op"), refused.get("addr"), refused.get("timeout"),
                        refused.get("canceled"), refused.get("notFound"), refused.get("gonet")), String.valueOf(refused));
        assertTrue(((String) refused.get("message")).startsWith("Get \"" + url + "\": "), String.valueOf(refused));
        Map<String, Object> badUrl = (Map<String, Object>) out.get("badUrl");
        assertEquals(List.of("URLException", "parse", "http://[::1/", "parse \"http://[::1/\": missing ']' in host"),
                Arrays.asList(badUrl.get("name"), badUrl.get("op"), badUrl.get("addr"), badUrl.get("message")));
    }

    private static final String STREAMS = """
              const out = {};
              const pattern = (chunks, from) => {
                let i = from;
                for (const c of chunks) for (const x of c) if (x !== ((i++ * 31 + 7) & 0xff)) return false;
                return true;
              };
              const id = "glue-" + bundle + "-" + Math.random().toString(36).slice(2);
              mark("gate");
              const gate = await net.get(`/api/gate/${id}?first=1000&rest=5000`);
              const reader = gate.body.getReader();
              const chunks = [];
              let got = 0;
              while (got < 1000) {
                const { value } = await reader.read();
                chunks.push(value);
                got += value.length;
              }
              mark("beforeOpen");
              out.beforeOpen = got;
              mark("opened");
              out.opened = (await net.get(`/api/gate/${id}/open`)).status;
              for (;;) {
                const { done, value } = await reader.read();
                if (done) break;
                chunks.push(value);
                got += value.length;
              }
              mark("gate");
              out.gate = [got, pattern(chunks, 0)];

              const ac = new AbortController();
              mark("stall");
              const stall = await net.get("/api/stall?first=100&ms=5000", { signal: ac.signal });
              const sr = stall.body.getReader();
              for (let n = 0; n < 100;) n += (await sr.read()).value.length;
              const pending = sr.read();
              await sleep(50);
              let t0 = performance.now();
              ac.abort();
              mark("abortMidBody");
              out.abortMidBody = await fail(() => pending);
              mark("abortMs");
              out.abortMs = performance.now() - t0;

              const ac2 = new AbortController();
              setTimeout(() => ac2.abort(), 100);
              mark("abortBeforeHead");
              out.abortBeforeHead = await fail(() => net.get("/api/hang?ms=3000", { signal: ac2.signal }));
              const ac3 = new AbortController();
              ac3.abort("stop it");
              mark("alreadyAborted");
              out.alreadyAborted = await fail(() => net.get("/api/hang?ms=3000", { signal: ac3.signal }));
              const ac4 = new AbortController();
              mark("over");
              const over = await net.get("/api/text?s=ok", { signal: ac4.signal });
              mark("abortAfterEnd");
              out.abortAfterEnd = await over.text();
              ac4.abort();

              t0 = performance.now();
              mark("headTimeout");
              out.headTimeout = await fail(() => net.get("/api/hang?ms=3000", { timeoutMs: 200 }));
              mark("headTimeoutMs");
              out.headTimeoutMs = performance.now() - t0;
              mark("slow");
              const slow = await net.get("/api/stall?first=10&ms=3000", { timeoutMs: 500 });
              mark("bodyTimeout");
              out.bodyTimeout = await fail(() => slow.text());

              mark("c1");
              const c1 = await net.get("/api/stall?first=10&ms=3000");
              const cr = c1.body.getReader();
              await cr.read();
              const cp = cr.read();
              await sleep(50);
              c1.cancel();
              mark("cancelPending");
              out.cancelPending = await fail(() => cp);
              mark("c2");
              const c2 = await net.get("/api/stall?first=10&ms=3000");
              c2.cancel();
              mark("textAfterCancel");
              out.textAfterCancel = await fail(() => c2.text());
              return out;
            """;

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void streamingAbortAndTimeouts(String bundle) {
        Map<String, Object> out = (Map<String, Object>) GluePage.run(bundle, STREAMS, null);
        assertEquals(1000, out.get("beforeOpen"), "bytes read before the gate opened");
        assertEquals(204, out.get("opened"));
        assertEquals(List.of(6000, true), out.get("gate"));

        Map<String, Object> mid = (Map<String, Object>) out.get("abortMidBody");
        assertEquals(List.of("HttpError", "context canceled", true, false, true),
                Arrays.asList(mid.get("name"), mid.get("message"), mid.get("canceled"), mid.get("timeout"), mid.get("gonet")),
                String.valueOf(mid));
        double ms = ((Number) out.get("abortMs")).doubleValue();
        assertTrue(ms < 1000, "the abort took " + ms + " ms to fail the pending read");
        Map<String, Object> before = (Map<String, Object>) out.get("abortBeforeHead");
        assertEquals(List.of("ClientException", "Get \"/api/hang?ms=3000\": context canceled", "Get", true, false),
                Arrays.asList(before.get("name"), before.get("message"), before.get("op"), before.get("canceled"),
                        before.get("timeout")), String.valueOf(before));
        Map<String, Object> already = (Map<String, Object>) out.get("alreadyAborted");
        assertEquals(List.of("Get \"/api/hang?ms=3000\": stop it", true),
                Arrays.asList(already.get("message"), already.get("canceled")), String.valueOf(already));
        assertEquals("ok", out.get("abortAfterEnd"));

        Map<String, Object> head = (Map<String, Object>) out.get("headTimeout");
        assertEquals(List.of("ClientException",
                "Get \"/api/hang?ms=3000\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                true, false), Arrays.asList(head.get("name"), head.get("message"), head.get("timeout"), head.get("canceled")));
        ms = ((Number) out.get("headTimeoutMs")).doubleValue();
        assertTrue(ms < 2000, "the 200 ms timeout took " + ms + " ms");
        Map<String, Object> body = (Map<String, Object>) out.get("bodyTimeout");
        assertEquals(List.of("HttpError",
                "context deadline exceeded (Client.Timeout or context cancellation while reading body)", true),
                Arrays.asList(body.get("name"), body.get("message"), body.get("timeout")), String.valueOf(body));

        Map<String, Object> cancel = (Map<String, Object>) out.get("cancelPending");
        assertEquals(List.of("HttpError", "http: read on closed response body", false),
                Arrays.asList(cancel.get("name"), cancel.get("message"), cancel.get("canceled")), String.valueOf(cancel));
        assertEquals(typeError("body already used"), out.get("textAfterCancel"));
    }

    private static final String OPTIONS = """
              const [other, hello] = arg;
              const out = {};
              const field = (text, name) => text.split("\\n").filter((l) => l.startsWith(name + ": ")).map((l) => l.slice(name.length + 2));
              const inspect = async (fetch) => (await net.get("/api/inspect", { fetch })).text();
              await (await net.get("/api/cookie?v=glue")).text();
              mark("cookieDefault");
              out.cookieDefault = field(await inspect({}), "Cookie");
              mark("cookieOmit");
              out.cookieOmit = field(await inspect({ credentials: "omit" }), "Cookie");
              mark("noStore");
              const noStore = await inspect({ cache: "no-store" });
              mark("noStore");
              out.noStore = [field(noStore, "Cache-Control"), field(noStore, "Pragma")];
              mark("refDefault");
              out.refDefault = field(await inspect({}), "Referer");
              out.page = location.href;
              mark("refPolicy");
              out.refPolicy = field(await inspect({ referrerPolicy: "no-referrer" }), "Referer");
              mark("refEmpty");
              out.refEmpty = field(await inspect({ referrer: "" }), "Referer");
              mark("refSet");
              out.refSet = field(await inspect({ referrer: location.origin + "/from/here" }), "Referer");
              mark("mode");
              out.mode = field(await inspect({ mode: "same-origin" }), "Sec-Fetch-Mode");
              mark("modeCors");
              out.modeCors = field(await inspect({ mode: "cors", referrerPolicy: "" }), "Sec-Fetch-Mode");
              mark("sameOriginElsewhere");
              out.sameOriginElsewhere = await fail(() => net.get(other + "/api/text?s=x&cors=1", { fetch: { mode: "same-origin" } }));
              mark("corsElsewhere");
              out.corsElsewhere = await (await net.get(other + "/api/text?s=x&cors=1")).text();
              mark("keepalive");
              out.keepalive = (await inspect({ keepalive: true, priority: "low" })).split("\\n")[0];
              mark("integrityOk");
              out.integrityOk = await (await net.get("/api/text?s=hello", { fetch: { integrity: hello } })).text();
              mark("integrityBad");
              out.integrityBad = await fail(() => net.get("/api/text?s=bye", { fetch: { integrity: hello } }));
              mark("streaming");
              out.streaming = await fail(() => net.post("/api/echo", "text/plain", "streamed", { fetch: { streamingUpload: true } }));
              mark("typeErrors");
              out.typeErrors = [
                throwsNow(() => net.request(42)),
                throwsNow(() => net.request({})),
                throwsNow(() => net.request({ url: "/x", method: 7 })),
                throwsNow(() => net.get("/x", { fetch: { mode: "nope" } })),
                throwsNow(() => net.get("/x", { fetch: { colour: "red" } })),
                throwsNow(() => net.get("/x", { fetch: { keepalive: "yes" } })),
                throwsNow(() => net.get("/x", { fetch: { integrity: 5 } })),
                throwsNow(() => net.get("/x", { timeoutMs: -1 })),
                throwsNow(() => net.get("/x", { timeoutMs: 1.5 })),
                throwsNow(() => net.get("/x", { headers: { a: 1 } })),
                throwsNow(() => net.get("/x", { headers: [["a"]] })),
                throwsNow(() => net.post("/x", "text/plain", 42)),
                throwsNow(() => net.post("/x", 5, "body")),
                throwsNow(() => net.get("/x", { signal: {} })),
                throwsNow(() => net.get(42)),
                throwsNow(() => net.get("/x", 5)),
                throwsNow(() => net.dial(42, "x")),
              ];
              mark("modeMessage");
              out.modeMessage = out.typeErrors[3].message;
              return out;
            """;

    /** {@code sha256-} of "hello", as FetchOptionsCases has it. */
    private static final String HELLO_SHA256 = "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=";

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void fetchOptionsAndArguments(String bundle) {
        String origin = GluePage.origin();
        Map<String, Object> out = (Map<String, Object>) GluePage.run(bundle, OPTIONS,
                List.of(TestSite.otherOrigin(), HELLO_SHA256));
        assertEquals(List.of("gonet=glue"), out.get("cookieDefault"));
        assertEquals(List.of(), out.get("cookieOmit"));
        assertEquals(List.of(List.of("no-cache"), List.of("no-cache")), out.get("noStore"));
        assertEquals(List.of(out.get("page")), out.get("refDefault"), "the page's URL");
        assertEquals(List.of(), out.get("refPolicy"));
        assertEquals(List.of(), out.get("refEmpty"));
        assertEquals(List.of(origin + "/from/here"), out.get("refSet"));
        assertEquals(List.of("same-origin"), out.get("mode"));
        assertEquals(List.of("cors"), out.get("modeCors"));
        Map<String, Object> elsewhere = (Map<String, Object>) out.get("sameOriginElsewhere");
        assertEquals("ClientException", elsewhere.get("name"), String.valueOf(elsewhere));
        assertEquals("x", out.get("corsElsewhere"));
        assertEquals("GET /api/inspect", out.get("keepalive"));
        assertEquals("hello", out.get("integrityOk"));
        Map<String, Object> integrity = (Map<String, Object>) out.get("integrityBad");
        assertTrue(((String) integrity.get("message")).contains("did not match FetchOptions integrity"),
                String.valueOf(integrity));
        Map<String, Object> streaming = (Map<String, Object>) out.get("streaming");
        assertTrue(((String) streaming.get("message")).startsWith("Post \"/api/echo\": net/http: fetch() refused the streamed request body")
                && ((String) streaming.get("message")).contains("HTTP/2"), String.valueOf(streaming));

        List<Object> typeErrors = (List<Object>) out.get("typeErrors");
        assertEquals(17, typeErrors.size());
        for (int i = 0; i < typeErrors.size(); i++) {
            Object t = typeErrors.get(i);
            assertTrue(t instanceof Map<?, ?> m && "TypeError".equals(m.get("name")), bundle + " #" + i + ": " + t);
        }
        assertEquals("request fetch.mode: want one of \"cors\", \"no-cors\", \"same-origin\", got \"nope\"",
                out.get("modeMessage"));
    }

    /** What {@code fields} gives for a TypeError: no GonetError field. */
    static Map<String, Object> typeError(String message) {
        Map<String, Object> m = new java.util.HashMap<>();
        for (String k : List.of("op", "net", "addr", "timeout", "notFound", "code", "reason", "canceled")) {
            m.put(k, null);
        }
        m.put("name", "TypeError");
        m.put("message", message);
        m.put("gonet", false);
        return m;
    }
}
