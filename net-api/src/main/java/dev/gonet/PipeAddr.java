package dev.gonet;

/**
 * The address of both ends of a {@link Pipe}. As in Go, its network and its text are both
 * {@code pipe}. Immutable; all instances are equal.
 */
public final class PipeAddr implements Addr {
    /** The one address every pipe end reports. */
    public static final PipeAddr PIPE = new PipeAddr();

    private PipeAddr() {
    }

    @Override
    public String network() {
        return "pipe";
    }

    @Override
    public String toString() {
        return "pipe";
    }
}
