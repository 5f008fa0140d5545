package dev.gonet.internal;

/**
 * The small part of the DNS wire format (RFC 1035, EDNS0 RFC 6891) that Go's stub resolver
 * uses, with the checks of Go's {@code dnsmessage} package: a query builder and a forward-only
 * response {@link Parser}. Names travel as Latin-1 strings, one char per wire byte, so they
 * compare byte for byte as Go's do; TeaVM-safe.
 */
public final class DnsMessage {
    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int TYPE_PTR = 12;
    public static final int TYPE_AAAA = 28;
    public static final int TYPE_OPT = 41;
    public static final int CLASS_INET = 1;
    public static final int RCODE_SUCCESS = 0;
    public static final int RCODE_SERVER_FAILURE = 2;
    public static final int RCODE_NAME_ERROR = 3;
    /** Go's {@code maxDNSPacketSize} (dnsflagday.net/2020), advertised with EDNS0. */
    public static final int MAX_PACKET = 1232;

    private static final int NAME_LEN = 255;

    private DnsMessage() {
    }

    /** A malformed message or name; Go's {@code dnsmessage} errors, reported by cause text. */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    /** Go's {@code dnsmessage.Header}. */
    public record Header(int id, boolean response, int opCode, boolean authoritative, boolean truncated,
            boolean recursionDesired, boolean recursionAvailable, int rcode) {
    }

    /** One question; {@code name} in Latin-1 wire form with a trailing dot. */
    public record Question(String name, int type, int cls) {
    }

    /** A resource record header; {@code length} is the RDATA length. */
    public record ResourceHeader(String name, int type, int cls, long ttl, int length) {
    }

    /**
     * Go's {@code newRequest}: a recursive query for {@code fqdn} (which must end in a dot) with
     * an EDNS0 OPT record offering {@link #MAX_PACKET} bytes. This is the UDP form; over TCP it
     * is preceded by its 2-byte length.
     */
    public static byte[] query(int id, String fqdn, int qtype) throws FormatException {
        byte[] name = packName(wire(fqdn));
        byte[] m = new byte[12 + name.length + 4 + 11];
        put16(m, 0, id);
        put16(m, 2, 0x0100); // RD
        put16(m, 4, 1);
        put16(m, 10, 1);
        System.arraycopy(name, 0, m, 12, name.length);
        int off = 12 + name.length;
        put16(m, off, qtype);
        put16(m, off + 2, CLASS_INET);
        off += 4;
        m[off] = 0; // OPT: root name
        put16(m, off + 1, TYPE_OPT);
        put16(m, off + 3, MAX_PACKET); // OPT class: the UDP payload size
        // TTL (extended RCODE, version, DO) and RDLENGTH stay zero.
        return m;
    }

