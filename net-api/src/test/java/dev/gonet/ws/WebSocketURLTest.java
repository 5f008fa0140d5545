package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebSocketURLTest {

    @Test
    void parses() throws IOException {
        record Row(String network, String url, WebSocketURL want) {
        }
        List<Row> rows = List.of(
                new Row("ws", "ws://127.0.0.1:8080/echo", new WebSocketURL(false, "127.0.0.1:8080", "127.0.0.1",
                        "127.0.0.1:8080", "/echo")),
                new Row("ws", "ws://example.com", new WebSocketURL(false, "example.com", "example.com", "example.com:80",
                        "/")),
                new Row("ws", "http://example.com/a?b=c#frag", new WebSocketURL(false, "example.com", "example.com",
                        "example.com:80", "/a?b=c")),
                new Row("wss", "wss://example.com/chat?room=1", new WebSocketURL(true, "example.com", "example.com",
                        "example.com:443", "/chat?room=1")),
                new Row("wss", "HTTPS://[::1]:8443/x", new WebSocketURL(true, "[::1]:8443", "::1", "[::1]:8443", "/x")),
                new Row("ws", "ws://name-1/p%20q", new WebSocketURL(false, "name-1", "name-1", "name-1:80", "/p%20q")));
        for (Row row : rows) {
            assertEquals(row.want, WebSocketURL.parse(row.network, row.url), row.url);
        }
    }

    @Test
    void rejects() {
        record Row(String network, String url, String message) {
        }
        List<Row> rows = List.of(
                new Row("ws", "ftp://example.com/", "address ftp://example.com/: unexpected url scheme \"ftp\" for network ws"),
                new Row("ws", "wss://example.com/", "address wss://example.com/: url scheme \"wss\" does not match network ws (use wss)"),
                new Row("wss", "ws://example.com/", "address ws://example.com/: url scheme \"ws\" does not match network wss (use ws)"),
                new Row("ws", "ws:///path", "address ws:///path: missing host in url"),
                new Row("ws", "ws://u:p@example.com/", "address ws://u:p@example.com/: user info in a WebSocket url is not supported"),
                new Row("ws", "127.0.0.1:80", null),
                new Row("ws", "ws://exa mple.com/", null));
        for (Row row : rows) {
            IOException e = assertThrows(IOException.class, () -> WebSocketURL.parse(row.network, row.url), row.url);
            if (row.message != null) {
                assertEquals(row.message, e.getMessage(), row.url);
            }
        }
    }
}
