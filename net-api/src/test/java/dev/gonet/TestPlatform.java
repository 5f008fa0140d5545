package dev.gonet;

import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform for tests of the delegation seam: it records what shared code asked for and
 * answers with real in-memory connections (pipes), or throws what it was told to.
 */
final class TestPlatform implements Platform {
    final List<String> calls = new ArrayList<>();
    Dialer lastDialer;
    ListenConfig lastConfig;
    IOException fail;

    @Override
    public String name() {
        return "test";
    }

    @Override
    public synchronized Conn dial(Dialer d, String network, String address) throws IOException {
        calls.add("dial " + network + " " + address);
        lastDialer = d;
        if (fail != null) {
            throw fail;
        }
        return Net.pipe().c1();
    }

    @Override
    public synchronized Listener listen(ListenConfig lc, String network, String address) throws IOException {
        calls.add("listen " + network + " " + address);
        lastConfig = lc;
        if (fail != null) {
            throw fail;
        }
        throw NetException.unsupported("listen", network, address, name(), "");
    }

    @Override
    public synchronized PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        calls.add("listenPacket " + network + " " + address);
        lastConfig = lc;
        if (fail != null) {
            throw fail;
        }
        throw NetException.unsupported("listen", network, address, name(), "no packets here");
    }

    @Override
    public dev.gonet.Resolver resolver() {
        return new dev.gonet.dns.internal.LiteralResolver("test platform resolves literals only");
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.start();
        return t;
    }

    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        throw new UnsupportedOperationException("not needed by these tests");
    }
}
