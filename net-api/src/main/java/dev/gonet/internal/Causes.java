package dev.gonet.internal;

import java.util.function.Function;

/** Walking an error's cause chain, as Go's {@code errors.Is} and {@code errors.As} unwrap. */
public final class Causes {
    /** How deep a chain is followed: a cause cycle must end the walk, not hang it. */
    private static final int MAX_DEPTH = 32;

    private Causes() {
    }

    /**
     * {@return the first non-null answer of {@code f} for {@code t} and its causes, or {@code null}}
     *
     * @param t the error, may be {@code null}
     * @param f asked of each error in the chain, outermost first
     * @param <T> the answer's type
     */
    public static <T> T first(Throwable t, Function<Throwable, T> f) {
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            T v = f.apply(t);
            if (v != null) {
                return v;
            }
            t = t.getCause();
        }
        return null;
    }
}
