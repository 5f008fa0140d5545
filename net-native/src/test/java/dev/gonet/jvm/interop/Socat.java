package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * socat (Debian's) as a peer. Its stream echo servers relay to {@code cat} ({@code EXEC:cat}):
 * our half-close reaches cat's stdin as EOF, and cat's exit makes socat shut down its write side.
 * Not {@code PIPE}: there socat itself both writes and reads one pipe, and a blocking write of
 * more than the pipe's free space deadlocks it (seen with 1 MiB over Unix sockets, 6 runs in 8).
 * Datagram echoes use {@code PIPE}, safe there since it never holds more than one datagram.
 * {@code -t 20} keeps socat draining the other direction for up to 20 s after one side's EOF
 * (its default of 0.5 s could cut a slow echo short).
 */
final class Socat {
    private static boolean installed;

    private Socat() {
    }

    static synchronized void ensure() {
        if (!installed) {
            Peers.ensureApt("socat");
            installed = true;
        }
    }

    /** A socat listener and the port it listens on (0 for Unix sockets). */
    record Listening(Proc proc, int port) implements AutoCloseable {
        @Override
        public void close() {
            proc.close();
        }
    }

    /**
     * Starts {@code socat -d -d LISTEN_ADDRESS ECHO} ({@code EXEC:cat} or {@code PIPE}) where
     * {@code listen} has a {@code %d} for the port (or none, for Unix). socat 1.7 cannot report a
     * port it picked itself, so we pick a free one and try again if another process took it.
     */
    static Listening echoServer(String listen, String host, String echo) throws IOException {
        ensure();
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = host == null ? 0 : Peers.freePort(host);
            Proc p = Proc.raw("socat", "-d", "-d", "-t", "20", String.format(listen, port), echo);
            if (p.awaitStderr("listening on", Duration.ofSeconds(10)) != null) {
                return new Listening(p, port);
            }
            p.close();
            if (!p.toString().contains("Address already in use")) {
                throw new AssertionError("socat did not start: " + p);
            }
        }
        throw new AssertionError("socat found no free port on " + host + " in 5 tries");
    }

    /**
     * Runs {@code socat - CONNECT_ADDRESS}: writes {@code data} to its stdin and closes it (socat
     * then half-closes the socket), returns all socat printed until it exited, which it does only
     * after the peer's EOF. Requires exit code 0.
     */
    static byte[] streamClient(String connect, byte[] data) throws Exception {
        ensure();
        try (Proc p = Proc.raw("socat", "-t", "20", "-", connect)) {
            BlockingQueue<Object> wrote = new ArrayBlockingQueue<>(1);
            Thread.ofVirtual().start(() -> {
                try (OutputStream in = p.stdin()) {
                    in.write(data);
                    wrote.add(Boolean.TRUE);
                } catch (IOException e) {
                    wrote.add(e);
                }
            });
            byte[] got = readAll(p.stdout());
            assertEquals(0, p.awaitExit(Ours.IO_LIMIT), "socat exit code: " + p);
            assertEquals(Boolean.TRUE, wrote.poll(5, TimeUnit.SECONDS), "writing to socat's stdin");
            return got;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /**
     * Runs {@code socat - UDP:addr} and sends each message as one datagram: one stdin write per
     * message, the next only after the echo came back, so socat never merges two reads into one
     * datagram. Returns the echoes socat printed.
     */
    static List<byte[]> datagramClient(String connect, List<byte[]> messages) throws Exception {
        ensure();
        List<byte[]> echoes = new ArrayList<>();
        // every echo is in before stdin closes; UDP has no EOF, so socat would wait out all of -t
        try (Proc p = Proc.raw("socat", "-t", "0.2", "-", connect)) {
            // a pump thread, so a lost echo becomes a bounded wait instead of a stuck read
            BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[65536];
                try (InputStream out = p.stdout()) {
                    for (int r; (r = out.read(buf)) > 0; ) {
                        chunks.add(Arrays.copyOf(buf, r));
                    }
                } catch (IOException e) {
                    // socat is gone; the poll below reports the missing echo
                }
            });
            OutputStream in = p.stdin();
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            for (byte[] m : messages) {
                in.write(m);
                in.flush();
                while (pending.size() < m.length) {
                    byte[] c = chunks.poll(5, TimeUnit.SECONDS);
                    if (c == null) {
                        throw new AssertionError("no echo for datagram " + echoes.size() + " within 5 s: " + p);
                    }
                    pending.write(c);
                }
                byte[] all = pending.toByteArray();
                echoes.add(Arrays.copyOf(all, m.length));
                pending.reset();
                pending.write(all, m.length, all.length - m.length);
            }
            p.closeStdin();
            assertEquals(0, p.awaitExit(Duration.ofSeconds(10)), "socat exit code: " + p);
            assertEquals(0, pending.size(), "socat printed more than was echoed");
        }
        return echoes;
    }
}
