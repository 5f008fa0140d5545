package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void textsAreGos() {
        int[] codes = {100, 101, 102, 103, 200, 203, 226, 304, 307, 308, 400, 404, 407, 413, 414, 416, 418, 421,
            425, 431, 451, 500, 505, 511};
        String[] texts = {"Continue", "Switching Protocols", "Processing", "Early Hints", "OK",
            "Non-Authoritative Information", "IM Used", "Not Modified", "Temporary Redirect", "Permanent Redirect",
            "Bad Request", "Not Found", "Proxy Authentication Required", "Request Entity Too Large",
            "Request URI Too Long", "Requested Range Not Satisfiable", "I'm a teapot", "Misdirected Request",
            "Too Early", "Request Header Fields Too Large", "Unavailable For Legal Reasons",
            "Internal Server Error", "HTTP Version Not Supported", "Network Authentication Required"};
        for (int i = 0; i < codes.length; i++) {
            assertEquals(texts[i], Status.statusText(codes[i]), "StatusText(" + codes[i] + ")");
        }
    }

    @Test
    void unknownCodesHaveNoText() {
        for (int c : new int[] {0, 99, 199, 306, 419, 599, 1000, -1}) {
            assertEquals("", Status.statusText(c), "StatusText(" + c + ")");
        }
    }

    @Test
    void everyConstantHasAText() {
        int[] all = {Status.CONTINUE, Status.OK, Status.NO_CONTENT, Status.NOT_MODIFIED, Status.BAD_REQUEST,
            Status.NOT_IMPLEMENTED, Status.HTTP_VERSION_NOT_SUPPORTED, Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
            Status.TEAPOT, Status.NETWORK_AUTHENTICATION_REQUIRED};
        for (int c : all) {
            assertFalse(Status.statusText(c).isEmpty(), "StatusText(" + c + ")");
        }
        assertEquals(418, Status.TEAPOT);
        assertEquals(431, Status.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }
}
