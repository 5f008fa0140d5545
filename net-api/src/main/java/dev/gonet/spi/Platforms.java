package dev.gonet.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the one {@link Platform} on the classpath, once, and caches it. TeaVM resolves the
 * {@code ServiceLoader} call at compile time, so the browser bundle gets net-web's platform.
 */
public final class Platforms {
    /** The message when nothing provides a platform: it says which module to add. */
    static final String NONE_FOUND = "no gonet Platform found: add dev.gonet:net-native to the classpath on the JVM, "
            + "or dev.gonet:net-web when compiling for the browser with TeaVM";

    private static Platform cached; // guarded by Platforms.class

    private Platforms() {
    }

    /**
     * {@return the platform of this runtime}
     *
     * @throws IllegalStateException if none or more than one is on the classpath; the message
     *                               names the module to add ({@code dev.gonet:net-native} on the
     *                               JVM, {@code dev.gonet:net-web} with TeaVM)
     *
     */
    public static synchronized Platform get() {
        if (cached == null) {
            cached = select(ServiceLoader.load(Platform.class).iterator());
        }
        return cached;
    }

    /** What {@link #get()} does, with the providers visible to {@code loader}, uncached. */
    static Platform lookup(ClassLoader loader) {
        return select(ServiceLoader.load(Platform.class, loader).iterator());
    }

    /** Picks exactly one platform from what the service loader found. */
    static Platform select(Iterator<Platform> found) {
        List<Platform> all = new ArrayList<>();
        while (found.hasNext()) {
            all.add(found.next());
        }
        if (all.isEmpty()) {
            throw new IllegalStateException(NONE_FOUND);
        }
        if (all.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (Platform p : all) {
                names.append(names.length() == 0 ? "" : ", ").append(p.name())
                        .append(" (").append(p.getClass().getName()).append(')');
            }
            throw new IllegalStateException("more than one gonet Platform on the classpath: " + names
                    + "; keep exactly one of dev.gonet:net-native (JVM) and dev.gonet:net-web (browser)");
        }
        return all.get(0);
    }
}
