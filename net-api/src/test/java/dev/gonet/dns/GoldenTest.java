package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.IP;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire bytes checked by hand against RFC 1035 (and 3596, 2782, 6891, 7830, 8467): each record
 * type packed and parsed, name compression, and padding.
 */
class GoldenTest {
    /** Header of the messages below: ID 0, QR and AA, one answer (or one additional for OPT). */
    static final String ANSWER_HEADER = "000084000000000100000000";
    static final String ADDITIONAL_HEADER = "000084000000000000000001";
    /** {@code x.test.} at offset 12, so {@code test.} can be pointed to at 14 (c00e). */
    static final String OWNER = "017804746573740" + "0";

    record Golden(String name, Resource rr, String hex) {
    }

    static Name n(String s) {
        try {
            return Name.parse(s);
        } catch (DNSFormatException e) {
            throw new AssertionError(e);
        }
    }

    static final Name X = n("x.test");

    static List<Golden> goldens() {
        return List.of(
                new Golden("a-record", new AResource(X, 300, IP.parse("192.0.2.1")),
                        OWNER + "0001" + "0001" + "0000012c" + "0004" + "c0000201"),
                new Golden("aaaa-record", new AAAAResource(X, 300, IP.parse("2001:db8::1")),
                        OWNER + "001c" + "0001" + "0000012c" + "0010" + "20010db8000000000000000000000001"),
                new Golden("cname-compressed", new CNAMEResource(X, 300, n("y.test")),
                        OWNER + "0005" + "0001" + "0000012c" + "0004" + "0179" + "c00e"),
                new Golden("ptr-compressed", new PTRResource(X, 300, n("y.test")),
                        OWNER + "000c" + "0001" + "0000012c" + "0004" + "0179" + "c00e"),
                new Golden("ns-compressed", new NSResource(X, 300, n("y.test")),
                        OWNER + "0002" + "0001" + "0000012c" + "0004" + "0179" + "c00e"),
                new Golden("mx-compressed", new MXResource(X, 300, 10, n("mail.test")),
                        OWNER + "000f" + "0001" + "0000012c" + "0009" + "000a" + "046d61696c" + "c00e"),
                new Golden("srv-target-uncompressed", new SRVResource(X, 300, 1, 2, 3, n("y.test")),
                        OWNER + "0021" + "0001" + "0000012c" + "000e" + "0001" + "0002" + "0003" + "0179047465737400"),
                new Golden("txt-binary", new TXTResource(X, 300, List.of(ByteString.utf8("ab"), ByteString.EMPTY,
                        ByteString.of(new byte[] {0, (byte) 0xff}))),
                        OWNER + "0010" + "0001" + "0000012c" + "0007" + "026162" + "00" + "0200ff"),
                new Golden("soa-mbox-with-dot", new SOAResource(X, 300, n("ns.x.test"), n("host\\.master.x.test"), 1, 2,
                        3, 4, 5),
                        OWNER + "0006" + "0001" + "0000012c" + "0027" + "026e73" + "c00c" + "0b686f73742e6d6173746572"
                                + "c00c" + "00000001" + "00000002" + "00000003" + "00000004" + "00000005"),
                new Golden("unknown-type", new UnknownResource(X, 99, 1, 300, ByteString.of(new byte[] {1, 2, 3})),
                        OWNER + "0063" + "0001" + "0000012c" + "0003" + "010203"),
                new Golden("opt-do-padding", new OPTResource(1232, 0, 0, OPTResource.DO,
                        List.of(new OPTResource.Option(OPTResource.PADDING, ByteString.of(new byte[2])))),
                        "00" + "0029" + "04d0" + "00008000" + "0006" + "000c" + "0002" + "0000"),
                new Golden("opt-extended-rcode-version", new OPTResource(4096, 1, 1, 0, List.of()),
                        "00" + "0029" + "1000" + "01010000" + "0000"));
    }

    static Message single(Resource rr) {
        Message.Builder b = Message.builder().response(true).authoritative(true);
        if (rr instanceof OPTResource o) {
            b.additional(o).rcode(o.extendedRcode() << 4);
        } else {
            b.answer(rr);
        }
        return b.build();
    }

