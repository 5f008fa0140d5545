package dev.gonet.dns;

/**
 * One question: a name, a type ({@link RRType}) and a class ({@link DNSClass}, normally
 * {@code INET}).
 *
 * @param name the name
 * @param type the record type, an {@link RRType} constant
 * @param cls the class, {@link DNSClass#INET} for the Internet
 */
public record Question(Name name, int type, int cls) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param type the record type, an {@link RRType} constant
     * @param cls the class, {@link DNSClass#INET} for the Internet
     */
    public Question {
        java.util.Objects.requireNonNull(name, "name");
        Wire.checkU16(type, "type");
        Wire.checkU16(cls, "class");
    }

    /**
     * A question of class {@code INET}.
     *
     * @param name the name
     * @param type the record type, an {@link RRType} constant
     */
    public Question(Name name, int type) {
        this(name, type, DNSClass.INET);
    }

    @Override
    public String toString() {
        return name + " " + (cls == DNSClass.INET ? "IN" : "CLASS" + cls) + " " + RRType.name(type);
    }
}
