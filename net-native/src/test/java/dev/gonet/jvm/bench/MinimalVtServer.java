package dev.gonet.jvm.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The ceiling of the HTTP benchmark ({@code scripts/bench-http.sh}, server {@code ceiling}): the
 * least a blocking Java server on virtual threads can do per request. A blocking
 * {@link ServerSocketChannel} accepts, a virtual thread per connection reads into one fixed
 * buffer and answers one fixed response for every {@code "\r\n\r\n"} it sees — no parsing, no
 * routing, no allocation per request. The response is what the other contenders send:
 * {@code 200 OK} with {@code Date} (cached, rebuilt once a second), {@code Content-Length: 13},
 * {@code Content-Type: text/plain; charset=utf-8} and {@code Hello, World!}.
 *
 * <p>Not an HTTP server: a request body, a request split oddly or {@code Connection: close} are
 * not looked at. It exists to show what gonet's {@code Server} costs over the socket layer.
 */
public final class MinimalVtServer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.US_ASCII);

    /** The whole response, Date included; replaced once a second. */
    private static volatile byte[] response = build();

    private MinimalVtServer() {
    }

    private static byte[] build() {
        String date = DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        // RFC_1123_DATE_TIME writes "GMT" for UTC and a one-digit day without padding; HTTP wants two.
        if (date.charAt(6) == ' ') {
            date = date.substring(0, 5) + "0" + date.substring(5);
        }
        String head = "HTTP/1.1 200 OK\r\nDate: " + date + "\r\nContent-Length: " + BODY.length
                + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + BODY.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(BODY, 0, all, h.length, BODY.length);
        return all;
    }

    /** Listens on {@code addr}, serves on virtual threads; returns the bound address. */
    public static String start(String addr) throws IOException {
        int colon = addr.lastIndexOf(':');
        ServerSocketChannel ss = ServerSocketChannel.open();
        ss.bind(new InetSocketAddress(addr.substring(0, colon), Integer.parseInt(addr.substring(colon + 1))), 4096);
        Thread.ofPlatform().daemon().name("date").start(() -> {
            while (true) {
                try {
                    Thread.sleep(1000 - System.currentTimeMillis() % 1000);
                } catch (InterruptedException e) {
                    return;
                }
                response = build();
            }
        });
        Thread.ofPlatform().name("accept").start(() -> {
            while (true) {
                try {
                    SocketChannel c = ss.accept();
                    Thread.ofVirtual().start(() -> serve(c));
                } catch (IOException e) {
                    e.printStackTrace();
                    System.exit(2);
                }
            }
        });
        InetSocketAddress bound = (InetSocketAddress) ss.getLocalAddress();
        return addr.substring(0, colon) + ":" + bound.getPort();
    }

    private static void serve(SocketChannel c) {
        try (c) {
            c.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ByteBuffer in = ByteBuffer.allocateDirect(16 * 1024);
            ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024);
            int state = 0; // how much of "\r\n\r\n" the bytes so far end with
            while (true) {
                in.clear();
                int n = c.read(in);
                if (n < 0) {
                    return;
                }
                int answers = 0;
                for (int i = 0; i < n; i++) {
                    byte b = in.get(i);
                    if (b == '\r') {
                        state = (state == 2) ? 3 : 1;
                    } else if (b == '\n' && (state == 1 || state == 3)) {
                        if (state == 3) {
                            answers++;
                            state = 0;
                        } else {
                            state = 2;
                        }
                    } else {
                        state = 0;
                    }
                }
                if (answers == 0) {
                    continue;
                }
                byte[] r = response;
                out.clear();
                for (int k = 0; k < answers; k++) {
                    if (out.remaining() < r.length) {
                        out.flip();
                        while (out.hasRemaining()) {
                            c.write(out);
                        }
                        out.clear();
                    }
                    out.put(r);
                }
                out.flip();
                while (out.hasRemaining()) {
                    c.write(out);
                }
            }
        } catch (IOException e) {
            // the peer went away: the connection ends
        }
    }
}
