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

    @Test
    void namesAreGos() {
        Object[][] rows = {
            {1000, "StatusNormalClosure"}, {1001, "StatusGoingAway"}, {1002, "StatusProtocolError"},
            {1003, "StatusUnsupportedData"}, {1004, "statusReserved"}, {1005, "StatusNoStatusRcvd"},
            {1006, "StatusAbnormalClosure"}, {1007, "StatusInvalidFramePayloadData"}, {1008, "StatusPolicyViolation"},
            {1009, "StatusMessageTooBig"}, {1010, "StatusMandatoryExtension"}, {1011, "StatusInternalError"},
            {1012, "StatusServiceRestart"}, {1013, "StatusTryAgainLater"}, {1014, "StatusBadGateway"},
            {1015, "StatusTLSHandshake"}, {1016, "StatusCode(1016)"}, {999, "StatusCode(999)"}, {4000, "StatusCode(4000)"},
            {-1, "StatusCode(-1)"},
        };
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            f.expect("name(" + row[0] + ")", CloseCode.name((Integer) row[0]), row[1]);
        }
        f.done(20);
        assertEquals(1000, CloseCode.NORMAL_CLOSURE);
        assertEquals(1009, CloseCode.MESSAGE_TOO_BIG);
        assertEquals(1011, CloseCode.INTERNAL_ERROR);
    }

    @Test
    void closeExceptionTextAndStatus() {
        Object[][] rows = {
            {1000, "", "received close frame: status = StatusNormalClosure and reason = \"\""},
            {1001, "bye", "received close frame: status = StatusGoingAway and reason = \"bye\""},
            {1005, "", "received close frame: status = StatusNoStatusRcvd and reason = \"\""},
            {4000, "a \"q\" \\ é\n\t\u0007\u2028\ud83d\ude00", "received close frame: status = StatusCode(4000) and reason = "
                    + "\"a \\\"q\\\" \\\\ é\\n\\t\\a\\u2028\ud83d\ude00\""},
            {3000, "\u0000\u007f\u0085\u00ad", "received close frame: status = StatusCode(3000) and reason = \"\\x00\\x7f\\u0085\\u00ad\""},
        };
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            CloseException e = new CloseException((Integer) row[0], (String) row[1]);
            f.expect("text", e.getMessage(), row[2]);
            f.expect("code", e.code(), row[0]);
            f.expect("reason", e.reason(), row[1]);
            f.expect("statusOf", CloseException.statusOf(new IOException("wrapped", e)), row[0]);
        }
        f.done(5);
        assertEquals(-1, CloseException.statusOf(null));
        assertEquals(-1, CloseException.statusOf(new WebSocketException(1002, "x")));
        assertEquals(false, new WebSocketException(1002, "x").isTimeout());
    }
}
