package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void isKnown() {
        Map<String, Boolean> cases = Map.ofEntries(
                Map.entry("tcp", true), Map.entry("tcp4", true), Map.entry("tcp6", true),
                Map.entry("udp", true), Map.entry("udp4", true), Map.entry("udp6", true),
                Map.entry("unix", true), Map.entry("unixgram", true), Map.entry("unixpacket", true),
                Map.entry("ip:icmp", true), Map.entry("ip4:1", true), Map.entry("ip6:ipv6-icmp", true),
                Map.entry("mem", true), Map.entry("ws", true), Map.entry("wss", true),
                Map.entry("ip", false), Map.entry("ip4", false), Map.entry("ip:", false), Map.entry("tcp:1", false),
                Map.entry("TCP", false), Map.entry("", false), Map.entry("pipe", false), Map.entry("foo", false));
        cases.forEach((net, want) -> assertEquals(want, Networks.isKnown(net), "isKnown(\"" + net + "\")"));
        assertEquals(false, Networks.isKnown(null), "isKnown(null)");
    }
}
