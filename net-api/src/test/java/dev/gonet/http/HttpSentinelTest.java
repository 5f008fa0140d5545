package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpSentinelTest {
    /** One of Go's values: its name in Go, its {@code Error()} text, whether it is a timeout. */
    record Row(HttpSentinel kind, String goName, String text, boolean timeout) {
    }

    /** Go 1.22's texts, copied from net/http, net/http/internal and context. */
    static final List<Row> ROWS = List.of(
            new Row(HttpSentinel.SERVER_CLOSED, "http.ErrServerClosed", "http: Server closed", false),
            new Row(HttpSentinel.HIJACKED, "http.ErrHijacked", "http: connection has been hijacked", false),
            new Row(HttpSentinel.BODY_NOT_ALLOWED, "http.ErrBodyNotAllowed",
                    "http: request method or response status code does not allow body", false),
            new Row(HttpSentinel.CONTENT_LENGTH, "http.ErrContentLength",
                    "http: wrote more than the declared Content-Length", false),
            new Row(HttpSentinel.HANDLER_TIMEOUT, "http.ErrHandlerTimeout", "http: Handler timeout", false),
            new Row(HttpSentinel.BODY_READ_AFTER_CLOSE, "http.ErrBodyReadAfterClose",
                    "http: invalid Read on closed Body", false),
            new Row(HttpSentinel.LINE_TOO_LONG, "http.ErrLineTooLong", "header line too long", false),
            new Row(HttpSentinel.NOT_SUPPORTED, "http.ErrNotSupported", "feature not supported", false),
            new Row(HttpSentinel.USE_LAST_RESPONSE, "http.ErrUseLastResponse", "net/http: use last response", false),
            new Row(HttpSentinel.NO_LOCATION, "http.ErrNoLocation", "http: no Location header in response", false),
            new Row(HttpSentinel.SCHEME_MISMATCH, "http.ErrSchemeMismatch",
                    "http: server gave HTTP response to HTTPS client", false),
            new Row(HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY, "errReadOnClosedResBody",
                    "http: read on closed response body", false),
            new Row(HttpSentinel.RESPONSE_HEADER_TIMEOUT, "errTimeout", "net/http: timeout awaiting response headers",
                    true),
            new Row(HttpSentinel.TLS_HANDSHAKE_TIMEOUT, "tlsHandshakeTimeoutError", "net/http: TLS handshake timeout",
                    true),
            new Row(HttpSentinel.DEADLINE_EXCEEDED, "context.DeadlineExceeded", "context deadline exceeded", true),
            new Row(HttpSentinel.CANCELED, "context.Canceled", "context canceled", false));

    @Test
    void textsAndTimeoutsAreGos() {
        Set<HttpSentinel> seen = EnumSet.noneOf(HttpSentinel.class);
        for (Row row : ROWS) {
            seen.add(row.kind());
            assertEquals(row.text(), row.kind().text(), row.goName() + " text");
            assertEquals(row.timeout(), row.kind().isTimeout(), row.goName() + " isTimeout");
            HttpError e = row.kind().exception();
            assertEquals(row.text(), e.getMessage(), row.goName() + ".exception().getMessage()");
            assertEquals(row.timeout(), e.isTimeout(), row.goName() + ".exception().isTimeout()");
            assertSame(row.kind(), e.kind(), row.goName() + ".exception().kind()");
        }
        assertEquals(EnumSet.allOf(HttpSentinel.class), seen, "a row for every kind");
    }

    @Test
    void inLooksThroughCauses() {
        IOException io = new IOException("broken pipe");
        HttpError bare = HttpSentinel.DEADLINE_EXCEEDED.exception(io);
        assertSame(io, bare.getCause(), "exception(cause).getCause()");
        ClientException wrapped = new ClientException("Get", "http://x/", bare);
        assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(wrapped), "DEADLINE_EXCEEDED.in(ClientException wrapping it) = false");
        assertFalse(HttpSentinel.CANCELED.in(wrapped), "CANCELED.in(a deadline) = true");
        assertEquals(HttpSentinel.DEADLINE_EXCEEDED, HttpSentinel.of(wrapped));
        assertNull(HttpSentinel.of(new IOException("plain")), "HttpSentinel.of(plain IOException)");
        assertNull(HttpSentinel.of(null), "HttpSentinel.of(null)");
        assertFalse(HttpSentinel.SERVER_CLOSED.in(null), "SERVER_CLOSED.in(null) = true");
    }

    /** Go's errors.Is looks at every error in the chain, not only the first of a kind. */
    @Test
    void inFindsEveryKindInTheChain() {
        HttpError outer = new HttpError(HttpSentinel.CANCELED, "stop",
                HttpSentinel.DEADLINE_EXCEEDED.exception());
        assertTrue(HttpSentinel.CANCELED.in(outer), "CANCELED.in(outer)");
        assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(outer), "DEADLINE_EXCEEDED.in(its cause)");
        assertEquals(HttpSentinel.CANCELED, HttpSentinel.of(outer), "of() is the outermost kind");
    }

    @Test
    void messageMayGrowButTheKindStays() {
        HttpError e = new HttpError(HttpSentinel.DEADLINE_EXCEEDED,
                "context deadline exceeded (Client.Timeout exceeded while awaiting headers)", null);
        assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e));
        assertTrue(e.isTimeout());
        assertEquals("context canceled", new HttpError(HttpSentinel.CANCELED, null, null).getMessage(),
                "a null message is the kind's text");
    }

    /** The two families stay apart: an HTTP kind is not a net kind and the other way round. */
    @Test
    void netAndHttpSentinelsDoNotMix() {
        NetException closed = new NetException("read", "tcp", null, null, Sentinel.CLOSED.exception());
        assertNull(HttpSentinel.of(closed), "HttpSentinel.of(net.ErrClosed)");
        assertNull(Sentinel.of(HttpSentinel.SERVER_CLOSED.exception()), "Sentinel.of(http.ErrServerClosed)");
    }
}
