package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.IP;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.GenericEDNSOption;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.UNKRecord;

/**
 * The codec against dnsjava 3.6 on the same bytes: dnsjava reads what we pack, we read what
 * dnsjava packs, and both see the same header, names (text included) and records.
 */
class DnsjavaTest {

    /** dnsjava's view of a name, as ours. */
    static Name ours(org.xbill.DNS.Name n) throws DNSFormatException {
        List<byte[]> labels = new ArrayList<>();
        for (int i = 0; i < n.labels() - 1; i++) {
            byte[] l = n.getLabel(i);
            labels.add(Arrays.copyOfRange(l, 1, l.length));
        }
        return Name.of(labels);
    }

    static org.xbill.DNS.Name theirs(Name n) throws Exception {
        return new org.xbill.DNS.Name(n.toWire());
    }

    /** dnsjava's record as ours, field by field. */
    static Resource ours(Record r) throws Exception {
        Name n = ours(r.getName());
        int c = r.getDClass();
        long ttl = r.getTTL();
        return switch (r) {
            case ARecord a -> new AResource(n, c, ttl, IP.of(a.getAddress().getAddress()));
            case AAAARecord a -> new AAAAResource(n, c, ttl, IP.of(a.getAddress().getAddress()));
            case CNAMERecord x -> new CNAMEResource(n, c, ttl, ours(x.getTarget()));
            case PTRRecord x -> new PTRResource(n, c, ttl, ours(x.getTarget()));
            case NSRecord x -> new NSResource(n, c, ttl, ours(x.getTarget()));
            case MXRecord x -> new MXResource(n, c, ttl, x.getPriority(), ours(x.getTarget()));
            case SRVRecord x -> new SRVResource(n, c, ttl, x.getPriority(), x.getWeight(), x.getPort(), ours(x.getTarget()));
            case SOARecord x -> new SOAResource(n, c, ttl, ours(x.getHost()), ours(x.getAdmin()), x.getSerial(),
                    x.getRefresh(), x.getRetry(), x.getExpire(), x.getMinimum());
            case TXTRecord x -> new TXTResource(n, c, ttl, x.getStringsAsByteArrays().stream().map(ByteString::of).toList());
            case OPTRecord x -> {
                List<OPTResource.Option> opts = new ArrayList<>();
                for (EDNSOption o : x.getOptions()) {
                    byte[] w = o.toWire();
                    opts.add(new OPTResource.Option(o.getCode(), ByteString.of(w, 4, w.length - 4)));
                }
                yield new OPTResource(x.getPayloadSize(), x.getExtendedRcode(), x.getVersion(), x.getFlags(), opts);
            }
            case UNKRecord x -> new UnknownResource(n, r.getType(), c, ttl, ByteString.of(x.rdataToWireCanonical()));
            default -> throw new AssertionError("no mapping for " + r.getClass());
        };
    }

    static List<Resource> ours(List<Record> rs) throws Exception {
        List<Resource> out = new ArrayList<>();
        for (Record r : rs) {
            out.add(ours(r));
        }
        return out;
    }

    /** Our message as dnsjava sees it, compared with ours, names as text too. */
    static void sameAsDnsjava(String what, Message m, byte[] wire) throws Exception {
        org.xbill.DNS.Message d = new org.xbill.DNS.Message(wire);
        org.xbill.DNS.Header h = d.getHeader();
        assertEquals(m.id(), h.getID(), what + ": id");
        assertEquals(m.response(), h.getFlag(Flags.QR), what + ": QR");
        assertEquals(m.authoritative(), h.getFlag(Flags.AA), what + ": AA");
        assertEquals(m.truncated(), h.getFlag(Flags.TC), what + ": TC");
        assertEquals(m.recursionDesired(), h.getFlag(Flags.RD), what + ": RD");
        assertEquals(m.recursionAvailable(), h.getFlag(Flags.RA), what + ": RA");
        assertEquals(m.authenticData(), h.getFlag(Flags.AD), what + ": AD");
        assertEquals(m.checkingDisabled(), h.getFlag(Flags.CD), what + ": CD");
        assertEquals(m.opcode(), h.getOpcode(), what + ": opcode");
        assertEquals(m.rcode(), d.getRcode(), what + ": rcode");
        assertEquals(m.questions().size(), d.getSection(Section.QUESTION).size(), what + ": questions");
        for (int i = 0; i < m.questions().size(); i++) {
            Record q = d.getSection(Section.QUESTION).get(i);
            Question ours = m.questions().get(i);
            assertEquals(ours, new Question(ours(q.getName()), q.getType(), q.getDClass()), what + ": question " + i);
            assertEquals(ours.name().toString(), q.getName().toString(), what + ": question name text");
        }
        assertEquals(m.answers(), ours(d.getSection(Section.ANSWER)), what + ": answers");
        assertEquals(m.authorities(), ours(d.getSection(Section.AUTHORITY)), what + ": authorities");
        assertEquals(m.additionals(), ours(d.getSection(Section.ADDITIONAL)), what + ": additionals");
        for (Record r : d.getSection(Section.ANSWER)) {
            assertEquals(ours(r.getName()).toString(), r.getName().toString(), what + ": owner name text");
        }
    }

