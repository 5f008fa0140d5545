package dev.gonet.dns;

/**
 * One question: a name, a type ({@link RRType}) and a class ({@link DNSClass}, normally
 * {@code INET}).
 */
public record Question(Name name, int type, int cls) {
    public Question {
        java.util.Objects.requireNonNull(name, "name");
        Wire.checkU16(type, "type");
        Wire.checkU16(cls, "class");
    }

    /** A question of class {@code INET}. */
    public Question(Name name, int type) {
        this(name, type, DNSClass.INET);
    }

    @Override
    public String toString() {
        return name + " " + (cls == DNSClass.INET ? "IN" : "CLASS" + cls) + " " + RRType.name(type);
    }
}
