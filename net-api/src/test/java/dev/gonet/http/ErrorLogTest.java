package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request text in the server's error log cannot forge a line: a handler failure whose message
 * holds the path ({@code %0a} decoded to a line feed) is logged with the message Go-quoted.
 * Before, {@code GET /x%0ahttp:%20panic%20serving%201.2.3.4:1:%20forged} logged a second,
 * forged line.
 */
class ErrorLogTest {
    /** Lines of the log entries that are neither a first line nor a stack frame. */
    static List<String> forgedLines(List<String> log) {
        List<String> forged = new ArrayList<>();
        for (String entry : log) {
            String[] lines = entry.split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].startsWith("\tat ")) {
                    forged.add(lines[i]);
                }
            }
        }
        return forged;
    }

    @Test
    void requestTextInAPanicIsQuoted() throws Exception {
        Handler h = (w, r) -> {
            throw new IllegalStateException("no file " + r.url().path());
        };
        try (TestServer s = TestServer.start(h)) {
            String[] targets = {"/x%0ahttp:%20panic%20serving%201.2.3.4:1:%20forged", "/y%0d%0aforged%0d",
                "/z%e2%80%a8forged", "/%c2%85forged", "/v%1b[31mred"};
            for (String t : targets) {
                assertEquals(500, s.roundTrip("GET " + t + " HTTP/1.1\r\nHost: a\r\n\r\n").status(), t);
            }
            long until = System.currentTimeMillis() + 5000;
            while (s.log.size() < targets.length && System.currentTimeMillis() < until) {
                Thread.sleep(5);
            }
            List<String> log = List.copyOf(s.log);
            List<String> forged = forgedLines(log);
            System.out.println("log: " + targets.length + " requests with line breaks in the path -> "
                    + forged.size() + " forged lines");
            assertEquals(targets.length, log.size(), log.toString());
            assertEquals(List.of(), forged);
            String first = log.get(0).split("\n")[0];
            assertTrue(first.endsWith(": \"java.lang.IllegalStateException: no file /x\\nhttp: panic serving 1.2.3.4:1:"
                    + " forged\""), first);
            for (String entry : log) {
                String line = entry.split("\n")[0];
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    assertTrue(c >= 0x20 && c != 0x7f && c != 0x85 && c != 0x2028 && c != 0x2029,
                            "raw U+" + Integer.toHexString(c) + " in " + line);
                }
            }
        }
    }

    /** FileServer logs a directory it cannot read as Go does, the name escaped. */
    @Test
    void fileServerDirectoryErrorIsQuoted() throws Exception {
        FileSystem broken = name -> {
            if (name.endsWith("/index.html")) {
                throw new java.io.FileNotFoundException(name);
            }
            return new FileSystem.File() {
                @Override
                public FileSystem.FileInfo stat() {
                    return new FileSystem.FileInfo("d", 0, null, true);
                }

                @Override
                public List<FileSystem.FileInfo> readDir() throws java.io.IOException {
                    throw new java.io.IOException("readdirent " + name + ": input/output error");
                }

                @Override
                public java.io.InputStream inputStream(long offset) throws java.io.IOException {
                    throw new java.io.IOException("is a directory");
                }

                @Override
                public void close() {
                }
            };
        };
        try (TestServer s = TestServer.start(new FileServer(broken))) {
            HttpConn.Resp r = s.roundTrip("GET /d%0aforged/ HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(500, r.status());
            assertEquals("Error reading directory\n", r.text());
            assertEquals(List.of("http: error reading directory: \"readdirent /d\\nforged: input/output error\""),
                    List.copyOf(s.log));
        }
    }

    /** Plain text is logged as it was, so ordinary failures read as before. */
    @Test
    void plainTextStaysUnquoted() throws Exception {
        Handler h = (w, r) -> {
            throw new IllegalStateException("boom at " + r.url().path());
        };
        try (TestServer s = TestServer.start(h)) {
            s.roundTrip("GET /plain/path HTTP/1.1\r\nHost: a\r\n\r\n");
            long until = System.currentTimeMillis() + 5000;
            while (s.log.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(5);
            }
            String first = s.log.get(0).split("\n")[0];
            assertTrue(first.endsWith(": java.lang.IllegalStateException: boom at /plain/path"), first);
        }
    }
}
