package dev.gonet.testkit.ws;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Server;
import dev.gonet.spi.Platform;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.Suite;
import dev.gonet.testkit.http.HttpClientSuites;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConfig;
import dev.gonet.ws.WebSocketConn;
import dev.gonet.ws.WebSocketDialer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link ConnConformance} over WebSocket: our {@link Server} with {@link WebSocket#handler} on a
 * {@code mem} listener, and a client {@link WebSocketConn} upgraded over a {@code mem} dial, so
 * the whole stack (handshake, hijack, framing, the conn's reader and writer threads, backpressure,
 * the close handshake) meets the same contract as TCP, on the JVM and in both browser bundles.
 * c1 is the client end, c2 the server's. net-native runs the same maker shape over TCP and TLS
 * ({@link #pair}).
 */
public final class WsConnSuites {
    /** How long a handshake may take before the maker gives up (the watchdog covers the rest). */
    private static final long ACCEPT_MILLIS = 10_000;

    private WsConnSuites() {
    }

    /**
     * {@code ConnConformance[ws/mem]}.
     *
     * @return the suites
     */
    public static List<Suite> all() {
        return List.of(ConnConformance.suite("ws/mem", WsConnSuites::mem, ConnTraits.NETWORK));
    }

    /**
     * {@return a fresh WebSocket pair over {@code mem}: c1 the client, c2 the server's end}
     *
     * @throws Exception if the pair cannot be made
     */
    public static ConnPairMaker.Pair mem() throws Exception {
        Listener ln = Net.listen("mem", "");
        String name = ln.addr().toString();
        WebSocketDialer client = new WebSocketDialer()
                .withConfig(new WebSocketConfig().withPlatform(HttpClientSuites.THREADS));
        return pair(ln, HttpClientSuites.THREADS, () -> client.upgrade(Net.dial("mem", name), "ws", "ws://" + name + "/"));
    }

    /** Dials the client end of a pair. */
    @FunctionalInterface
    public interface ClientDial {
        /**
         * {@return a fresh client end}
         *
         * @throws IOException if the dial fails
         */
        WebSocketConn dial() throws IOException;
    }

    /**
     * {@return a pair over any listener: serves {@link WebSocket#handler} on {@code ln} with threads from
     *   {@code threads}, dials with {@code dial}, and returns (client, server end)} The server's handler
     *   holds its end open until the pair is stopped; stopping closes both ends, the server and the
     *   listener.
     *
     * @param ln the listener the server end is accepted from
     * @param threads the threads
     * @param dial the dial
     * @throws Exception if the pair cannot be made
     */
    public static ConnPairMaker.Pair pair(Listener ln, Platform threads, ClientDial dial) throws Exception {
        ArrayBlockingQueue<WebSocketConn> accepted = new ArrayBlockingQueue<>(1);
        ArrayBlockingQueue<Boolean> release = new ArrayBlockingQueue<>(1);
        Server server = new Server("", WebSocket.handler((c, r) -> {
            accepted.put(c);
            release.take(); // the case owns the conn until the pair stops
        })).withPlatform(threads);
        threads.startThread("ws conformance server", () -> {
            try {
                server.serve(ln);
            } catch (IOException e) {
                // closed when the pair stops
            }
        });
        WebSocketConn client = null;
        try {
            client = dial.dial();
            WebSocketConn serverEnd = accepted.poll(ACCEPT_MILLIS, TimeUnit.MILLISECONDS);
            if (serverEnd == null) {
                throw new AssertionError("the server did not accept the WebSocket within " + ACCEPT_MILLIS + " ms");
            }
            Conn c1 = client;
            return new ConnPairMaker.Pair(c1, serverEnd, () -> {
                ConnPairMaker.Pair.closeQuietly(c1);
                ConnPairMaker.Pair.closeQuietly(serverEnd);
                release.offer(Boolean.TRUE);
                ConnPairMaker.Pair.closeQuietly(server);
                ConnPairMaker.Pair.closeQuietly(ln);
            });
        } catch (Exception | AssertionError e) {
            if (client != null) {
                ConnPairMaker.Pair.closeQuietly(client);
            }
            release.offer(Boolean.TRUE);
            ConnPairMaker.Pair.closeQuietly(server);
            ConnPairMaker.Pair.closeQuietly(ln);
            throw e;
        }
    }
}
