package dev.gonet;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The Java side of the parity protocol: for one input line, the line {@code parity/main.go}
 * prints when run on Go's net package. See main.go for the format.
 */
final class ParityEval {
    private static final HexFormat HEX = HexFormat.of();

    private ParityEval() {
    }

    /** Thrown for any exception other than the documented AddrException. */
    static final class Unexpected extends RuntimeException {
        Unexpected(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    static String str(String s) {
        return "x" + HEX.formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String bytesArg(byte[] b) {
        return "x" + HEX.formatHex(b);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 1).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                sb.append("\\x").append(HEX.toHexDigits((byte) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static byte[] unx(String tok) {
        return HEX.parseHex(tok, 1, tok.length());
    }

    private static String unxStr(String tok) {
        return new String(unx(tok), StandardCharsets.UTF_8);
    }

    private static String bx(IP ip) {
        return ip == null ? "nil" : "x" + HEX.formatHex(ip.bytes());
    }

    private static String bx(IPMask m) {
        return m == null ? "nil" : "x" + HEX.formatHex(m.bytes());
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String describe(IP ip) {
        String preds = bit(ip.isUnspecified()) + bit(ip.isLoopback()) + bit(ip.isPrivate())
                + bit(ip.isMulticast()) + bit(ip.isInterfaceLocalMulticast())
                + bit(ip.isLinkLocalMulticast()) + bit(ip.isLinkLocalUnicast()) + bit(ip.isGlobalUnicast());
        return String.join(" ", bx(ip), esc(ip.toString()), bx(ip.to4()), bx(ip.to16()),
                bx(ip.defaultMask()), preds);
    }

    private static String size(IPMask m) {
        IPMask.Size s = m.size();
        return s.ones() + "/" + s.bits();
    }

    /** The expected output line for {@code line}; throws {@link Unexpected} on a surprise. */
    static String eval(String line) {
        String[] f = line.split(" ", -1);
        try {
            return switch (f[0]) {
                case "ip" -> {
                    IP ip = IP.parse(unxStr(f[1]));
                    yield ip == null ? "nil" : describe(ip);
                }
                case "ipbytes" -> describe(IP.of(unx(f[1])));
                case "cidr" -> {
                    try {
                        CIDR c = CIDR.parse(unxStr(f[1]));
                        yield String.join(" ", "ok", bx(c.ip()), esc(c.ip().toString()), bx(c.net().ip()),
                                bx(c.net().mask()), esc(c.net().toString()), size(c.net().mask()));
                    } catch (AddrException e) {
                        yield "err " + esc(e.getMessage());
                    }
                }
                case "split" -> {
                    try {
                        HostPort hp = HostPort.split(unxStr(f[1]));
                        yield "ok " + esc(hp.host()) + " " + esc(hp.port());
                    } catch (AddrException e) {
                        yield "err " + esc(e.getMessage()) + " " + esc(e.err()) + " " + esc(e.addr());
                    }
                }
                case "join" -> esc(HostPort.join(unxStr(f[1]), unxStr(f[2])));
                case "mask" -> {
                    IP out = IP.of(unx(f[1])).mask(IPMask.of(unx(f[2])));
                    yield out == null ? "nil" : bx(out) + " " + esc(out.toString());
                }
                case "contains" -> {
                    IPNet n = new IPNet(IP.of(unx(f[1])), IPMask.of(unx(f[2])));
                    yield bit(n.contains(IP.of(unx(f[3])))) + " " + esc(n.toString());
                }
                case "cidrmask" -> {
                    IPMask m = IPMask.cidr(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    yield m == null ? "nil" : bx(m) + " " + esc(m.toString()) + " " + size(m);
                }
                case "maskbytes" -> {
                    IPMask m = IPMask.of(unx(f[1]));
                    yield esc(m.toString()) + " " + size(m);
                }
                case "equal" -> bit(IP.of(unx(f[1])).equal(IP.of(unx(f[2]))));
                default -> throw new IllegalArgumentException("unknown op " + f[0]);
            };
        } catch (RuntimeException e) {
            throw new Unexpected(e);
        }
    }
}
