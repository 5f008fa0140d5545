package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.url.URL;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Transparent gzip as Go's transport does it: asked for only when the caller did not, undone only then. */
class ClientGzipTest {
    static final String URL = "http://gzip.example/";
    static final String TEXT = "the quick brown fox jumps over the lazy dog\n".repeat(200);

    static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(s.getBytes());
        }
        return b.toByteArray();
    }

    /** Gzips when asked to, reports what the client asked for. */
    static final Handler GZIPPING = (w, r) -> {
        w.header().set("X-Asked", r.header().get("Accept-Encoding"));
        if (r.url().path().equals("/corrupt")) {
            w.header().set("Content-Encoding", "gzip");
            w.writeString("this is not gzip at all");
            return;
        }
        if (r.url().path().equals("/empty")) {
            w.header().set("Content-Encoding", "gzip");
            return;
        }
        if (r.header().get("Accept-Encoding").contains("gzip")) {
            w.header().set("Content-Encoding", "gzip");
            w.write(gzip(TEXT));
        } else {
            w.writeString(TEXT);
        }
    };

    @Test
    void transparentGzip() throws Exception {
        try (ClientFixture f = ClientFixture.start(GZIPPING)) {
            for (int i = 0; i < 3; i++) {
                Response r = f.client.get(URL);
                assertEquals("gzip", r.header().get("X-Asked"));
                assertTrue(r.uncompressed());
                assertEquals(-1, r.contentLength());
                assertFalse(r.header().has("Content-Encoding"));
                assertFalse(r.header().has("Content-Length"));
                assertEquals(TEXT, read(r));
            }
            assertEquals(1, f.connections(), "decompressed bodies read to their end free the connection");
        }
    }

    @Test
    void callerAskingForEncodingGetsItRaw() throws Exception {
        try (ClientFixture f = ClientFixture.start(GZIPPING)) {
            Request req = new Request("GET", URL, (InputStream) null);
            req.header().set("Accept-Encoding", "gzip");
            Response r = f.client.send(req);
            assertFalse(r.uncompressed());
            assertEquals("gzip", r.header().get("Content-Encoding"));
            byte[] raw = r.body().readAllBytes();
            r.body().close();
            assertEquals(TEXT, new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))
                    .readAllBytes()));
        }
    }

    @Test
    void notAskedForHeadRangeOrWhenDisabled() throws Exception {
        try (ClientFixture f = ClientFixture.start(GZIPPING)) {
            assertEquals("", f.client.head(URL).header().get("X-Asked"));
            Request range = new Request("GET", URL, (InputStream) null);
            range.header().set("Range", "bytes=0-9");
            Response r = f.client.send(range);
            assertEquals("", r.header().get("X-Asked"));
            read(r);
            Client plain = new Client(f.transport.withDisableCompression(true));
            r = plain.get(URL);
            assertEquals("", r.header().get("X-Asked"));
            assertEquals(TEXT, read(r));
            plain.closeIdleConnections();
        }
    }

    @Test
    void emptyAndCorruptGzip() throws Exception {
        try (ClientFixture f = ClientFixture.start(GZIPPING)) {
            Response empty = f.client.get(URL + "empty");
            assertEquals("", read(empty), "an empty gzip body is an empty body, as Go");
            Response bad = f.client.get(URL + "corrupt");
            IOException e = assertThrows(IOException.class, () -> bad.body().readAllBytes());
            assertEquals("gzip: invalid header", e.getMessage());
            bad.body().close();
            assertEquals(TEXT, read(f.client.get(URL)), "the client carries on");
        }
    }
}
