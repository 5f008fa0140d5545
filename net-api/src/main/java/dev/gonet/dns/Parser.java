package dev.gonet.dns;

/**
 * Reads a message forward, one question or record at a time, as Go's {@code dnsmessage.Parser}:
 * a reader can stop early, skip records it does not need, and look at a record's header before
 * deciding whether to decode its data (Go's stub resolver does all three). Methods that move to a
 * later section skip what is left of the earlier ones. Methods return {@code null} (or
 * {@code false}) where Go returns {@code ErrSectionDone}.
 *
 * <p>The counts in the header are never used to allocate. Every read is bounds-checked; a
 * malformed message fails with a {@link DNSFormatException}. Not thread-safe; the bytes given
 * must not change while parsing.
 */
public final class Parser {
    private static final int QUESTIONS = 0;
    private static final int ANSWERS = 1;
    private static final int AUTHORITIES = 2;
    private static final int ADDITIONALS = 3;
    private static final String[] SECTION = {"Question", "Answer", "Authority", "Additional"};

    private final WireReader r;
    private final Header header;
    private final int[] counts = new int[4];
    private int section = QUESTIONS;
    private int index;
    private int off = Wire.HEADER_LEN;
    private ResourceHeader res; // the current record's header once read, until its data is consumed

    /**
     * Go's {@code Parser.Start}: reads the 12-byte header.
     *
     * @param msg the message bytes
     * @throws DNSFormatException if the header is short
     */
    public Parser(byte[] msg) throws DNSFormatException {
        if (msg.length > Wire.MAX_MESSAGE) {
            throw new DNSFormatException(Wire.MESSAGE_TOO_LONG);
        }
        r = new WireReader(msg);
        try {
            int id = r.u16(0, msg.length);
            int bits = r.u16(2, msg.length);
            for (int i = 0; i < 4; i++) {
                counts[i] = r.u16(4 + 2 * i, msg.length);
            }
            header = Header.fromBits(id, bits);
        } catch (DNSFormatException e) {
            throw e.in("unpacking header");
        }
    }

    /** {@return the header read by the constructor} */
    public Header header() {
        return header;
    }

    /** The count the header gives for each section: questions, answers, authorities, additionals. */
    int count(int sec) {
        return counts[sec];
    }

    int offset() {
        return off;
    }

    int length() {
        return r.m.length;
    }

    /** Moves to {@code sec}, skipping the rest of earlier sections; false when {@code sec} is done. */
    private boolean advance(int sec) throws DNSFormatException {
        while (section < sec) {
            if (section == QUESTIONS) {
                while (question() != null) {
                    // skipped
                }
            } else {
                while (skip(section)) {
                    // skipped
                }
            }
        }
        if (section > sec) {
            return false;
        }
        if (index == counts[sec]) {
            section++;
            index = 0;
            return false;
        }
        return true;
    }

    /**
     * {@return the next question, or {@code null} when there is none left}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public Question question() throws DNSFormatException {
        if (!advance(QUESTIONS)) {
            return null;
        }
        int[] next = new int[1];
        Name name;
        try {
            name = r.name(off, r.m.length, next);
        } catch (DNSFormatException e) {
            throw e.in("unpacking Question.Name");
        }
        int type;
        int cls;
        try {
            type = r.u16(next[0], r.m.length);
        } catch (DNSFormatException e) {
            throw e.in("unpacking Question.Type");
        }
        try {
            cls = r.u16(next[0] + 2, r.m.length);
        } catch (DNSFormatException e) {
            throw e.in("unpacking Question.Class");
        }
        off = next[0] + 4;
        index++;
        return new Question(name, type, cls);
    }

    /**
     * {@return Go's {@code SkipQuestion}: {@code false} when there was none left}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public boolean skipQuestion() throws DNSFormatException {
        return question() != null;
    }

    private ResourceHeader header(int sec) throws DNSFormatException {
        if (res != null && section == sec) {
            return res;
        }
        if (!advance(sec)) {
            return null;
        }
        int[] next = new int[1];
        Name name;
        try {
            name = r.name(off, r.m.length, next);
        } catch (DNSFormatException e) {
            throw e.in("Name").in("unpacking " + SECTION[sec] + " header");
        }
        int o = next[0];
        try {
            int type = r.u16(o, r.m.length);
            int cls = r.u16(o + 2, r.m.length);
            long ttl = r.u32(o + 4, r.m.length);
            int len = r.u16(o + 8, r.m.length);
            res = new ResourceHeader(name, type, cls, ttl, len);
        } catch (DNSFormatException e) {
            throw e.in("unpacking " + SECTION[sec] + " header");
        }
        off = o + 10;
        return res;
    }

    private Resource resource(int sec) throws DNSFormatException {
        ResourceHeader h = header(sec);
        if (h == null) {
            return null;
        }
        Resource out;
        try {
            out = Records.unpack(r, h, off);
        } catch (DNSFormatException e) {
            throw e.in("unpacking " + SECTION[sec]);
        }
        consume();
        return out;
    }

    private boolean skip(int sec) throws DNSFormatException {
        ResourceHeader h = header(sec);
        if (h == null) {
            return false;
        }
        if (off + h.length() > r.m.length) {
            throw new DNSFormatException(Wire.RESOURCE_LEN).in("skipping: " + SECTION[sec]);
        }
        consume();
        return true;
    }

    private void consume() {
        off += res.length();
        res = null;
        index++;
    }

    /**
     * {@return the header of the current answer (read once, until its record is read or skipped), or
     *   {@code null} at the end}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public ResourceHeader answerHeader() throws DNSFormatException {
        return header(ANSWERS);
    }

    /**
     * {@return the next answer, decoded, or {@code null} at the end of the section}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public Resource answer() throws DNSFormatException {
        return resource(ANSWERS);
    }

    /**
     * {@return Go's {@code SkipAnswer}: {@code false} at the end of the section}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public boolean skipAnswer() throws DNSFormatException {
        return skip(ANSWERS);
    }

    /**
     * As {@link #answerHeader()}, for the authority section.
     *
     * @return the header, or {@code null} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public ResourceHeader authorityHeader() throws DNSFormatException {
        return header(AUTHORITIES);
    }

    /**
     * As {@link #answer()}, for the authority section.
     *
     * @return the record, or {@code null} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public Resource authority() throws DNSFormatException {
        return resource(AUTHORITIES);
    }

    /**
     * As {@link #skipAnswer()}, for the authority section.
     *
     * @return {@code false} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public boolean skipAuthority() throws DNSFormatException {
        return skip(AUTHORITIES);
    }

    /**
     * As {@link #answerHeader()}, for the additional section.
     *
     * @return the header, or {@code null} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public ResourceHeader additionalHeader() throws DNSFormatException {
        return header(ADDITIONALS);
    }

    /**
     * As {@link #answer()}, for the additional section.
     *
     * @return the record, or {@code null} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public Resource additional() throws DNSFormatException {
        return resource(ADDITIONALS);
    }

    /**
     * As {@link #skipAnswer()}, for the additional section.
     *
     * @return {@code false} at the end of the section
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public boolean skipAdditional() throws DNSFormatException {
        return skip(ADDITIONALS);
    }

    /** Whether every section has been read or skipped to its end. */
    boolean done() {
        return section > ADDITIONALS;
    }
}
