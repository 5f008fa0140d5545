package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DNSExceptionTest {

    @Test
    void textIsGos() {
        assertEquals("lookup example.invalid on 1.1.1.1:53: no such host",
                DNSException.notFound("example.invalid", "1.1.1.1:53").getMessage());
        assertEquals("lookup example.invalid: no such host", DNSException.notFound("example.invalid", "").getMessage());
        assertEquals("lookup a.example on [2606:4700::1111]:53: i/o timeout",
                new DNSException("i/o timeout", "a.example", "[2606:4700::1111]:53", true, false, false).getMessage());
    }

    @Test
    void flags() {
        DNSException nf = DNSException.notFound("x.invalid", "");
        assertTrue(nf.isNotFound(), "notFound: isNotFound() = false");
        assertFalse(nf.isTimeout(), "notFound: isTimeout() = true");
        assertFalse(nf.isTemporary(), "notFound: isTemporary() = true");
        assertEquals("no such host", nf.err());
        assertEquals("x.invalid", nf.name());

        DNSException timeout = new DNSException("i/o timeout", "a", "s:53", true, false, false);
        assertTrue(timeout.isTimeout(), "timeout: isTimeout() = false");
        assertTrue(timeout.isTemporary(), "timeout: isTemporary() = false, want true as in Go");
        assertEquals("s:53", timeout.server());

        assertTrue(new DNSException("server misbehaving", "a", "", false, true, false).isTemporary(),
                "temporary: isTemporary() = false");
    }
}
