package dev.gonet;

/**
 * The address of an end point on the in-memory {@code mem} network (see {@link Net#listen}).
 * A listener's address is the name it listens on; a dialing end gets a unique name derived
 * from it (e.g. {@code api#3}). Immutable.
 *
 * @param name the name in the process-wide {@code mem} registry
 */
public record MemAddr(String name) implements Addr {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name in the process-wide {@code mem} registry
     */
    public MemAddr {
        if (name == null) {
            throw new NullPointerException("name");
        }
    }

    /** Always {@code mem}. */
    @Override
    public String network() {
        return "mem";
    }

    @Override
    public String toString() {
        return name;
    }
}
