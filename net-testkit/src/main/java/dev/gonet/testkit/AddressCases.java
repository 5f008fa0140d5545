package dev.gonet.testkit;

import static dev.gonet.testkit.ConnIO.A_LONG_TIME_AGO;
import static dev.gonet.testkit.ConnIO.CHUNK;
import static dev.gonet.testkit.ConnIO.checkNames;
import static dev.gonet.testkit.ConnIO.checkTimeout;

import dev.gonet.Addr;
import dev.gonet.Conn;
import java.io.IOException;

/** What a conn's addresses are, that its errors name them, and that they outlive the close. */
final class AddressCases {
    private AddressCases() {
    }

    /**
     * Each end's local address is the other's remote one, except where this end's own address
     * is unknown (a page): then both ends report the same placeholder, which is not the peer's
     * address. Errors name exactly these addresses (a timeout and the closed error), and close
     * changes none of them, as Go's {@code netFD} keeps them.
     */
    static void addresses(Conn c1, Conn c2, ConnTraits t) throws Exception {
        Addr l1 = known("c1.localAddr()", c1.localAddr());
        Addr r1 = known("c1.remoteAddr()", c1.remoteAddr());
        Addr l2 = known("c2.localAddr()", c2.localAddr());
        Addr r2 = known("c2.remoteAddr()", c2.remoteAddr());
        if (t.localAddrKnown()) {
            Check.equal("c1.localAddr(), c2 sees it as remoteAddr()", l1, r2);
            Check.equal("c2.localAddr(), c1 sees it as remoteAddr()", l2, r1);
        } else {
            // A page is not told its socket address: a placeholder, the same on every conn.
            Check.equal("c1.localAddr(), a placeholder as c2's", l1, l2);
            Check.isTrue(!l1.equals(r1), "c1.localAddr() = c1.remoteAddr() = " + l1 + ", want a placeholder"
                    + " that is not the peer's address");
        }

        c1.setReadDeadline(A_LONG_TIME_AGO);
        IOException timeout = Check.raises(IOException.class, "c1.read past the deadline", () -> c1.read(new byte[CHUNK]));
        checkTimeout("c1.read past the deadline", timeout);
        checkNames("c1.read past the deadline", timeout, "read", c1, t);
        c1.setReadDeadline(null);

        c1.close();
        Check.equal("c1.localAddr() after close", c1.localAddr(), l1);
        Check.equal("c1.remoteAddr() after close", c1.remoteAddr(), r1);
        IOException closed = Check.raises(IOException.class, "c1.write after close", () -> c1.write(new byte[1]));
        checkNames("c1.write after close", closed, "write", c1, t);
    }

    private static Addr known(String what, Addr a) {
        Check.isTrue(a != null && !a.network().isEmpty() && !a.toString().isEmpty(), what + " = " + a
                + ", want an address with a network");
        return a;
    }
}
