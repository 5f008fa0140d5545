package dev.gonet.dns;

import dev.gonet.IP;
import java.util.ArrayList;
import java.util.List;

/** The RDATA codec of every record type, and the text all records start with. */
final class Records {
    private Records() {
    }

    /** {@code name ttl IN TYPE }, as dig prints a record. */
    static String head(Resource r) {
        return r.name() + " " + r.ttl() + " " + (r.cls() == DNSClass.INET ? "IN" : "CLASS" + r.cls()) + " "
                + RRType.name(r.type()) + " ";
    }

    /**
     * The record whose header is {@code h} and whose RDATA starts at {@code off}. The data must
     * fill exactly {@code h.length()} bytes; names inside it may point anywhere earlier.
     */
    static Resource unpack(WireReader r, ResourceHeader h, int off) throws DNSFormatException {
        int end = off + h.length();
        if (end > r.m.length) {
            throw new DNSFormatException(Wire.RESOURCE_LEN);
        }
        try {
            return body(r, h, off, end);
        } catch (DNSFormatException e) {
            throw e.in(RRType.name(h.type()) + " record");
        }
    }

    private static Resource body(WireReader r, ResourceHeader h, int off, int end) throws DNSFormatException {
        Name n = h.name();
        int c = h.cls();
        long ttl = h.ttl();
        int[] next = new int[1];
        Resource res;
        switch (h.type()) {
            case RRType.A -> {
                exact(h.length(), 4);
                res = new AResource(n, c, ttl, IP.of(java.util.Arrays.copyOfRange(r.m, off, end)));
                next[0] = end;
            }
            case RRType.AAAA -> {
                exact(h.length(), 16);
                res = new AAAAResource(n, c, ttl, IP.of(java.util.Arrays.copyOfRange(r.m, off, end)));
                next[0] = end;
            }
            case RRType.CNAME -> res = new CNAMEResource(n, c, ttl, r.name(off, end, next));
            case RRType.PTR -> res = new PTRResource(n, c, ttl, r.name(off, end, next));
            case RRType.NS -> res = new NSResource(n, c, ttl, r.name(off, end, next));
            case RRType.MX -> {
                int pref = r.u16(off, end);
                res = new MXResource(n, c, ttl, pref, r.name(off + 2, end, next));
            }
            case RRType.SRV -> {
                int prio = r.u16(off, end);
                int weight = r.u16(off + 2, end);
                int port = r.u16(off + 4, end);
                res = new SRVResource(n, c, ttl, prio, weight, port, r.name(off + 6, end, next));
            }
            case RRType.SOA -> {
                Name ns = r.name(off, end, next);
                Name mbox = r.name(next[0], end, next);
                int o = next[0];
                res = new SOAResource(n, c, ttl, ns, mbox, r.u32(o, end), r.u32(o + 4, end), r.u32(o + 8, end),
                        r.u32(o + 12, end), r.u32(o + 16, end));
                next[0] = o + 20;
            }
            case RRType.TXT -> {
                List<ByteString> texts = new ArrayList<>();
                int o = off;
                while (o < end) {
                    int l = r.u8(o, end);
                    if (o + 1 + l > end) {
                        throw new DNSFormatException(Wire.CALC_LEN).in("text");
                    }
                    texts.add(ByteString.of(r.m, o + 1, l));
                    o += 1 + l;
                }
                res = new TXTResource(n, c, ttl, texts);
                next[0] = o;
            }
            case RRType.OPT -> {
                if (!n.isRoot()) {
                    throw new DNSFormatException("OPT record owner is not the root");
                }
                List<OPTResource.Option> opts = new ArrayList<>();
                int o = off;
                while (o < end) {
                    int code = r.u16(o, end);
                    int l = r.u16(o + 2, end);
                    if (o + 4 + l > end) {
                        throw new DNSFormatException(Wire.CALC_LEN).in("Data");
                    }
                    opts.add(new OPTResource.Option(code, ByteString.of(r.m, o + 4, l)));
                    o += 4 + l;
                }
                res = new OPTResource(c, (int) (ttl >>> 24), (int) (ttl >>> 16) & 0xff, (int) ttl & 0xffff, opts);
                next[0] = o;
            }
            default -> {
                res = new UnknownResource(n, h.type(), c, ttl, ByteString.of(r.m, off, end - off));
                next[0] = end;
            }
        }
        if (next[0] != end) {
            throw new DNSFormatException(Wire.BODY_LEN_MISMATCH);
        }
        return res;
    }

    private static void exact(int length, int want) throws DNSFormatException {
        if (length != want) {
            throw new DNSFormatException(Wire.BODY_LEN_MISMATCH);
        }
    }

    /** Writes {@code r}: header, RDATA (names compressed where RFC 3597 allows it), RDLENGTH. */
    static void pack(WireWriter w, Resource r) throws DNSFormatException {
        w.name(r.name(), true);
        w.u16(r.type());
        w.u16(r.cls());
        w.u32(r.ttl());
        int lenAt = w.length();
        w.u16(0);
        int start = w.length();
        switch (r) {
            case AResource a -> w.bytes(a.a().bytes(), 0, 4);
            case AAAAResource a -> w.bytes(a.aaaa().bytes(), 0, 16);
            case CNAMEResource x -> w.name(x.cname(), true);
            case PTRResource x -> w.name(x.ptr(), true);
            case NSResource x -> w.name(x.ns(), true);
            case MXResource x -> {
                w.u16(x.preference());
                w.name(x.mx(), true);
            }
            case SRVResource x -> {
                w.u16(x.priority());
                w.u16(x.weight());
                w.u16(x.port());
                w.name(x.target(), false);
            }
            case SOAResource x -> {
                w.name(x.ns(), true);
                w.name(x.mbox(), true);
                w.u32(x.serial());
                w.u32(x.refresh());
                w.u32(x.retry());
                w.u32(x.expire());
                w.u32(x.minimum());
            }
            case TXTResource x -> {
                for (ByteString t : x.texts()) {
                    w.u8(t.size());
                    t.writeTo(w);
                }
            }
            case OPTResource x -> {
                for (OPTResource.Option o : x.options()) {
                    w.u16(o.code());
                    w.u16(o.data().size());
                    o.data().writeTo(w);
                }
            }
            case UnknownResource x -> x.rdata().writeTo(w);
        }
        int n = w.length() - start;
        if (n > 0xffff) {
            throw new DNSFormatException(Wire.RES_TOO_LONG);
        }
        w.patchU16(lenAt, n);
    }
}
