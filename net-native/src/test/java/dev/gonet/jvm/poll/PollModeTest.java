package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which way of parking this test JVM runs (surefire runs the socket tests once per mode): the
 * JDK 25+ default is the virtual-thread poller, older JDKs always use the shared poller.
 */
class PollModeTest {
    @Test
    void theConfiguredModeIsTheOneInUse() {
        boolean jdk25 = Runtime.version().feature() >= 25;
        String asked = System.getProperty("gonet.poll.mode", jdk25 ? "vpoller" : "shared");
        String want = jdk25 ? asked : "shared";
        assertEquals(want, PollDesc.modeName(), "gonet.poll.mode=" + System.getProperty("gonet.poll.mode"));
    }
}
