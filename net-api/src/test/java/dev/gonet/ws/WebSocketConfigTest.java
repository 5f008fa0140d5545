package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.TestThreads;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WebSocketConfigTest {

    @Test
    void defaults() {
        WebSocketConfig c = new WebSocketConfig();
        assertEquals(32 << 20, c.maxMessageSize());
        assertEquals(1 << 20, c.readBufferSize());
        assertEquals(1 << 20, c.writeBufferSize());
        assertEquals(Duration.ZERO, c.pingInterval());
        assertEquals(Duration.ofSeconds(15), c.pongTimeout());
        assertEquals(Duration.ofSeconds(5), c.closeTimeout());
        assertNull(c.platform());
        assertNotNull(c.random());
    }

    @Test
    void withersCopy() {
        WebSocketConfig c = new WebSocketConfig();
        Random r = new Random(3);
        WebSocketConfig d = c.withMaxMessageSize(5).withReadBufferSize(6).withWriteBufferSize(0)
                .withPingInterval(Duration.ofSeconds(1), Duration.ofSeconds(2)).withCloseTimeout(Duration.ZERO)
                .withPlatform(TestThreads.INSTANCE).withRandom(r);
        assertEquals(List.of(5, 6, 0), List.of(d.maxMessageSize(), d.readBufferSize(), d.writeBufferSize()));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO),
                List.of(d.pingInterval(), d.pongTimeout(), d.closeTimeout()));
        assertSame(TestThreads.INSTANCE, d.platform());
        assertSame(r, d.random());
        assertEquals(32 << 20, c.maxMessageSize(), "the original is unchanged");
        assertEquals(Duration.ZERO, c.withPingInterval(null, Duration.ofSeconds(1)).pingInterval());
        assertEquals(Duration.ZERO, c.withPingInterval(Duration.ofSeconds(-1), Duration.ofSeconds(1)).pingInterval());
    }

    @Test
    void rejects() {
        WebSocketConfig c = new WebSocketConfig();
        List<Supplier<WebSocketConfig>> bad = List.of(
                () -> c.withMaxMessageSize(0),
                () -> c.withReadBufferSize(0),
                () -> c.withWriteBufferSize(-1),
                () -> c.withPingInterval(Duration.ofSeconds(1), Duration.ZERO),
                () -> c.withCloseTimeout(Duration.ofMillis(-1)));
        for (int i = 0; i < bad.size(); i++) {
            Supplier<WebSocketConfig> s = bad.get(i);
            assertThrows(IllegalArgumentException.class, s::get, "case " + i);
        }
        assertThrows(NullPointerException.class, () -> c.withCloseTimeout(null));
        assertThrows(NullPointerException.class, () -> c.withPingInterval(Duration.ofSeconds(1), null));
    }
}
