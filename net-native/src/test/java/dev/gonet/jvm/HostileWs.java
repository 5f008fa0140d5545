package dev.gonet.jvm;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.ws.Frame;
import dev.gonet.ws.FrameReader;
import dev.gonet.ws.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A WebSocket client written by hand over a real TCP socket on loopback, for attack tests: it
 * sends whatever Host and Origin it likes, declares frame lengths it never finishes, streams a
 * payload from one small buffer (so its own memory does not count in the heap the test
 * measures), and reads the server's frames raw. Masks with the all-zero key, so payload bytes go
 * out as they are.
 */
final class HostileWs implements AutoCloseable {
    /** A valid {@code Sec-WebSocket-Key} (RFC 6455's sample nonce). */
    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    final Conn conn;
    /** The status code of the server's answer to the upgrade. */
    final int status;
    /** The server's answer, head and whatever body followed it in the first read. */
    final String answer;
    private FrameReader frames;

    private HostileWs(Conn conn, int status, String answer) {
        this.conn = conn;
        this.status = status;
        this.answer = answer;
    }

    /** Dials {@code addr} and asks to upgrade {@code path} with {@code Host: addr} and no Origin. */
    static HostileWs open(String addr, String path) throws IOException {
        return open(addr, path, addr, null);
    }

    /** Dials {@code addr} and asks to upgrade {@code path}; {@code origin} null sends none. */
    static HostileWs open(String addr, String path, String host, String origin) throws IOException {
        Conn c = Net.dialTimeout("tcp", addr, Duration.ofSeconds(5));
        StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: " + KEY + "\r\nSec-WebSocket-Version: 13\r\n");
        if (origin != null) {
            req.append("Origin: ").append(origin).append("\r\n");
        }
        c.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        // Read the head byte by byte: nothing of the first frame may be consumed with it.
        c.setReadDeadline(Instant.now().plusSeconds(5));
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            if (c.read(one) < 0) {
                break;
            }
            head.write(one[0]);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 101")) {
            // An error answer: take its body too, for the failure text.
            byte[] rest = new byte[4096];
            try {
                int n = c.read(rest);
                if (n > 0) {
                    text += new String(rest, 0, n, StandardCharsets.UTF_8);
                }
            } catch (IOException ignored) {
                // no body, or closed
            }
        }
        c.setReadDeadline(null);
        int status = text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
        return new HostileWs(c, status, text);
    }

    /** A masked frame header (all-zero key) declaring {@code length} payload bytes. */
    static byte[] header(int b0, long length) {
        byte[] h;
        if (length <= 125) {
            h = new byte[] {(byte) b0, (byte) (0x80 | length), 0, 0, 0, 0};
        } else if (length <= 0xFFFF) {
            h = new byte[] {(byte) b0, (byte) (0x80 | 126), (byte) (length >> 8), (byte) length, 0, 0, 0, 0};
        } else {
            h = new byte[14];
            h[0] = (byte) b0;
            h[1] = (byte) (0x80 | 127);
            for (int i = 0; i < 8; i++) {
                h[2 + i] = (byte) (length >> (56 - 8 * i));
            }
        }
        return h;
    }

    /** A whole masked frame carrying {@code payload}. */
    static byte[] frame(int b0, byte[] payload) {
        byte[] h = header(b0, payload.length);
        byte[] f = new byte[h.length + payload.length];
        System.arraycopy(h, 0, f, 0, h.length);
        System.arraycopy(payload, 0, f, h.length, payload.length);
        return f;
    }

    /** A masked close frame with {@code code} and no reason. */
    static byte[] close(int code) {
        return frame(0x88, new byte[] {(byte) (code >> 8), (byte) code});
    }

    /**
     * Writes {@code total} bytes from {@code chunk}, over and over, until done or the write
     * deadline {@code by} stops it; returns how many bytes went out.
     */
    long stream(byte[] chunk, long total, Instant by) {
        long sent = 0;
        try {
            conn.setWriteDeadline(by);
            while (sent < total) {
                int n = (int) Math.min(chunk.length, total - sent);
                conn.write(chunk, 0, n);
                sent += n;
            }
        } catch (IOException stopped) {
            // the deadline, or the server hung up: either way this client is done
        }
        return sent;
    }

    /** The next frame from the server (unmasked, checked), with no message limit. */
    Frame readFrame() throws IOException {
        if (frames == null) {
            frames = new FrameReader(conn.inputStream(), Role.CLIENT, Integer.MAX_VALUE - 8);
        }
        return frames.readFrame();
    }

    void write(byte[] b) throws IOException {
        conn.write(b);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
