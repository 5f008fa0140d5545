/**
 * gonet on the JVM: the {@link dev.gonet.spi.Platform} with TCP, UDP and Unix sockets, the
 * system resolver and JSSE TLS, found by {@code dev.gonet}'s service loader. Exports what users
 * configure directly ({@code JvmPlatform}, {@code SystemResolver}, {@code DirFileSystem}); the
 * poller, the UDP and TLS machinery stay inside.
 */
module dev.gonet.jvm {
    requires transitive dev.gonet;
    requires jdk.net;

    exports dev.gonet.jvm;
    exports dev.gonet.jvm.dns;
    exports dev.gonet.jvm.http;

    provides dev.gonet.spi.Platform with dev.gonet.jvm.JvmPlatform;
    provides dev.gonet.spi.TLSProvider with dev.gonet.jvm.tls.JsseTLSProvider;
}
