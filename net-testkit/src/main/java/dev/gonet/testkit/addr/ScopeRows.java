package dev.gonet.testkit.addr;

import static dev.gonet.IP.v4;

import dev.gonet.IP;

/** Go 1.19's ipAddrScopeTests: predicate name, address, result. */
final class ScopeRows {
    private ScopeRows() {
    }

    private static IP ip(int... b) {
        return IP.of(b);
    }

    private static final IP NIL = IP.of();

    /** {@code fn(in)} is {@code want}; fn is the name of an IP predicate, as Go spells it. */
    record ScopeCase(String fn, IP in, boolean want) {
    }

    static final ScopeCase[] ROWS = {
        new ScopeCase("IsUnspecified", IP.IPv4zero, true),
        new ScopeCase("IsUnspecified", v4(127, 0, 0, 1), false),
        new ScopeCase("IsUnspecified", IP.IPv6unspecified, true),
        new ScopeCase("IsUnspecified", IP.IPv6interfacelocalallnodes, false),
        new ScopeCase("IsUnspecified", NIL, false),
        new ScopeCase("IsLoopback", v4(127, 0, 0, 1), true),
        new ScopeCase("IsLoopback", v4(127, 255, 255, 254), true),
        new ScopeCase("IsLoopback", v4(128, 1, 2, 3), false),
        new ScopeCase("IsLoopback", IP.IPv6loopback, true),
        new ScopeCase("IsLoopback", IP.IPv6linklocalallrouters, false),
        new ScopeCase("IsLoopback", NIL, false),
        new ScopeCase("IsMulticast", v4(224, 0, 0, 0), true),
        new ScopeCase("IsMulticast", v4(239, 0, 0, 0), true),
        new ScopeCase("IsMulticast", v4(240, 0, 0, 0), false),
        new ScopeCase("IsMulticast", IP.IPv6linklocalallnodes, true),
        new ScopeCase("IsMulticast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
        new ScopeCase("IsMulticast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
        new ScopeCase("IsMulticast", NIL, false),
        new ScopeCase("IsInterfaceLocalMulticast", v4(224, 0, 0, 0), false),
        new ScopeCase("IsInterfaceLocalMulticast", v4(0xff, 0x01, 0, 0), false),
        new ScopeCase("IsInterfaceLocalMulticast", IP.IPv6interfacelocalallnodes, true),
        new ScopeCase("IsInterfaceLocalMulticast", NIL, false),
        new ScopeCase("IsLinkLocalMulticast", v4(224, 0, 0, 0), true),
        new ScopeCase("IsLinkLocalMulticast", v4(239, 0, 0, 0), false),
        new ScopeCase("IsLinkLocalMulticast", v4(0xff, 0x02, 0, 0), false),
        new ScopeCase("IsLinkLocalMulticast", IP.IPv6linklocalallrouters, true),
        new ScopeCase("IsLinkLocalMulticast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
        new ScopeCase("IsLinkLocalMulticast", NIL, false),
        new ScopeCase("IsLinkLocalUnicast", v4(169, 254, 0, 0), true),
        new ScopeCase("IsLinkLocalUnicast", v4(169, 255, 0, 0), false),
        new ScopeCase("IsLinkLocalUnicast", v4(0xfe, 0x80, 0, 0), false),
        new ScopeCase("IsLinkLocalUnicast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
        new ScopeCase("IsLinkLocalUnicast", ip(0xfe, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
        new ScopeCase("IsLinkLocalUnicast", NIL, false),
        new ScopeCase("IsGlobalUnicast", v4(240, 0, 0, 0), true),
        new ScopeCase("IsGlobalUnicast", v4(232, 0, 0, 0), false),
        new ScopeCase("IsGlobalUnicast", v4(169, 254, 0, 0), false),
        new ScopeCase("IsGlobalUnicast", IP.IPv4bcast, false),
        new ScopeCase("IsGlobalUnicast", ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1), true),
        new ScopeCase("IsGlobalUnicast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
        new ScopeCase("IsGlobalUnicast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
        new ScopeCase("IsGlobalUnicast", NIL, false),
        new ScopeCase("IsPrivate", NIL, false),
        new ScopeCase("IsPrivate", v4(1, 1, 1, 1), false),
        new ScopeCase("IsPrivate", v4(9, 255, 255, 255), false),
        new ScopeCase("IsPrivate", v4(10, 0, 0, 0), true),
        new ScopeCase("IsPrivate", v4(10, 255, 255, 255), true),
        new ScopeCase("IsPrivate", v4(11, 0, 0, 0), false),
        new ScopeCase("IsPrivate", v4(172, 15, 255, 255), false),
        new ScopeCase("IsPrivate", v4(172, 16, 0, 0), true),
        new ScopeCase("IsPrivate", v4(172, 16, 255, 255), true),
        new ScopeCase("IsPrivate", v4(172, 23, 18, 255), true),
        new ScopeCase("IsPrivate", v4(172, 31, 255, 255), true),
        new ScopeCase("IsPrivate", v4(172, 31, 0, 0), true),
        new ScopeCase("IsPrivate", v4(172, 32, 0, 0), false),
        new ScopeCase("IsPrivate", v4(192, 167, 255, 255), false),
        new ScopeCase("IsPrivate", v4(192, 168, 0, 0), true),
        new ScopeCase("IsPrivate", v4(192, 168, 255, 255), true),
        new ScopeCase("IsPrivate", v4(192, 169, 0, 0), false),
        new ScopeCase("IsPrivate",
            ip(0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), false),
        new ScopeCase("IsPrivate", ip(0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
        new ScopeCase("IsPrivate", ip(0xfc, 0xff, 0x12, 0, 0, 0, 0, 0x44, 0, 0, 0, 0, 0, 0, 0, 0), true),
        new ScopeCase("IsPrivate",
            ip(0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), true),
        new ScopeCase("IsPrivate", ip(0xfe, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
    };
}
