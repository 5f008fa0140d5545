package dev.gonet.testkit.names;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Resolver;
import dev.gonet.SentinelException;
import dev.gonet.dns.internal.AddrSelect;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.dns.internal.HostsFile;
import dev.gonet.dns.internal.LiteralResolver;
import dev.gonet.dns.Message;
import dev.gonet.dns.Name;
import dev.gonet.dns.Parser;
import dev.gonet.dns.Question;
import dev.gonet.dns.RRType;
import dev.gonet.dns.internal.ResolvConf;
import dev.gonet.dns.internal.Services;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.List;

/**
 * The name layer's portable checks: what every platform's resolver answers without a query
 * (Go 1.19's literals, ports and error texts), and the shared parsers of hosts, services and
 * resolv.conf text, the DNS codec and RFC 6724 ordering, so the browser runs the same code the
 * JVM does. The full tables live in the JUnit tests beside each class.
 */
public final class NameSuites {
    private NameSuites() {
    }

    /** {@return the resolver name and address suites} */
    public static List<Suite> all() {
        return List.of(suite("Names/Resolver", resolverCases()), suite("Names/Parsers", parserCases()));
    }

    private static Suite suite(String name, List<Case> cases) {
        return new Suite() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    private static List<String> texts(List<IP> ips) {
        List<String> out = new ArrayList<>();
        for (IP ip : ips) {
            out.add(ip.toString());
        }
        return out;
    }

    private static List<Case> resolverCases() {
        String n = "Names/Resolver";
        Resolver r = new LiteralResolver("no resolver here");
        return List.of(
                new Case(n, "LiteralsWithZones", () -> {
                    Check.equal("lookupHost(fe80::1%lo)", r.lookupHost("fe80::1%lo"), List.of("fe80::1%lo"));
                    Check.equal("lookupIP(ip, fe80::1%lo)", texts(r.lookupIP("ip", "fe80::1%lo")), List.of("fe80::1"));
                    Check.equal("lookupIP(ip, ::)", texts(r.lookupIP("ip", "::")), List.of("::", "0.0.0.0"));
                    Check.equal("lookupIP(ip4:icmp, ::ffff:1.2.3.4)", texts(r.lookupIP("ip4:icmp", "::ffff:1.2.3.4")),
                            List.of("1.2.3.4"));
                }),
                new Case(n, "GoErrors", () -> {
                    Check.equal("lookupIP(ip4, ::1)", Check.raises(AddrException.class, "lookupIP(ip4, ::1)",
                            () -> r.lookupIP("ip4", "::1")).getMessage(), "address ::1: no suitable address found");
                    Check.equal("lookupIP(tcp, x)", Check.raises(SentinelException.class, "lookupIP(tcp, x)",
                            () -> r.lookupIP("tcp", "x")).getMessage(), "unknown network tcp");
                    DNSException empty = Check.raises(DNSException.class, "lookupHost()", () -> r.lookupHost(""));
                    Check.equal("lookupHost()", empty.getMessage(), "lookup : no such host");
                    Check.equal("isNotFound", empty.isNotFound(), true);
                    Check.equal("lookupAddr(foo)", Check.raises(DNSException.class, "lookupAddr(foo)",
                            () -> r.lookupAddr("foo")).getMessage(), "lookup foo: unrecognized address");
                    Check.equal("lookupHost(a.example)", Check.raises(DNSException.class, "lookupHost(a.example)",
                            () -> r.lookupHost("a.example")).getMessage(), "lookup a.example: no resolver here");
                }),
                new Case(n, "Ports", () -> {
                    Check.equal("lookupPort(tcp, HTTP)", r.lookupPort("tcp", "HTTP"), 80);
                    Check.equal("lookupPort(udp6, domain)", r.lookupPort("udp6", "domain"), 53);
                    Check.equal("lookupPort(, +80)", r.lookupPort("", "+80"), 80);
                    Check.equal("lookupPort(tcp, 4294967300)", r.lookupPort("tcp", "4294967300"), 4);
                    Check.equal("lookupPort(tcp, 65536)", Check.raises(AddrException.class, "65536",
                            () -> r.lookupPort("tcp", "65536")).getMessage(), "address 65536: invalid port");
                    Check.equal("lookupPort(, http)", Check.raises(AddrException.class, "wildcard",
                            () -> r.lookupPort("", "http")).getMessage(), "address ip/http: unknown port");
                    Check.equal("lookupPort(foo, http)", Check.raises(AddrException.class, "foo",
                            () -> r.lookupPort("foo", "http")).getMessage(), "address foo: unknown network");
                }));
    }

    private static List<Case> parserCases() {
        String n = "Names/Parsers";
        return List.of(
                new Case(n, "HostsFile", () -> {
                    HostsFile h = HostsFile.parse("127.0.0.1\tlocalhost # c\n::1 localhost ip6-localhost\n"
                            + "fe80:0000:0000:0000:0000:0000:0000:0002%lo0 a.example\n123.123.123 bogus\n");
                    Check.equal("addrs(LOCALHOST)", h.addrs("LOCALHOST"), List.of("127.0.0.1", "::1"));
                    Check.equal("addrs(localhost.)", h.addrs("localhost."), List.of());
                    Check.equal("addrs(A.example.)", h.addrs("A.example."), List.of("fe80::2%lo0"));
                    Check.equal("names(::1)", h.names("::1"), List.of("localhost", "ip6-localhost"));
                    Check.equal("names(fe80::2%lo0)", h.names("fe80::2%lo0"), List.of("a.example."));
                    Check.equal("addrs(bogus)", h.addrs("bogus"), List.of());
                }),
                new Case(n, "ServicesFile", () -> {
                    Services s = Services.parse("http 8080/tcp www\nKerberos 88/tcp\n", "");
                    Check.equal("port(tcp4, WWW)", s.port("tcp4", "WWW"), 8080);
                    Check.equal("port(tcp, ssh)", s.port("tcp", "ssh"), 22);
                    Check.equal("port(tcp, Kerberos)", Check.raises(AddrException.class, "Kerberos",
                            () -> s.port("tcp", "Kerberos")).getMessage(), "address tcp/Kerberos: unknown port");
                }),
                new Case(n, "ResolvConf", () -> {
                    ResolvConf c = ResolvConf.parse("search a.example\nnameserver 192.0.2.53\nnameserver fe80::1%lo0\n"
                            + "options ndots:2 timeout:0 rotate\n", "");
                    Check.equal("servers", c.servers(), List.of("192.0.2.53:53", "[fe80::1%lo0]:53"));
                    Check.equal("nameList(www.go)", c.nameList("www.go"), List.of("www.go.a.example.", "www.go."));
                    Check.equal("timeout", c.timeoutSeconds(), 1);
                    Check.equal("isDomainName(127.1)", DnsNames.isDomainName("127.1"), false);
                }),
                new Case(n, "DnsQueryBytes", () -> {
                    // Go's newRequest: ID, RD, the question, EDNS0 offering 1232 bytes.
                    byte[] q = Message.builder().id(0x4774).recursionDesired(true)
                            .question(new Question(Name.parse("Www.Example.COM."), RRType.A)).edns(1232, false).build()
                            .pack();
                    StringBuilder hex = new StringBuilder();
                    for (byte b : q) {
                        hex.append(Character.forDigit(b >> 4 & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                    }
                    Check.equal("query", hex.toString(), "4774010000010000000000010357777707457861"
                            + "6d706c6503434f4d000001000100002904d0000000000000");
                    Parser p = new Parser(q);
                    Check.equal("question", p.question().toString(), "Www.Example.COM. IN A");
                }),
                new Case(n, "RFC6724", () -> {
                    List<DnsNames.IPZone> addrs = new ArrayList<>(List.of(new DnsNames.IPZone(IP.parse("2001:db8:1::1"), ""),
                            new DnsNames.IPZone(IP.parse("198.51.100.121"), "")));
                    List<IP> srcs = new ArrayList<>(List.of(IP.parse("fe80::1"), IP.parse("198.51.100.117")));
                    AddrSelect.sort(addrs, srcs);
                    Check.equal("first", addrs.get(0).toString(), "198.51.100.121");
                }));
    }
}
