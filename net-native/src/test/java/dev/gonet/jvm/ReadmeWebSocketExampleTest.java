package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.ws.Relay;
import dev.gonet.ws.WebSocket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's WebSocket snippet, served over a real loopback socket (port 0 instead of 8080). */
@Timeout(30)
class ReadmeWebSocketExampleTest {

    @Test
    void snippetRuns() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handle("GET /ws", WebSocket.handler((conn, r) -> conn.inputStream().transferTo(conn.outputStream())));
        mux.handle("GET /relay", Relay.allowing("127.0.0.1:5432"));
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Server srv = new Server("", mux);
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // shut down below
            }
        });
        try {
            Conn ws = Net.dial("ws", "ws://" + ln.addr() + "/ws");
            ws.write("echo me".getBytes(StandardCharsets.UTF_8));
            assertArrayEquals("echo me".getBytes(StandardCharsets.UTF_8), ws.inputStream().readNBytes(7));
            srv.shutdown(Duration.ofSeconds(5));
            assertEquals(-1, ws.read(new byte[1]), "shutdown: 1001 reads as end of stream");
            ws.close();
        } finally {
            srv.close();
        }
    }
}
