package dev.gonet.jvm;

import dev.gonet.UnixAddr;
import dev.gonet.UnixConn;
import dev.gonet.UnixListener;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Go's {@code *net.UnixListener} on the JVM. Closing removes the socket file it bound (before
 * closing the socket, as Go does), unless {@link #setUnlinkOnClose(boolean) setUnlinkOnClose(false)};
 * a failure to remove it is ignored, as in Go.
 */
final class JvmUnixListener extends StreamListener implements UnixListener {
    private final UnixAddr laddr;
    private volatile boolean unlink = true;

    JvmUnixListener(ServerSocketChannel ch, PollDesc pd, String net) throws IOException {
        super(ch, pd, net);
        this.laddr = UnixSockets.addr(ch.getLocalAddress());
    }

    @Override
    public UnixConn acceptUnix() throws IOException {
        SocketChannel c = acceptChannel();
        PollDesc cpd = null;
        try {
            cpd = new PollDesc(c, "unix");
            return new JvmUnixConn(c, cpd);
        } catch (IOException e) {
            Sockets.closeQuietly(cpd, c);
            throw opError("accept", SysErrors.map("accept", e));
        }
    }

    @Override
    public void setUnlinkOnClose(boolean unlink) {
        this.unlink = unlink;
    }

    @Override
    void beforeClose() {
        if (unlink && !laddr.name().equals("@")) {
            try {
                Files.deleteIfExists(Path.of(laddr.name()));
            } catch (IOException | RuntimeException ignored) {
                // Go ignores unlink errors too: the listener is closed either way.
            }
        }
    }

    @Override
    public UnixAddr addr() {
        return laddr;
    }
}
