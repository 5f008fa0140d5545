package dev.gonet.web;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.internal.LiteralResolver;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import java.io.IOException;
import org.teavm.jso.browser.Window;

/**
 * The browser side of the seam (TeaVM, JS and WASM-GC). Threads are TeaVM green threads; timers
 * are {@code setTimeout}. A page cannot open raw sockets or accept connections, so those fail
 * at once with an error that names the alternative instead of hanging or half-working.
 */
public final class WebPlatform implements Platform {
    static final String NAME = "browser";
    private static final Resolver RESOLVER =
            new LiteralResolver("DNS-over-HTTPS resolver not implemented yet; use IP literals");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Conn dial(Dialer d, String network, String address) throws IOException {
        throw NetException.unsupported("dial", network, address, NAME, dialHint(network));
    }

    static String dialHint(String network) {
        if (network.startsWith("ws")) {
            return "WebSocket dialing is not implemented yet";
        }
        return "browsers cannot open " + network + " sockets; use the mem network or Net.pipe() in-page";
    }

    @Override
    public Listener listen(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME,
                "a browser page cannot accept connections; listen on the mem network for in-page peers");
    }

    @Override
    public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME,
                "browsers have no UDP; use WebSocket or WebRTC from JavaScript");
    }

    @Override
    public Resolver resolver() {
        return RESOLVER;
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        // JS callbacks must never block: the task only runs if not cancelled, and a flag read is
        // all that happens on the event loop besides the task itself.
        boolean[] done = new boolean[1];
        int id = Window.setTimeout(() -> {
            if (!done[0]) {
                done[0] = true;
                task.run();
            }
        }, (int) Math.min(Integer.MAX_VALUE, Math.max(0, delayMillis)));
        return () -> {
            if (done[0]) {
                return false;
            }
            done[0] = true;
            Window.clearTimeout(id);
            return true;
        };
    }
}
