package dev.gonet.dns;

import dev.gonet.IP;
import java.util.List;

/** Valid messages used by the malformed-input, fuzz and dnsjava tests. */
final class Samples {
    private Samples() {
    }

    static Name n(String s) {
        try {
            return Name.parse(s);
        } catch (DNSFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** A response holding every record type, in every section, compressed. */
    static Message rich() {
        Name q = n("www.example.com");
        Name web = n("web.example.com");
        return Message.builder().id(0xbeef).response(true).recursionDesired(true).recursionAvailable(true)
                .authenticData(true).question(new Question(q, RRType.A))
                .answer(new CNAMEResource(q, 60, web))
                .answer(new AResource(web, 60, IP.parse("192.0.2.7")))
                .answer(new AAAAResource(web, 60, IP.parse("2001:db8::7")))
                .answer(new MXResource(web, 60, 10, n("mail.example.com")))
                .answer(new SRVResource(n("_sip._tcp.example.com"), 60, 1, 2, 5060, n("sip.example.com")))
                .answer(TXTResource.of(web, 60, "v=spf1 -all", "second"))
                .answer(new PTRResource(n("7.2.0.192.in-addr.arpa"), 60, web))
                .answer(new UnknownResource(web, 65280, 1, 60, ByteString.utf8("private")))
                .authority(new NSResource(n("example.com"), 3600, n("ns1.example.com")))
                .authority(new SOAResource(n("example.com"), 3600, n("ns1.example.com"), n("hostmaster.example.com"),
                        2024010101L, 7200, 900, 1209600, 300))
                .additional(new AResource(n("ns1.example.com"), 3600, IP.parse("192.0.2.53")))
                .edns(1232, true).build();
    }

    /** Every valid message the tests start from. */
    static List<Message> all() {
        Name a = n("a.test");
        return List.of(rich(),
                Message.builder().id(1).recursionDesired(true).question(new Question(a, RRType.AAAA)).edns(1232, false)
                        .build(),
                Message.builder().id(2).response(true).rcode(RCode.NAME_ERROR).question(new Question(a, RRType.A))
                        .authority(new SOAResource(n("test"), 60, n("ns.test"), n("h.test"), 1, 2, 3, 4, 5)).build());
    }
}
