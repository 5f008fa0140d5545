package dev.gonet.testkit.conn;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.Pipe;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.Suite;
import java.util.List;

/**
 * The conformance suites over the transports every platform has: {@link Pipe} and the
 * in-memory {@code mem} network. The browser runs exactly this list; the JVM runs it too, and
 * net-native adds TCP, Unix and TLS.
 */
public final class ConnSuites {
    private ConnSuites() {
    }

    /**
     * {@code ConnConformance[pipe]} and {@code ConnConformance[mem]}.
     *
     * @return the suites
     */
    public static List<Suite> all() {
        return List.of(ConnConformance.suite("pipe", ConnSuites::pipe, ConnTraits.PIPE),
                ConnConformance.suite("mem", ConnSuites::mem, ConnTraits.NETWORK));
    }

    /** {@return a fresh {@link Net#pipe()}} */
    public static ConnPairMaker.Pair pipe() {
        Pipe.Ends ends = Net.pipe();
        return ConnPairMaker.Pair.closing(ends.c1(), ends.c2());
    }

    /**
     * {@return a fresh {@code mem} connection: c1 is the accepted end, c2 the dialed one}
     *
     * @throws Exception if the pair cannot be made
     */
    public static ConnPairMaker.Pair mem() throws Exception {
        Listener ln = Net.listen("mem", "");
        try {
            Conn dialed = Net.dial("mem", ln.addr().toString());
            Conn accepted = ln.accept();
            return new ConnPairMaker.Pair(accepted, dialed, () -> {
                ConnPairMaker.Pair.closeQuietly(accepted);
                ConnPairMaker.Pair.closeQuietly(dialed);
                ConnPairMaker.Pair.closeQuietly(ln);
            });
        } catch (Exception e) {
            ConnPairMaker.Pair.closeQuietly(ln);
            throw e;
        }
    }
}