    @Test
    void dnsjavaReadsWhatWePack() throws Exception {
        for (Message m : Samples.all()) {
            sameAsDnsjava("pack", m, m.pack());
            sameAsDnsjava("packPadded", Message.parse(m.packPadded()), m.packPadded());
        }
        Message odd = Message.builder().id(7).response(true).rcode(RCode.BAD_VERSION).edns(4096, false)
                .question(new Question(Samples.n("a\\.b.\\000\\255.x"), RRType.TXT))
                .answer(new TXTResource(Samples.n("a\\.b.\\000\\255.x"), 1, List.of(ByteString.of(new byte[] {0, '"', (byte) 200}))))
                .build();
        sameAsDnsjava("odd names", odd, odd.pack());
    }

    @Test
    void weReadWhatDnsjavaPacks() throws Exception {
        org.xbill.DNS.Name q = org.xbill.DNS.Name.fromString("www.Example.com.");
        org.xbill.DNS.Name web = org.xbill.DNS.Name.fromString("web.example.com.");
        org.xbill.DNS.Name odd = new org.xbill.DNS.Name(Samples.n("dot\\.in.label\\200.example.com").toWire());
        org.xbill.DNS.Message d = org.xbill.DNS.Message.newQuery(Record.newRecord(q, org.xbill.DNS.Type.A, 1));
        d.getHeader().setFlag(Flags.QR);
        d.getHeader().setFlag(Flags.RA);
        d.getHeader().setID(4242);
        d.addRecord(new CNAMERecord(q, 1, 60, web), Section.ANSWER);
        d.addRecord(new ARecord(web, 1, 60, InetAddress.getByName("192.0.2.7")), Section.ANSWER);
        d.addRecord(new AAAARecord(web, 1, 60, InetAddress.getByName("2001:db8::7")), Section.ANSWER);
        d.addRecord(new MXRecord(web, 1, 60, 5, odd), Section.ANSWER);
        d.addRecord(new SRVRecord(org.xbill.DNS.Name.fromString("_x._tcp.example.com."), 1, 60, 1, 2, 3, web), Section.ANSWER);
        d.addRecord(new TXTRecord(web, 1, 60, List.of("hello", "", "x".repeat(255))), Section.ANSWER);
        d.addRecord(new PTRRecord(org.xbill.DNS.Name.fromString("7.2.0.192.in-addr.arpa."), 1, 60, web), Section.ANSWER);
        d.addRecord(new NSRecord(org.xbill.DNS.Name.fromString("example.com."), 1, 3600, odd), Section.AUTHORITY);
        d.addRecord(new SOARecord(org.xbill.DNS.Name.fromString("example.com."), 1, 3600, odd, web, 4294967295L, 1, 2,
                3, 4), Section.AUTHORITY);
        d.addRecord(new OPTRecord(1232, 1, 0, Flags.DO, new GenericEDNSOption(12, new byte[7])), Section.ADDITIONAL);
        byte[] wire = d.toWire();
        Message m = Message.parse(wire);
        sameAsDnsjava("dnsjava's", m, wire);
        assertEquals(16 | d.getHeader().getRcode(), m.rcode(), "extended rcode from dnsjava's OPT");
        // dnsjava compresses ignoring case, so the wire points "example.com" at the question's "Example.com".
        assertEquals("dot\\.in.label\\200.Example.com.", ((MXResource) m.answers().get(3)).mx().toString());
        assertEquals(((MXRecord) new org.xbill.DNS.Message(wire).getSection(Section.ANSWER).get(3)).getTarget().toString(),
                ((MXResource) m.answers().get(3)).mx().toString(), "escapes as dnsjava's");
    }

