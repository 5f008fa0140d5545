package dev.gonet.jvm.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void echo() throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(TLSPairs.clientConfig(), TLSPairs.serverConfig()));
        try {
            e.client().write("hello".getBytes(StandardCharsets.UTF_8));
            byte[] b = new byte[100];
            int n = e.server().read(b);
            assertEquals("hello", new String(b, 0, n, StandardCharsets.UTF_8));
            e.server().write("world".getBytes(StandardCharsets.UTF_8));
            n = e.client().read(b);
            assertEquals("world", new String(b, 0, n, StandardCharsets.UTF_8));
            System.out.println(e.client().connectionState());
            System.out.println(e.server().connectionState());
            e.client().close();
            assertEquals(-1, e.server().read(b));
        } finally {
            e.stop();
        }
    }
}
