package dev.gonet.jvm;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Client;
import dev.gonet.http.Http;
import dev.gonet.http.Response;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.http.cookiejar.CookieJars;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's HTTP snippet, served over a real loopback socket. */
class ReadmeHttpExampleTest {

    @Test
    void muxFromTheReadme() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handleFunc("POST /echo", (w, r) -> w.write(r.body().readAllBytes()));
        mux.handleFunc("GET /items/{id}", (w, r) -> w.writeString("item " + r.pathValue("id")));
        Server srv = new Server("127.0.0.1:0", mux);
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (Conn c = Net.dial("tcp", ln.addr().toString())) {
            c.write(("GET /items/42 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
                    .getBytes(US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            for (int n; (n = c.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            String resp = out.toString(US_ASCII);
            assertTrue(resp.startsWith("HTTP/1.1 200 OK\r\n"), resp);
            assertTrue(resp.contains("\r\n\r\nitem 42HTTP/1.1 200 OK\r\n"), resp);
            assertTrue(resp.endsWith("\r\n\r\nhello"), resp);
        }
        try {
            // the README's client snippet, against the same server
            Response resp = Http.get("http://" + ln.addr() + "/items/42");
            try (InputStream body = resp.body()) {
                assertEquals("200 item 42", resp.statusCode() + " " + new String(body.readAllBytes(), UTF_8));
            }
            Client c = new Client().withTimeout(Duration.ofSeconds(5)).withJar(CookieJars.rfc6265());
            Response again = c.get("http://" + ln.addr() + "/items/7");
            try (InputStream body = again.body()) {
                assertEquals("item 7", new String(body.readAllBytes(), UTF_8));
            }
        } finally {
            srv.close();
            t.join();
        }
    }
}