    @Test
    void eachRecordType() throws Exception {
        for (Golden g : goldens()) {
            String header = g.rr() instanceof OPTResource ? ADDITIONAL_HEADER : ANSWER_HEADER;
            String want = header + g.hex();
            assertEquals(want, HexFormat.of().formatHex(single(g.rr()).pack()), "pack(golden \"" + g.name() + "\")");
            Message got = Message.parse(HexFormat.of().parseHex(want));
            List<Resource> records = g.rr() instanceof OPTResource ? got.additionals() : got.answers();
            assertEquals(List.of(g.rr()), records, "parse(golden \"" + g.name() + "\")");
        }
    }

    /** www.example.com A: a CNAME to web.example.com and its address, every name compressed. */
    static final String COMPRESSED = "1234" + "8180" + "0001" + "0002" + "0000" + "0000"
            + "03777777076578616d706c6503636f6d00" + "0001" + "0001"
            + "c00c" + "0005" + "0001" + "0000003c" + "0006" + "03776562" + "c010"
            + "c02d" + "0001" + "0001" + "0000003c" + "0004" + "c0000207";

    @Test
    void compressionOfOwnersAndTargets() throws Exception {
        Name www = n("www.example.com");
        Name web = n("web.example.com");
        Message m = Message.builder().id(0x1234).response(true).recursionDesired(true).recursionAvailable(true)
                .question(new Question(www, RRType.A)).answer(new CNAMEResource(www, 60, web))
                .answer(new AResource(web, 60, IP.parse("192.0.2.7"))).build();
        assertEquals(COMPRESSED, HexFormat.of().formatHex(m.pack()), "pack(golden \"compressed\")");
        assertEquals(m, Message.parse(HexFormat.of().parseHex(COMPRESSED)), "parse(golden \"compressed\")");
    }

    @Test
    void caseIsKeptSoOnlyExactSuffixesCompress() throws Exception {
        Message m = Message.builder().answer(new CNAMEResource(n("a.Test"), 1, n("b.test"))).build();
        // a.Test. at 12; b.test. cannot point at "Test." and is written whole.
        assertEquals("000000000000000100000000" + "0161045465737400" + "0005" + "0001" + "00000001" + "0008"
                + "016204746573740" + "0", HexFormat.of().formatHex(m.pack()));
    }

    @Test
    void paddingPerRfc8467() throws Exception {
        Message q = Message.builder().recursionDesired(true).question(new Question(n("a.test"), RRType.A))
                .edns(1232, false).build();
        byte[] padded = q.packPadded();
        // 12 header + 12 question + 11 OPT + 4 option header = 39; 89 zero bytes make 128.
        String want = "000001000001000000000001" + "016104746573740000010001" + "00" + "0029" + "04d0" + "00000000"
                + "005d" + "000c" + "0059" + "00".repeat(89);
        assertEquals(want, HexFormat.of().formatHex(padded), "packPadded(golden \"query\")");
        assertEquals(128, padded.length);
        Message again = Message.parse(padded);
        assertEquals(89, again.opt().option(OPTResource.PADDING).data().size());
        assertEquals(128, again.packPadded().length, "an existing padding option is replaced, not added to");

        Message r = q.toBuilder().response(true).answer(new AResource(n("a.test"), 60, IP.parse("192.0.2.1"))).build();
        assertEquals(Message.RESPONSE_PADDING_BLOCK, r.packPadded().length, "responses to 468");
        Message noEdns = q.toBuilder().noEdns().build();
        assertEquals(noEdns.pack().length, noEdns.packPadded().length, "no OPT, no padding");
    }

    @Test
    void extendedRcodeLivesInTheOpt() throws Exception {
        Message m = Message.builder().response(true).rcode(RCode.BAD_VERSION).edns(1232, false).build();
        assertEquals(RCode.BAD_VERSION, m.rcode());
        assertEquals(0, m.header().rcode(), "16 has no low bits");
        assertEquals(1, m.opt().extendedRcode());
        assertEquals(RCode.BAD_VERSION, Message.parse(m.pack()).rcode());
    }
}
