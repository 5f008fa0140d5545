package dev.gonet.jvm.bench;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import java.io.IOException;

/**
 * gonet's side of the idle-CPU benchmark ({@link IdleCpu}): a TCP echo server, a virtual thread
 * per connection, as the Go peer's {@code stream-echo-server}. Prints {@code LISTEN host:port}
 * once ready and exits when its standard input closes. With {@code -Dgonet.bench.echoPlatform=true}
 * each connection gets a platform thread instead: the same gonet conn and poller without the
 * virtual-thread scheduler, to tell the two costs apart.
 *
 * <pre>
 *   EchoServer 127.0.0.1:0
 * </pre>
 */
public final class EchoServer {
    private EchoServer() {
    }

    public static void main(String[] args) throws Exception {
        Listener ln = Net.listen("tcp", args.length > 0 ? args[0] : "127.0.0.1:0");
        Thread.Builder threads = Boolean.getBoolean("gonet.bench.echoPlatform") ? Thread.ofPlatform().daemon()
                : Thread.ofVirtual();
        Thread.ofVirtual().name("accept").start(() -> {
            try {
                while (true) {
                    Conn c = ln.accept();
                    threads.start(() -> echo(c));
                }
            } catch (IOException e) {
                // closed at exit
            }
        });
        BenchProcess.listeningUntilStdinCloses(ln.addr());
    }

    private static void echo(Conn c) {
        try (c) {
            byte[] buf = new byte[16 * 1024];
            for (int r; (r = c.read(buf, 0, buf.length)) != -1; ) {
                c.write(buf, 0, r);
            }
        } catch (IOException e) {
            // the client's close ends it
        }
    }
}
