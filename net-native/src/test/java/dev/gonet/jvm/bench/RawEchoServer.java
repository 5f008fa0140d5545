package dev.gonet.jvm.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The JDK's floor for the idle-CPU benchmark ({@link IdleCpu}): the same echo server as
 * {@link EchoServer} with no gonet in it, blocking {@link SocketChannel}s on virtual threads, so
 * every wait goes through the JDK's own poller. With {@code -Dgonet.bench.rawPlatform=true} each
 * connection gets a platform thread instead, blocked in the kernel's {@code read}: the JVM's
 * floor, one thread wake-up per round trip, as Go's. Prints {@code LISTEN host:port} once ready
 * and exits when its standard input closes.
 */
public final class RawEchoServer {
    private RawEchoServer() {
    }

    public static void main(String[] args) throws Exception {
        ServerSocketChannel ss = ServerSocketChannel.open();
        ss.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread.Builder threads = Boolean.getBoolean("gonet.bench.rawPlatform") ? Thread.ofPlatform() : Thread.ofVirtual();
        threads.name("accept").start(() -> {
            try {
                while (true) {
                    SocketChannel c = ss.accept();
                    threads.name("echo").start(() -> echo(c));
                }
            } catch (IOException e) {
                // closed at exit
            }
        });
        InetSocketAddress a = (InetSocketAddress) ss.getLocalAddress();
        BenchProcess.listeningUntilStdinCloses(a.getHostString() + ":" + a.getPort());
    }

    private static void echo(SocketChannel c) {
        try (c) {
            ByteBuffer b = ByteBuffer.allocate(16 * 1024);
            while (c.read(b) >= 0) {
                b.flip();
                while (b.hasRemaining()) {
                    c.write(b);
                }
                b.clear();
            }
        } catch (IOException e) {
            // the client's close ends it
        }
    }
}
