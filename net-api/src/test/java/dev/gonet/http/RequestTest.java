package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.url.URLException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request construction, forms (Go's ParseForm rules) and cookies (Go's readCookies). */
class RequestTest {
    static Request post(String target, String contentType, String body) throws IOException {
        Request r = new Request("POST", target, new ByteArrayInputStream(body.getBytes()));
        r.header().set("Content-Type", contentType);
        return r;
    }

    // The httptest defaults (Host example.com, RemoteAddr 192.0.2.1:1234, RequestURI = target)
    // are net-testkit's HttpTest.newRequest, tested there: a constructed request is a client's.
    @Test
    void constructorIsGosNewRequest() throws IOException {
        Request r = new Request("", "/a/b?x=1", null);
        assertEquals("GET /a/b?x=1 HTTP/1.1", r.toString());
        assertEquals("", r.host(), "a bare path has no host, as in Go's NewRequest");
        assertEquals("", r.requestURI(), "a client's request has no RequestURI");
        assertEquals("", r.remoteAddr());
        assertNull(r.tls());
        assertEquals(0, r.contentLength());
        assertEquals(-1, r.body().read());
        Request abs = new Request("PUT", "http://h.example:81/p", new ByteArrayInputStream(new byte[1]));
        assertEquals("h.example:81", abs.host());
        assertEquals("", abs.requestURI());
        assertEquals("", abs.remoteAddr());
        assertEquals(1, abs.contentLength(), "an in-memory body has a known length, as Go's NewRequest");
        assertThrows(IllegalArgumentException.class, () -> new Request("BAD METHOD", "/", null));
        assertThrows(URLException.class, () -> new Request("GET", "http://a b/", null));
    }

    @Test
    void settersReturnTheRequest() throws IOException {
        Request r = new Request("POST", "/", null);
        assertSame(r, r.setBody(null).setPathValue("id", "7").setBasicAuth("u", "p").setHost("h.example")
                .setRemoteAddr("192.0.2.9:1").setRequestURI("/x").setURL(r.url()).setTLS(null)
                .setContentLength(0).setClose(true).setDeadline(null).setGetBody(null).setFetchOptions(null)
                .setMaxQueryParams(5));
        assertEquals("7", r.pathValue("id"));
        assertEquals("Basic dTpw", r.header().get("Authorization"));
        assertEquals("h.example", r.host());
        assertEquals("192.0.2.9:1", r.remoteAddr());
        assertEquals("/x", r.requestURI());
    }

    @Test
    void formMergesBodyBeforeQuery() throws IOException {
        Request r = post("/?q=query&both=fromquery", "application/x-www-form-urlencoded; charset=utf-8",
                "both=frombody&b=2&b=3");
        r.parseForm();
        assertEquals(List.of("frombody", "fromquery"), r.form().values("both"));
        assertEquals("query", r.formValue("q"));
        assertEquals("frombody", r.formValue("both"));
        assertEquals("2", r.postFormValue("b"));
        assertEquals("", r.postFormValue("q"), "query values are not in PostForm");
        r.parseForm(); // a second call changes nothing
        assertEquals(List.of("2", "3"), r.form().values("b"));
    }

    @Test
    void formIgnoresOtherBodiesAndMethods() throws IOException {
        Request json = post("/?a=1", "application/json", "a=2");
        json.parseForm();
        assertEquals(List.of("1"), json.form().values("a"));
        assertTrue(json.postForm().keys().isEmpty());
        Request get = new Request("GET", "/?a=1", new ByteArrayInputStream("a=2".getBytes()));
        get.header().set("Content-Type", "application/x-www-form-urlencoded");
        assertEquals("1", get.formValue("a"));
    }

    @Test
    void formErrorsKeepWhatParsed() throws IOException {
        Request r = post("/?ok=1&bad=%zz", "application/x-www-form-urlencoded", "x=1&y=%");
        IOException e = assertThrows(IOException.class, r::parseForm);
        assertTrue(e.getMessage().contains("invalid URL escape"), e.getMessage());
        assertEquals("1", r.formValue("ok"));
        assertEquals("1", r.formValue("x"));
        Request big = post("/", "application/x-www-form-urlencoded", "a=" + "x".repeat((10 << 20) + 1));
        assertEquals("http: POST too large", assertThrows(IOException.class, big::parseForm).getMessage());
    }

    @Test
    void formBodyLimitedByMaxBytesReader() throws IOException {
        Request r = post("/", "application/x-www-form-urlencoded", "a=123456789");
        r.setBody(new MaxBytesReader(null, r.body(), 4));
        assertThrows(MaxBytesException.class, r::parseForm);
    }

    @Test
    void cookies() throws IOException {
        Request r = new Request("GET", "/", null);
        r.header().add("Cookie", "a=1; b=\"two\"; bad name=3; c=x\\y;  d=4 ;e");
        r.header().add("Cookie", "a=again");
        List<String> got = r.cookies().stream().map(c -> c.name() + "=" + c.value()).toList();
        assertEquals(List.of("a=1", "b=two", "d=4", "e=", "a=again"), got);
        assertEquals("1", r.cookie("a").value());
        assertNull(r.cookie("zz"));
        assertNull(r.cookie(""));
    }

    @Test
    void shallowCopyWithAnotherURL() throws IOException {
        Request r = new Request("GET", "/a", null);
        r.setPathValue("id", "7");
        Request c = r.shallowCopy().setURL(r.url().copy().setPath("/b"));
        assertEquals("/b", c.url().path());
        assertEquals("/a", r.url().path());
        assertEquals("7", c.pathValue("id"));
        c.header().set("X", "shared");
        assertEquals("shared", r.header().get("X"));
    }
}
