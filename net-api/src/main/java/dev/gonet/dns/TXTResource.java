package dev.gonet.dns;

import java.util.List;
import java.util.Objects;

/**
 * Text strings (RFC 1035 section 3.3.14), each 0-255 arbitrary bytes, kept exactly as sent.
 * Go's {@code LookupTXT} joins the strings of one record without a separator ({@link #joined()}).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param texts the strings
 */
public record TXTResource(Name name, int cls, long ttl, List<ByteString> texts) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param texts the strings
     */
    public TXTResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        texts = List.copyOf(texts);
        for (ByteString t : texts) {
            if (t.size() > 255) {
                throw new IllegalArgumentException(Wire.STRING_TOO_LONG + ": " + t.size() + " bytes");
            }
        }
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param texts the strings
     */
    public TXTResource(Name name, long ttl, List<ByteString> texts) {
        this(name, DNSClass.INET, ttl, texts);
    }

    /**
     * Class {@code INET}, from text: each string's UTF-8 bytes, cut into 255-byte pieces when
     * longer (as a zone file may not hold them whole).
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param texts the strings
     * @return the record
     */
    public static TXTResource of(Name name, long ttl, String... texts) {
        List<ByteString> out = new java.util.ArrayList<>();
        for (String t : texts) {
            byte[] b = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (b.length == 0) {
                out.add(ByteString.EMPTY);
            }
            for (int off = 0; off < b.length; off += 255) {
                out.add(ByteString.of(b, off, Math.min(255, b.length - off)));
            }
        }
        return new TXTResource(name, ttl, out);
    }

    /** {@return the strings joined without separator and decoded as UTF-8, as Go's {@code LookupTXT}} */
    public String joined() {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (ByteString t : texts) {
            byte[] x = t.toByteArray();
            b.write(x, 0, x.length);
        }
        return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int type() {
        return RRType.TXT;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Records.head(this));
        for (int i = 0; i < texts.size(); i++) {
            s.append(i == 0 ? "" : " ").append(texts.get(i));
        }
        return s.toString();
    }
}
