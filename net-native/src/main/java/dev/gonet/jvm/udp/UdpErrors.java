package dev.gonet.jvm.udp;

import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import dev.gonet.jvm.SysErrors;
import java.io.IOException;
import java.net.PortUnreachableException;
import java.util.Locale;

/**
 * The datagram-only JDK exceptions, as Go's syscall errors; everything else goes through the
 * shared {@link SysErrors} mapping. The caller wraps the result once in a
 * {@link dev.gonet.NetException}.
 */
final class UdpErrors {
    /**
     * The JDK sends a connected channel's datagrams with write(2) and skips the call for an empty
     * buffer ({@code sun.nio.ch.IOUtil}), so an empty datagram cannot leave a connected socket;
     * failing says so instead of pretending it was sent.
     */
    static final String EMPTY_WRITE = Sentinel.UNSUPPORTED.text() + " on platform jvm (the JDK cannot send an"
            + " empty datagram on a connected socket; use writeTo on an unconnected one)";

    private UdpErrors() {
    }

    /**
     * Go's error for {@code e} from {@code syscall} ({@code read}, {@code recvfrom}, {@code write},
     * {@code sendto}): the JDK's {@link PortUnreachableException} is Linux's ECONNREFUSED (an ICMP
     * port unreachable reported on a connected socket, by whichever call comes next), and EMSGSIZE
     * arrives as "Message too long".
     */
    static IOException cause(String syscall, IOException e) {
        if (e instanceof PortUnreachableException) {
            return SysErrors.syscallError(syscall, Sentinel.CONNECTION_REFUSED);
        }
        String m = e.getMessage();
        if (m != null && m.toLowerCase(Locale.ROOT).startsWith("message too long")) {
            return SysErrors.syscallError(syscall, Sentinel.MESSAGE_TOO_LONG);
        }
        return SysErrors.map(syscall, e);
    }

    static SentinelException emptyWrite() {
        return new SentinelException(Sentinel.UNSUPPORTED, EMPTY_WRITE);
    }
}
