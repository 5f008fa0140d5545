package dev.gonet.jvm;

import dev.gonet.NetError;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * The one place where JDK socket exceptions become Go's errors: what Go calls an
 * {@code os.SyscallError} ({@code connect: connection refused}, {@code read: connection reset by
 * peer}), carried as a {@link SentinelException} so {@code Sentinel.CONNECTION_REFUSED.in(e)}
 * works like {@code errors.Is(err, syscall.ECONNREFUSED)}. The caller wraps the result once in
 * a {@link dev.gonet.NetException} with op, network and addresses.
 *
 * <p>The JDK reports errno only as {@code strerror} text inside assorted exception types
 * ({@code ConnectException: Connection refused}, {@code SocketException: Connection reset},
 * {@code IOException: Broken pipe}), so the mapping goes by message. Unknown messages keep the
 * JDK text, lower-cased as Go's errno texts are, under the syscall name.
 */
public final class SysErrors {
    private SysErrors() {
    }

    /**
     * {@return Go's error for {@code e}, thrown by the system call {@code syscall} ({@code connect},
     *   {@code bind}, {@code listen}, {@code accept}, {@code read}, {@code write}, {@code setsockopt},
     *   {@code shutdown})} Errors that already are Go's (gonet's own {@link NetError}s: closed, timeout)
     *   pass through unchanged; a channel closed under the call becomes {@link Sentinel#CLOSED}, bare as
     *   in Go ({@code use of closed network connection}).
     *
     * @param syscall the system call that failed, e.g. {@code connect}
     * @param e the JDK exception
     */
    public static IOException map(String syscall, IOException e) {
        if (e instanceof NetError) {
            return e;
        }
        if (e instanceof ClosedChannelException || e instanceof AsynchronousCloseException) {
            return Sentinel.CLOSED.exception();
        }
        if (e instanceof InterruptedIOException) {
            return e; // a Java interrupt has no Go equivalent; keep it recognisable
        }
        Sentinel kind = kindOf(e.getMessage());
        if (kind != null) {
            return syscallError(syscall, kind);
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        IOException out = new IOException(syscall + ": " + msg.toLowerCase(Locale.ROOT), e);
        return out;
    }

    /**
     * {@return Go's {@code os.NewSyscallError(syscall, errno)} for a known errno: {@code connect:
     *   connection refused}}
     *
     * @param syscall the system call that failed, e.g. {@code connect}
     * @param kind the error
     */
    public static SentinelException syscallError(String syscall, Sentinel kind) {
        return new SentinelException(kind, syscall + ": " + kind.text());
    }

    /** The errno behind a JDK message (Linux {@code strerror} texts, and the JDK's own variants). */
    static Sentinel kindOf(String message) {
        if (message == null) {
            return null;
        }
        String m = message.toLowerCase(Locale.ROOT);
        // The JDK sometimes adds detail ("Connection refused: connect", "... (connect failed)").
        if (m.startsWith("connection refused")) {
            return Sentinel.CONNECTION_REFUSED;
        }
        if (m.startsWith("address already in use")) {
            return Sentinel.ADDRESS_IN_USE;
        }
        // The JDK turns ECONNRESET into "Connection reset" on reads.
        if (m.startsWith("connection reset")) {
            return Sentinel.CONNECTION_RESET;
        }
        if (m.startsWith("broken pipe")) {
            return Sentinel.BROKEN_PIPE;
        }
        if (m.startsWith("software caused connection abort") || m.startsWith("connection aborted")) {
            return Sentinel.CONNECTION_ABORTED;
        }
        if (m.startsWith("connection timed out")) {
            return Sentinel.CONNECTION_TIMED_OUT;
        }
        if (m.startsWith("network is unreachable")) {
            return Sentinel.NETWORK_UNREACHABLE;
        }
        if (m.startsWith("no route to host")) {
            return Sentinel.HOST_UNREACHABLE;
        }
        if (m.startsWith("cannot assign requested address")) {
            return Sentinel.ADDRESS_NOT_AVAILABLE;
        }
        if (m.startsWith("no such file or directory")) {
            return Sentinel.NO_SUCH_FILE;
        }
        if (m.startsWith("permission denied")) {
            return Sentinel.PERMISSION_DENIED;
        }
        // EINVAL, and the JDK's own check for sun_path's 108 bytes (Linux says EINVAL there too).
        if (m.startsWith("invalid argument") || m.startsWith("unix domain path too long")) {
            return Sentinel.INVALID_ARGUMENT;
        }
        if (m.startsWith("transport endpoint is not connected") || m.equals("socket is not connected")) {
            return Sentinel.NOT_CONNECTED;
        }
        return null;
    }
}
