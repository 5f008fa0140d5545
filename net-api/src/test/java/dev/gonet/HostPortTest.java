package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostPortTest {

    @Test
    void splitAndJoinThroughNet() throws AddrException {
        assertEquals(new HostPort("::1%lo0", "80"), Net.splitHostPort("[::1%lo0]:80"));
        assertEquals("[::1%lo0]:80", Net.joinHostPort("::1%lo0", "80"));
    }

    @Test
    void errorCarriesGoFields() {
        AddrException e = assertThrows(AddrException.class, () -> HostPort.split("golang.org"));
        assertEquals("address golang.org: missing port in address", e.getMessage());
        assertEquals("missing port in address", e.err());
        assertEquals("golang.org", e.addr());
    }

    @Test
    void nullIsGoEmptyString() {
        AddrException e = assertThrows(AddrException.class, () -> HostPort.split(null));
        assertEquals("missing port in address", e.getMessage());
        assertEquals(":", HostPort.join(null, null));
    }
}
