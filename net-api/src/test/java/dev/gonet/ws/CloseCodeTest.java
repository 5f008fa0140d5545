package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.http.Failures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which close codes are legal on the wire, their Go names, and the close exception's text. */
class CloseCodeTest {
    @Test
    void everyCodeIsClassified() {
        Failures f = new Failures();
        for (int code = -70000; code <= 70000; code++) {
            f.row();
            boolean want = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
            if (CloseCode.isValidOnWire(code) != want) {
                f.errorf("isValidOnWire(" + code + ") = " + !want + ", want " + want);
            }
        }
        f.done(140001);
    }

    private record NameCase(int code, String name) {
    }

    @Test
    void namesAreGos() {
        NameCase[] rows = {
            new NameCase(1000, "StatusNormalClosure"), new NameCase(1001, "StatusGoingAway"),
            new NameCase(1002, "StatusProtocolError"), new NameCase(1003, "StatusUnsupportedData"),
            new NameCase(1004, "statusReserved"), new NameCase(1005, "StatusNoStatusRcvd"),
            new NameCase(1006, "StatusAbnormalClosure"), new NameCase(1007, "StatusInvalidFramePayloadData"),
            new NameCase(1008, "StatusPolicyViolation"), new NameCase(1009, "StatusMessageTooBig"),
            new NameCase(1010, "StatusMandatoryExtension"), new NameCase(1011, "StatusInternalError"),
            new NameCase(1012, "StatusServiceRestart"), new NameCase(1013, "StatusTryAgainLater"),
            new NameCase(1014, "StatusBadGateway"), new NameCase(1015, "StatusTLSHandshake"),
            new NameCase(1016, "StatusCode(1016)"), new NameCase(999, "StatusCode(999)"),
            new NameCase(4000, "StatusCode(4000)"), new NameCase(-1, "StatusCode(-1)"),
        };
        Failures f = new Failures();
        for (NameCase row : rows) {
            f.row();
            f.expect("name(" + row.code() + ")", CloseCode.name(row.code()), row.name());
        }
        f.done(20);
        assertEquals(1000, CloseCode.NORMAL_CLOSURE);
        assertEquals(1009, CloseCode.MESSAGE_TOO_BIG);
        assertEquals(1011, CloseCode.INTERNAL_ERROR);
    }

    private record CloseCase(int code, String reason, String text) {
    }

    @Test
    void closeExceptionTextAndStatus() {
        CloseCase[] rows = {
            new CloseCase(1000, "", "received close frame: status = StatusNormalClosure and reason = \"\""),
            new CloseCase(1001, "bye", "received close frame: status = StatusGoingAway and reason = \"bye\""),
            new CloseCase(1005, "", "received close frame: status = StatusNoStatusRcvd and reason = \"\""),
            new CloseCase(4000, "a \"q\" \\ é\n\t\u0007\u2028\ud83d\ude00", "received close frame: status = StatusCode(4000) and reason = "
                    + "\"a \\\"q\\\" \\\\ é\\n\\t\\a\\u2028\ud83d\ude00\""),
            new CloseCase(3000, "\u0000\u007f\u0085\u00ad",
                "received close frame: status = StatusCode(3000) and reason = \"\\x00\\x7f\\u0085\\u00ad\""),
        };
        Failures f = new Failures();
        for (CloseCase row : rows) {
            f.row();
            CloseException e = new CloseException(row.code(), row.reason());
            f.expect("text", e.getMessage(), row.text());
            f.expect("code", e.code(), row.code());
            f.expect("reason", e.reason(), row.reason());
            f.expect("statusOf", CloseException.statusOf(new IOException("wrapped", e)), row.code());
        }
        f.done(5);
        assertEquals(-1, CloseException.statusOf(null));
        assertEquals(-1, CloseException.statusOf(new WebSocketException(1002, "x")));
        assertEquals(false, new WebSocketException(1002, "x").isTimeout());
    }
}
