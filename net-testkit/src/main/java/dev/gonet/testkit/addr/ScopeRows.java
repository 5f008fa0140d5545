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

    static final Object[][] ROWS = {
        {"IsUnspecified", IP.IPv4zero, true},
        {"IsUnspecified", v4(127, 0, 0, 1), false},
        {"IsUnspecified", IP.IPv6unspecified, true},
        {"IsUnspecified", IP.IPv6interfacelocalallnodes, false},
        {"IsUnspecified", NIL, false},
        {"IsLoopback", v4(127, 0, 0, 1), true},
        {"IsLoopback", v4(127, 255, 255, 254), true},
        {"IsLoopback", v4(128, 1, 2, 3), false},
        {"IsLoopback", IP.IPv6loopback, true},
        {"IsLoopback", IP.IPv6linklocalallrouters, false},
        {"IsLoopback", NIL, false},
        {"IsMulticast", v4(224, 0, 0, 0), true},
        {"IsMulticast", v4(239, 0, 0, 0), true},
        {"IsMulticast", v4(240, 0, 0, 0), false},
        {"IsMulticast", IP.IPv6linklocalallnodes, true},
        {"IsMulticast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true},
        {"IsMulticast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
        {"IsMulticast", NIL, false},
        {"IsInterfaceLocalMulticast", v4(224, 0, 0, 0), false},
        {"IsInterfaceLocalMulticast", v4(0xff, 0x01, 0, 0), false},
        {"IsInterfaceLocalMulticast", IP.IPv6interfacelocalallnodes, true},
        {"IsInterfaceLocalMulticast", NIL, false},
        {"IsLinkLocalMulticast", v4(224, 0, 0, 0), true},
        {"IsLinkLocalMulticast", v4(239, 0, 0, 0), false},
        {"IsLinkLocalMulticast", v4(0xff, 0x02, 0, 0), false},
        {"IsLinkLocalMulticast", IP.IPv6linklocalallrouters, true},
        {"IsLinkLocalMulticast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
        {"IsLinkLocalMulticast", NIL, false},
        {"IsLinkLocalUnicast", v4(169, 254, 0, 0), true},
        {"IsLinkLocalUnicast", v4(169, 255, 0, 0), false},
        {"IsLinkLocalUnicast", v4(0xfe, 0x80, 0, 0), false},
        {"IsLinkLocalUnicast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true},
        {"IsLinkLocalUnicast", ip(0xfe, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
        {"IsLinkLocalUnicast", NIL, false},
        {"IsGlobalUnicast", v4(240, 0, 0, 0), true},
        {"IsGlobalUnicast", v4(232, 0, 0, 0), false},
        {"IsGlobalUnicast", v4(169, 254, 0, 0), false},
        {"IsGlobalUnicast", IP.IPv4bcast, false},
        {"IsGlobalUnicast", ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1), true},
        {"IsGlobalUnicast", ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
        {"IsGlobalUnicast", ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
        {"IsGlobalUnicast", NIL, false},
        {"IsPrivate", NIL, false},
        {"IsPrivate", v4(1, 1, 1, 1), false},
        {"IsPrivate", v4(9, 255, 255, 255), false},
        {"IsPrivate", v4(10, 0, 0, 0), true},
        {"IsPrivate", v4(10, 255, 255, 255), true},
        {"IsPrivate", v4(11, 0, 0, 0), false},
        {"IsPrivate", v4(172, 15, 255, 255), false},
        {"IsPrivate", v4(172, 16, 0, 0), true},
        {"IsPrivate", v4(172, 16, 255, 255), true},
        {"IsPrivate", v4(172, 23, 18, 255), true},
        {"IsPrivate", v4(172, 31, 255, 255), true},
        {"IsPrivate", v4(172, 31, 0, 0), true},
        {"IsPrivate", v4(172, 32, 0, 0), false},
        {"IsPrivate", v4(192, 167, 255, 255), false},
        {"IsPrivate", v4(192, 168, 0, 0), true},
        {"IsPrivate", v4(192, 168, 255, 255), true},
        {"IsPrivate", v4(192, 169, 0, 0), false},
        {"IsPrivate", ip(0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), false},
        {"IsPrivate", ip(0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true},
        {"IsPrivate", ip(0xfc, 0xff, 0x12, 0, 0, 0, 0, 0x44, 0, 0, 0, 0, 0, 0, 0, 0), true},
        {"IsPrivate", ip(0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), true},
        {"IsPrivate", ip(0xfe, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false},
    };
}
