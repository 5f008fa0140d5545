package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The HTTP server's keep-alive connections after quiet spells: a request that comes after one
 * is read by the poller's waiter into buffers it takes from the server's pool for the parked
 * connection ({@code IdleReadable.awaitRead}), and is served whole, its body too, whether it
 * comes in one write or in parts with quiet spells between them. Run in every poll mode; only
 * {@code vpoller} has a waiter whose reads are counted.
 */
class HttpIdleWaitTest {
    private static final boolean VPOLLER = "vpoller".equals(PollDesc.modeName());

    @Test
    void requestsAfterQuietSpellsAreServedWhole() throws Exception {
        Server srv = new Server("127.0.0.1:0", (w, r) -> w.writeString(r.method() + " " + r.url().path() + " "
                + digest(r.body().readAllBytes()))); // a short answer: never chunked
        Listener ln = Net.listen("tcp", "127.0.0.1:0"); // closed by srv.close()
        {
            Thread serving = Thread.ofVirtual().start(() -> {
                try {
                    srv.serve(ln);
                } catch (IOException e) {
                    // closed at the end
                }
            });
            // The client is the JDK's blocking socket, so that every read the waiter does is the server's.
            String[] hp = ln.addr().toString().split(":");
            try (Socket c = new Socket(hp[0], Integer.parseInt(hp[1]))) {
                c.setSoTimeout(20_000); // a lost request fails, never hangs
                OutputStream out = c.getOutputStream();
                InputStream in = c.getInputStream();
                for (int round = 0; round < 8; round++) {
                    String body = "body " + round + " " + "x".repeat(round * 700);
                    String head = "POST /r" + round + " HTTP/1.1\r\nHost: a\r\nContent-Length: "
                            + body.length() + "\r\n\r\n";
                    long reads = VPoller.handOffs()[2];
                    Thread.sleep(30); // quiet: the server's thread waits in its idle wait, holding no buffer
                    if (round % 2 == 0) {
                        out.write((head + body).getBytes(StandardCharsets.US_ASCII));
                    } else { // the head, a quiet spell, the body
                        out.write(head.getBytes(StandardCharsets.US_ASCII));
                        Thread.sleep(30);
                        out.write(body.getBytes(StandardCharsets.US_ASCII));
                    }
                    assertEquals("POST /r" + round + " " + digest(body.getBytes(StandardCharsets.US_ASCII)),
                            readResponse(in), "round " + round);
                    if (VPOLLER) {
                        assertTrue(VPoller.handOffs()[2] > reads, "round " + round + ": the waiter read nothing");
                    }
                }
            } finally {
                srv.close();
                serving.join(10_000);
            }
        }
    }

    /** The body's length and CRC-32: what the handler saw of it. */
    private static String digest(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return body.length + "/" + Long.toHexString(crc.getValue());
    }

    /** Reads one 200 response with a Content-Length and returns its body. */
    private static String readResponse(InputStream c) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        int headEnd;
        while ((headEnd = got.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n")) < 0) {
            int n = c.read(buf);
            assertTrue(n > 0, "the connection ended inside a response head");
            got.write(buf, 0, n);
        }
        String all = got.toString(StandardCharsets.ISO_8859_1);
        String head = all.substring(0, headEnd);
        assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
        int at = head.toLowerCase().indexOf("content-length: ");
        assertTrue(at > 0, head);
        int len = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
        while (got.size() < headEnd + 4 + len) {
            int n = c.read(buf);
            assertTrue(n > 0, "the connection ended inside a response body");
            got.write(buf, 0, n);
        }
        assertEquals(headEnd + 4 + len, got.size(), "bytes after the response");
        return new String(got.toByteArray(), headEnd + 4, len, StandardCharsets.UTF_8);
    }
}