    /** Random messages of every type, with random label bytes: both codecs agree on all of them. */
    @Test
    void randomMessagesAgree() throws Exception {
        Random rnd = new Random(8484);
        for (int i = 0; i < 500; i++) {
            Message m = random(rnd);
            byte[] wire = m.pack();
            sameAsDnsjava("random " + i, m, wire);
            byte[] theirs = new org.xbill.DNS.Message(wire).toWire();
            assertEquals(m, Message.parse(theirs), "parse(dnsjava's pack of random " + i + ")");
        }
    }

    static Name randomName(Random rnd) throws DNSFormatException {
        List<byte[]> labels = new ArrayList<>();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            byte[] l = new byte[1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 63 : 8)];
            for (int k = 0; k < l.length; k++) {
                l[k] = (byte) (rnd.nextInt(6) == 0 ? rnd.nextInt(256) : 'a' + rnd.nextInt(26));
            }
            labels.add(l);
        }
        labels.add(new byte[] {'t', 'e', 's', 't'});
        return Name.of(labels);
    }

    static Resource randomResource(Random rnd) throws DNSFormatException {
        Name n = randomName(rnd);
        long ttl = rnd.nextInt(1 << 20);
        return switch (rnd.nextInt(10)) {
            case 0 -> new AResource(n, ttl, IP.v4(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256)));
            case 1 -> {
                byte[] b = new byte[16];
                rnd.nextBytes(b);
                b[0] = 0x20;
                yield new AAAAResource(n, ttl, IP.of(b));
            }
            case 2 -> new CNAMEResource(n, ttl, randomName(rnd));
            case 3 -> new PTRResource(n, ttl, randomName(rnd));
            case 4 -> new NSResource(n, ttl, randomName(rnd));
            case 5 -> new MXResource(n, ttl, rnd.nextInt(65536), randomName(rnd));
            case 6 -> new SRVResource(n, ttl, rnd.nextInt(65536), rnd.nextInt(65536), rnd.nextInt(65536), randomName(rnd));
            case 7 -> {
                List<ByteString> texts = new ArrayList<>();
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    byte[] t = new byte[rnd.nextInt(40)];
                    rnd.nextBytes(t);
                    texts.add(ByteString.of(t));
                }
                yield new TXTResource(n, ttl, texts);
            }
            case 8 -> new SOAResource(n, ttl, randomName(rnd), randomName(rnd), rnd.nextInt() & 0xffffffffL, 1, 2, 3,
                    rnd.nextInt(86400));
            default -> {
                byte[] b = new byte[rnd.nextInt(20)];
                rnd.nextBytes(b);
                yield new UnknownResource(n, 65280 + rnd.nextInt(200), DNSClass.INET, ttl, ByteString.of(b));
            }
        };
    }

    static Message random(Random rnd) throws DNSFormatException {
        Message.Builder b = Message.builder().id(rnd.nextInt(65536)).response(rnd.nextBoolean())
                .authoritative(rnd.nextBoolean()).recursionDesired(rnd.nextBoolean()).recursionAvailable(rnd.nextBoolean())
                .authenticData(rnd.nextBoolean()).checkingDisabled(rnd.nextBoolean()).rcode(rnd.nextInt(6))
                .question(new Question(randomName(rnd), 1 + rnd.nextInt(40)));
        for (int k = rnd.nextInt(6); k > 0; k--) {
            b.answer(randomResource(rnd));
        }
        for (int k = rnd.nextInt(3); k > 0; k--) {
            b.authority(randomResource(rnd));
        }
        if (rnd.nextBoolean()) {
            b.edns(512 + rnd.nextInt(4000), rnd.nextBoolean());
        }
        return b.build();
    }
}
