package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SentinelTest {

    @Test
    void textsAreGos() {
        assertEquals("use of closed network connection", Sentinel.CLOSED.text());
        assertEquals("i/o timeout", Sentinel.DEADLINE_EXCEEDED.text());
        assertEquals("io: read/write on closed pipe", Sentinel.CLOSED_PIPE.text());
        assertEquals("connection refused", Sentinel.CONNECTION_REFUSED.text());
        assertEquals("address already in use", Sentinel.ADDRESS_IN_USE.text());
        assertEquals("broken pipe", Sentinel.BROKEN_PIPE.text());
        assertEquals("connection reset by peer", Sentinel.CONNECTION_RESET.text());
        assertEquals("no such file or directory", Sentinel.NO_SUCH_FILE.text());
        assertEquals("unknown network foo", SentinelException.unknownNetwork("foo").getMessage());
    }

    @Test
    void onlyDeadlinesAndEtimedoutAreTimeouts() {
        for (Sentinel s : Sentinel.values()) {
            // Go: os.ErrDeadlineExceeded and syscall.ETIMEDOUT report Timeout() true.
            boolean want = s == Sentinel.DEADLINE_EXCEEDED || s == Sentinel.CONNECTION_TIMED_OUT;
            assertEquals(want, s.exception().isTimeout(), s + ".exception().isTimeout()");
            assertEquals(s.text(), s.exception().getMessage(), s + ".exception().getMessage()");
        }
    }

    @Test
    void inLooksThroughCauses() {
        IOException wrapped = new IOException("outer", new NetException("read", "mem", null, null, Sentinel.CLOSED.exception()));
        assertTrue(Sentinel.CLOSED.in(wrapped), "CLOSED.in(wrapped closed) = false");
        assertFalse(Sentinel.DEADLINE_EXCEEDED.in(wrapped), "DEADLINE_EXCEEDED.in(wrapped closed) = true");
        assertEquals(Sentinel.CLOSED, Sentinel.of(wrapped));
        assertNull(Sentinel.of(new IOException("plain")), "Sentinel.of(plain IOException)");
        assertNull(Sentinel.of(null), "Sentinel.of(null)");
    }
}
