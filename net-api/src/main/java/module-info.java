/**
 * gonet's shared API: Go's {@code net} and {@code net/http} for Java, plain code that also runs
 * in the browser (compiled by TeaVM). Exports the public packages only; the two internal ones go
 * to gonet's own platform modules and its test kit, nowhere else. A runtime needs one
 * {@link dev.gonet.spi.Platform}: {@code dev.gonet.jvm} (net-native) provides it on the JVM.
 */
module dev.gonet {
    exports dev.gonet;
    exports dev.gonet.dns;
    exports dev.gonet.http;
    exports dev.gonet.http.cookiejar;
    exports dev.gonet.spi;
    exports dev.gonet.tls;
    exports dev.gonet.url;
    exports dev.gonet.ws;

    exports dev.gonet.internal to dev.gonet.jvm, dev.gonet.web, dev.gonet.testkit;
    exports dev.gonet.dns.internal to dev.gonet.jvm, dev.gonet.web, dev.gonet.testkit;

    uses dev.gonet.spi.Platform;
    uses dev.gonet.spi.TLSProvider;
}
