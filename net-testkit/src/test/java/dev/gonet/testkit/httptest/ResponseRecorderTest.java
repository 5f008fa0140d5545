package dev.gonet.testkit.httptest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Handler;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Response;
import dev.gonet.http.ServeMux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's recorder_test.go TestRecorder cases, each a handler and what the recorder must show. */
class ResponseRecorderTest {

    /** What a handler did, and what the recorder's code, header, body and result must then say. */
    record Row(String name, Handler handler, int code, String contentType, String body, boolean flushed,
            String resultStatus, long resultLength) {
    }

    @Test
    void recorderAsGo() throws IOException {
        List<Row> rows = List.of(
                new Row("200 default", (w, r) -> { }, 200, "", "", false, "200 OK", -1),
                new Row("first code only", (w, r) -> {
                    w.writeHeader(201);
                    w.writeHeader(202);
                    w.write("hi".getBytes(StandardCharsets.UTF_8));
                }, 201, "", "hi", false, "201 Created", -1),
                new Row("write sends 200", (w, r) -> {
                    w.write("hi first".getBytes(StandardCharsets.UTF_8));
                    w.writeHeader(201);
                    w.writeHeader(202);
                }, 200, "text/plain; charset=utf-8", "hi first", false, "200 OK", -1),
                new Row("write string", (w, r) -> w.writeString("hi first"), 200, "text/plain; charset=utf-8",
                        "hi first", false, "200 OK", -1),
                new Row("flush", (w, r) -> new ResponseController(w).flush(), 200, "", "", true, "200 OK", -1),
                new Row("Content-Type detection", (w, r) -> w.writeString("<html>"), 200,
                        "text/html; charset=utf-8", "<html>", false, "200 OK", -1),
                new Row("no Content-Type detection with Transfer-Encoding", (w, r) -> {
                    w.header().set("Transfer-Encoding", "some encoding");
                    w.writeString("<html>");
                }, 200, "", "<html>", false, "200 OK", -1),
                new Row("no Content-Type detection if set explicitly to empty", (w, r) -> {
                    w.header().putRaw("Content-Type");
                    w.writeString("<html>");
                }, 200, "", "<html>", false, "200 OK", -1),
                new Row("Content-Length", (w, r) -> {
                    w.header().set("Content-Length", "1000000");
                    w.writeHeader(200);
                }, 200, "", "", false, "200 OK", 1000000),
                new Row("Content-Length not a number", (w, r) -> {
                    w.header().set("Content-Length", "1e6");
                    w.writeHeader(200);
                }, 200, "", "", false, "200 OK", -1),
                new Row("unknown status", (w, r) -> w.writeHeader(999), 999, "", "", false, "999 ", -1));
        for (Row row : rows) {
            ResponseRecorder rec = new ResponseRecorder();
            row.handler().serveHTTP(rec, HttpTest.newRequest("GET", "/", null));
            String n = row.name() + ": ";
            assertEquals(row.code(), rec.code(), n + "code");
            assertEquals(row.contentType(), rec.header().get("Content-Type"), n + "Content-Type");
            assertEquals(row.body(), rec.bodyString(), n + "body");
            assertArrayEquals(row.body().getBytes(StandardCharsets.UTF_8), rec.body(), n + "body bytes");
            assertEquals(row.flushed(), rec.flushed(), n + "flushed");
            Response res = rec.result();
            assertSame(res, rec.result(), n + "result is made once");
            assertEquals(row.code(), res.statusCode(), n + "result code");
            assertEquals(row.resultStatus(), res.status(), n + "result status");
            assertEquals(row.resultLength(), res.contentLength(), n + "result content length");
            assertEquals(row.body(), new String(res.body().readAllBytes(), StandardCharsets.UTF_8), n + "result body");
        }
    }

    @Test
    void headerIsSnapshotAtWriteHeader() throws IOException {
        ResponseRecorder rec = new ResponseRecorder();
        Handler h = (w, r) -> {
            w.header().set("X-Foo", "1");
            w.writeHeader(200);
            w.header().set("X-Foo", "2"); // after the status: not in the result, as on the wire
            w.header().set("X-Bar", "3");
        };
        h.serveHTTP(rec, HttpTest.newRequest("GET", "/", null));
        assertEquals("1", rec.result().header().get("X-Foo"));
        assertEquals("", rec.result().header().get("X-Bar"));
        assertEquals("2", rec.header().get("X-Foo"), "the recorder's own map keeps the handler's changes");
    }

    @Test
    void trailers() throws IOException {
        ResponseRecorder rec = new ResponseRecorder();
        Handler h = (w, r) -> {
            w.header().add("Trailer", "X-Checksum, Content-Length");
            w.header().add("Trailer", "X-Missing");
            w.writeString("body");
            w.header().set("X-Checksum", "abc");
            w.header().set("Content-Length", "99"); // not allowed in a trailer (Go's badTrailer)
            w.header().set(ResponseWriter.TRAILER_PREFIX + "X-Late", "late");
        };
        h.serveHTTP(rec, HttpTest.newRequest("GET", "/", null));
        Response res = rec.result();
        assertEquals("abc", res.trailer().get("X-Checksum"));
        assertEquals("late", res.trailer().get("X-Late"));
        assertEquals(List.of("X-Checksum", "X-Late"), res.trailer().keys());
        assertEquals("", res.header().get("X-Checksum"), "trailers are not header fields");
    }

    @Test
    void handlersRunWithNoServer() throws IOException {
        ServeMux mux = new ServeMux();
        mux.handleFunc("GET /items/{id}", (w, r) -> w.writeString("item " + r.pathValue("id") + " for "
                + r.host() + " from " + r.remoteAddr()));
        ResponseRecorder rec = new ResponseRecorder();
        mux.serveHTTP(rec, HttpTest.newRequest("GET", "/items/7", null));
        assertEquals(200, rec.code());
        assertEquals("item 7 for example.com from 192.0.2.1:1234", rec.bodyString());
        ResponseRecorder missing = new ResponseRecorder();
        mux.serveHTTP(missing, HttpTest.newRequest("GET", "/nothing", null));
        assertEquals(404, missing.code());
        assertTrue(missing.bodyString().startsWith("404 page not found"), missing.bodyString());
    }

    /** docs/http-server.md "Testing handlers" runs here as written (DocsSamplesTest checks it is verbatim). */
    @Test
    void httpServerDocsSample() throws IOException {
        ServeMux mux = new ServeMux();
        mux.handleFunc("GET /items/{id}", (w, r) -> w.writeString(r.pathValue("id")));

        ResponseRecorder rec = new ResponseRecorder();                    // Go's httptest.NewRecorder
        mux.serveHTTP(rec, HttpTest.newRequest("GET", "/items/7", null));  // Go's httptest.NewRequest
        assertEquals(200, rec.code());
        assertEquals("7", rec.bodyString());
        Response res = rec.result();                                      // header as sent, trailers, body

        assertEquals(200, res.statusCode());
        assertEquals("text/plain; charset=utf-8", res.header().get("Content-Type"));
        assertArrayEquals("7".getBytes(StandardCharsets.UTF_8), res.body().readAllBytes());
    }

    @Test
    void invalidCodeFailsAsGoPanics() {
        ResponseRecorder rec = new ResponseRecorder();
        assertEquals("invalid WriteHeader code 99",
                assertThrows(IllegalArgumentException.class, () -> rec.writeHeader(99)).getMessage());
    }
}
