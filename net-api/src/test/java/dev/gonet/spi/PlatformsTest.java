package dev.gonet.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.PacketConn;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformsTest {

    /** A platform that is only ever named, never used. */
    private record Named(String name) implements Platform {
        @Override
        public Conn dial(Dialer d, String network, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Listener listen(ListenConfig lc, String network, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PacketConn listenPacket(ListenConfig lc, String network, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public dev.gonet.Resolver resolver() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Thread startThread(String name, Runnable task) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Cancel schedule(long delayMillis, Runnable task) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void noProviderNamesTheModulesToAdd() {
        ClassLoader empty = new URLClassLoader(new URL[0], null); // sees no META-INF/services at all
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Platforms.lookup(empty));
        assertEquals(Platforms.NONE_FOUND, e.getMessage());
        assertTrue(e.getMessage().contains("dev.gonet:net-native"), "message names net-native: " + e.getMessage());
        assertTrue(e.getMessage().contains("dev.gonet:net-web"), "message names net-web: " + e.getMessage());
        assertTrue(e.getMessage().contains("TeaVM"), "message mentions TeaVM: " + e.getMessage());
    }

    @Test
    void netApiAloneHasNoPlatform() {
        // net-api's own test classpath has no provider: the public lookup fails the same way.
        IllegalStateException e = assertThrows(IllegalStateException.class, Platforms::get);
        assertEquals(Platforms.NONE_FOUND, e.getMessage());
    }

    @Test
    void exactlyOne() {
        Named jvm = new Named("jvm");
        assertSame(jvm, Platforms.select(List.<Platform>of(jvm).iterator()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Platforms.select(List.<Platform>of(jvm, new Named("web")).iterator()));
        assertTrue(e.getMessage().startsWith("more than one gonet Platform on the classpath: jvm ("),
                "two providers: " + e.getMessage());
        assertTrue(e.getMessage().contains("web ("), "names both: " + e.getMessage());
    }
}
