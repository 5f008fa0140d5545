package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FramedConnTest {

    @Test
    void echoRoundTrip() throws Exception {
        try (MemWs ws = new MemWs(WebSocket.handler((c, r) -> c.inputStream().transferTo(c.outputStream())))) {
            WebSocketConn c = ws.dial("/echo");
            byte[] msg = "hello, websocket".getBytes(StandardCharsets.UTF_8);
            c.write(msg);
            byte[] got = c.inputStream().readNBytes(msg.length);
            assertArrayEquals(msg, got);
            c.close();
        }
    }
}
