package dev.gonet.jvm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.Conn;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's Java snippet, run as written, so the README stays true. */
class ReadmeExamplesTest {

    @Test
    void addressExamples() {
        IP ip = Net.parseIP("::ffff:192.0.2.1");
        assertEquals("192.0.2.1", ip.toString());
        CIDR c = assertDoesNotThrowAddr(() -> Net.parseCIDR("2001:db8::1/48"));
        assertEquals("2001:db8::/48", c.net().toString());
        HostPort hp = assertDoesNotThrowAddr(() -> Net.splitHostPort("[::1]:8080"));
        assertEquals(new HostPort("::1", "8080"), hp);
        AddrException e = assertThrows(AddrException.class, () -> Net.splitHostPort("1.2.3.4"));
        assertEquals("address 1.2.3.4: missing port in address", e.getMessage());
    }

    @Test
    void memNetworkWithDeadline() throws Exception {
        try (Listener ln = Net.listen("mem", "readme-echo"); Conn c = Net.dial("mem", "readme-echo");
                Conn s = ln.accept()) {
            c.setReadDeadline(Instant.now().plusMillis(50));
            NetException timeout = assertThrows(NetException.class, () -> c.read(new byte[8]));
            assertTrue(timeout.isTimeout(), timeout.getMessage());
            // the conn stays usable: data written after the timeout is read in full
            c.setReadDeadline(null);
            s.write("hello".getBytes(UTF_8));
            byte[] buf = new byte[5];
            int n = 0;
            while (n < 5) {
                n += c.read(buf, n, 5 - n);
            }
            assertArrayEquals("hello".getBytes(UTF_8), buf);
        }
    }

    interface AddrCall<T> {
        T call() throws AddrException;
    }

    static <T> T assertDoesNotThrowAddr(AddrCall<T> call) {
        try {
            return call.call();
        } catch (AddrException e) {
            throw new AssertionError(e);
        }
    }
}
