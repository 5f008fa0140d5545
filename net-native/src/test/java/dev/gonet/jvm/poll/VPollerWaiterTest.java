package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetError;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A connection through quiet spells and bursts, the two states of a {@link VPoller}: idle, its
 * platform waiter blocks in select for it (readiness, deadlines and data after the quiet spell
 * all reach the reader); busy, the virtual thread polls again. Run in every poll mode: the
 * behaviour is the same in each, and only the {@code vpoller} mode has hand-offs to count.
 */
class VPollerWaiterTest {
    private static final boolean VPOLLER = "vpoller".equals(PollDesc.modeName());

    @Test
    void quietSpellsAndBurstsOnOneConnection() throws Exception {
        // Other tests of this JVM may have started pollers of their own (VPollerTimerTest does,
        // in whatever mode it runs), which hand their selector to their waiter once idle. What
        // this connection must not cause in the other modes: a selector handed back for its
        // events, or a read done for it by a waiter.
        long[] atStart = VPoller.handOffs();
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0");
                Conn client = Net.dial("tcp", ln.addr().toString());
                Conn server = ln.accept()) {
            byte[] one = new byte[1];
            for (int spell = 0; spell < 3; spell++) {
                long[] before = VPoller.handOffs();
                Thread.sleep(100); // quiet: the poller has long given its selector to the waiter
                if (VPOLLER) {
                    assertTrue(VPoller.handOffs()[0] > before[0] || before[0] > before[1],
                            "spell " + spell + ": the waiter does not have the selector: " + hand());
                }

                // A byte after the quiet spell reaches a reader parked through the waiter, which
                // reads it for the reader and keeps the selector.
                Thread reader = Thread.ofVirtual().start(() -> echoOnce(server));
                Thread.sleep(20);
                long[] beforeByte = VPoller.handOffs();
                client.write(new byte[] {(byte) spell});
                assertEquals(1, client.read(one), "spell " + spell);
                assertEquals(spell, one[0]);
                reader.join(5000);
                if (VPOLLER) {
                    assertTrue(VPoller.handOffs()[2] > beforeByte[2],
                            "spell " + spell + ": the waiter did not read for the parked reader: " + hand());
                }

                // A deadline passes while the waiter holds the selector: the read fails with
                // i/o timeout at its time, and what comes after it is still read.
                server.setReadDeadline(Instant.now().plusMillis(50));
                long t0 = System.nanoTime();
                try {
                    server.read(one);
                    fail("spell " + spell + ": read returned past its deadline");
                } catch (IOException e) {
                    assertTrue(e instanceof NetError ne && ne.isTimeout(), "spell " + spell + ": " + e);
                }
                long waitedMs = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waitedMs >= 45 && waitedMs < 2000, "spell " + spell + ": timed out after " + waitedMs + " ms");
                server.setReadDeadline(null);

                // A burst of back-to-back round trips: waits are short, the selector goes back
                // to the virtual thread, and every byte comes back in order.
                long[] beforeBurst = VPoller.handOffs();
                Thread echo = Thread.ofVirtual().start(() -> echoN(server, 3000));
                for (int i = 0; i < 3000; i++) {
                    client.write(new byte[] {(byte) i});
                    assertEquals(1, client.read(one));
                    assertEquals((byte) i, one[0], "round trip " + i);
                }
                echo.join(10_000);
                if (VPOLLER) {
                    assertTrue(VPoller.handOffs()[1] > beforeBurst[1],
                            "spell " + spell + ": the waiter never handed the selector back in a burst: " + hand());
                }
            }
        }
        if (!VPOLLER) {
            long[] atEnd = VPoller.handOffs();
            assertArrayEquals(new long[] {atStart[1], atStart[2]}, new long[] {atEnd[1], atEnd[2]},
                    "no virtual-thread poller in mode " + PollDesc.modeName());
        }
    }

    private static String hand() {
        long[] h = VPoller.handOffs();
        return "to the waiter " + h[0] + ", back " + h[1] + ", reads by the waiter " + h[2];
    }

    private static void echoOnce(Conn c) {
        echoN(c, 1);
    }

    private static void echoN(Conn c, int n) {
        byte[] b = new byte[1];
        try {
            for (int i = 0; i < n; i++) {
                if (c.read(b) != 1) {
                    return;
                }
                c.write(b);
            }
        } catch (IOException e) {
            // the test fails on the client's side
        }
    }
}