    /** The Latin-1 wire form of a Java string: its UTF-8 bytes, one char each. */
    public static String wire(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c >= 0x10000) {
                i++;
            }
            if (c < 0x80) {
                b.append((char) c);
            } else if (c < 0x800) {
                b.append((char) (0xc0 | c >> 6)).append((char) (0x80 | c & 0x3f));
            } else if (c < 0x10000) {
                b.append((char) (0xe0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3f)).append((char) (0x80 | c & 0x3f));
            } else {
                b.append((char) (0xf0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3f))
                        .append((char) (0x80 | c >> 6 & 0x3f)).append((char) (0x80 | c & 0x3f));
            }
        }
        return b.toString();
    }

    /** Go's {@code Name.pack} without compression: canonical (rooted) names, labels of 1-63 bytes. */
    static byte[] packName(String n) throws FormatException {
        int len = n.length();
        if (len > NAME_LEN) {
            throw new FormatException("insufficient data for calculated length type");
        }
        if (len == 0 || n.charAt(len - 1) != '.') {
            throw new FormatException("name is not in canonical format (it must end with a .)");
        }
        if (len == 1) {
            return new byte[] {0};
        }
        byte[] out = new byte[len + 1];
        int o = 0;
        for (int i = 0, begin = 0; i < len; i++) {
            if (n.charAt(i) == '.') {
                if (i - begin >= 64) {
                    throw new FormatException("segment length too long");
                }
                if (i - begin == 0) {
                    throw new FormatException("zero length segment");
                }
                out[o++] = (byte) (i - begin);
                for (int j = begin; j < i; j++) {
                    out[o++] = (byte) n.charAt(j);
                }
                begin = i + 1;
            }
        }
        out[o] = 0;
        return out;
    }

    /** Go's {@code equalASCIIName}: byte-wise, ignoring ASCII case. */
    public static boolean equalASCIIName(String x, String y) {
        return x.length() == y.length() && ConfText.lowerASCII(x).equals(ConfText.lowerASCII(y));
    }

    static void put16(byte[] m, int off, int v) {
        m[off] = (byte) (v >> 8);
        m[off + 1] = (byte) v;
    }

    static int u16(byte[] m, int off) throws FormatException {
        if (off + 2 > m.length) {
            throw new FormatException("insufficient data for base length type");
        }
        return (m[off] & 0xff) << 8 | m[off + 1] & 0xff;
    }

    /**
     * Go's {@code Name.unpack}: follows at most 10 compression pointers; returns the name and,
     * in {@code next[0]}, where the record continues.
     */
    static String unpackName(byte[] m, int off, int[] next) throws FormatException {
        StringBuilder name = new StringBuilder();
        int cur = off;
        int newOff = off;
        int ptr = 0;
        while (true) {
            if (cur >= m.length) {
                throw new FormatException("insufficient data for base length type");
            }
            int c = m[cur++] & 0xff;
            if ((c & 0xC0) == 0) {
                if (c == 0) {
                    break;
                }
                if (cur + c > m.length) {
                    throw new FormatException("insufficient data for calculated length type");
                }
                for (int i = 0; i < c; i++) {
                    name.append((char) (m[cur + i] & 0xff));
                }
                name.append('.');
                cur += c;
            } else if ((c & 0xC0) == 0xC0) {
                if (cur >= m.length) {
                    throw new FormatException("invalid pointer");
                }
                int c1 = m[cur++] & 0xff;
                if (ptr == 0) {
                    newOff = cur;
                }
                if (++ptr > 10) {
                    throw new FormatException("too many pointers (>10)");
                }
                cur = (c ^ 0xC0) << 8 | c1;
            } else {
                throw new FormatException("segment prefix is reserved");
            }
        }
        if (name.length() == 0) {
            name.append('.');
        }
        if (name.length() > NAME_LEN) {
            throw new FormatException("insufficient data for calculated length type");
        }
        next[0] = ptr == 0 ? cur : newOff;
        return name.toString();
    }

    /**
     * Go's {@code dnsmessage.Parser}, reduced to what the resolver reads: the header, the
     * questions, then the answers one at a time. Methods return {@code null} where Go returns
     * {@code ErrSectionDone}.
     */
    public static final class Parser {
        private final byte[] m;
        private final Header header;
        private final int questions;
        private final int answers;
        private int off = 12;
        private int section; // 0 questions, 1 answers, 2 done
        private int index;
        private ResourceHeader res; // Go's resHeader while resHeaderValid

        /** Go's {@code Parser.Start}: reads the 12-byte header. */
        public Parser(byte[] msg) throws FormatException {
            if (msg.length < 12) {
                throw new FormatException("unpacking header: insufficient data for base length type");
            }
            m = msg;
            int bits = u16(m, 2);
            header = new Header(u16(m, 0), (bits & 0x8000) != 0, bits >> 11 & 0xF, (bits & 0x0400) != 0,
                    (bits & 0x0200) != 0, (bits & 0x0100) != 0, (bits & 0x0080) != 0, bits & 0xF);
            questions = u16(m, 4);
            answers = u16(m, 6);
        }

        public Header header() {
            return header;
        }

        private boolean advance(int sec) {
            if (section > sec) {
                return false;
            }
            res = null;
            if (index == (sec == 0 ? questions : answers)) {
                index = 0;
                section++;
                return false;
            }
            return true;
        }

        /** The next question, or {@code null} when there is none. */
        public Question question() throws FormatException {
            if (!advance(0)) {
                return null;
            }
            int[] next = new int[1];
            String name = unpackName(m, off, next);
            int type = u16(m, next[0]);
            int cls = u16(m, next[0] + 2);
            off = next[0] + 4;
            index++;
            return new Question(name, type, cls);
        }

        /** Go's {@code SkipQuestion}: {@code false} when there was none left. */
        public boolean skipQuestion() throws FormatException {
            return question() != null;
        }

        /** The header of the current answer (read once, then cached), or {@code null} at the end. */
        public ResourceHeader answerHeader() throws FormatException {
            if (res != null) {
                return res;
            }
            if (section == 0) {
                while (question() != null) {
                    // Go demands the questions be read first; the resolver always has.
                }
            }
            if (!advance(1)) {
                return null;
            }
            int[] next = new int[1];
            String name = unpackName(m, off, next);
            int o = next[0];
            int type = u16(m, o);
            int cls = u16(m, o + 2);
            long ttl = (long) u16(m, o + 4) << 16 | u16(m, o + 6);
            int len = u16(m, o + 8);
            off = o + 10;
            res = new ResourceHeader(name, type, cls, ttl, len);
            return res;
        }

        /** Go's {@code SkipAnswer}; {@code false} at the end of the section. */
        public boolean skipAnswer() throws FormatException {
            if (answerHeader() == null) {
                return false;
            }
            if (off + res.length() > m.length) {
                throw new FormatException("insufficient data for resource body length");
            }
            return consume();
        }

        private boolean consume() {
            off += res.length();
            res = null;
            index++;
            return true;
        }

        /** The body of the current answer, which must be of type A (4 bytes) or AAAA (16). */
        public byte[] addressResource() throws FormatException {
            int n = res != null && res.type() == TYPE_A ? 4 : res != null && res.type() == TYPE_AAAA ? 16 : -1;
            if (n < 0) {
                throw new FormatException("parsing/packing of this section has not started");
            }
            if (off + n > m.length) {
                throw new FormatException("insufficient data for base length type");
            }
            byte[] a = new byte[n];
            System.arraycopy(m, off, a, 0, n);
            consume();
            return a;
        }

        /** The target of the current answer, which must be of type PTR or CNAME. */
        public String nameResource() throws FormatException {
            if (res == null || res.type() != TYPE_PTR && res.type() != TYPE_CNAME) {
                throw new FormatException("parsing/packing of this section has not started");
            }
            String target = unpackName(m, off, new int[1]);
            consume();
            return target;
        }
    }
}
