/**
 * gonet in the browser (compiled by TeaVM): the {@link dev.gonet.spi.Platform} over the page's
 * {@code WebSocket}, {@code fetch} and timers, with DNS over HTTPS. Exports what pages configure
 * ({@code WebPlatform}, {@code FetchTransport}); the JSO bindings stay inside. The descriptor is
 * for Java tools; TeaVM itself reads the classes.
 */
module dev.gonet.web {
    requires transitive dev.gonet;
    requires org.teavm.jso;
    requires org.teavm.jso.apis;
    requires teavm.interop; // @Async, AsyncCallback: how a parked green thread is resumed (Waiter)

    exports dev.gonet.web;

    provides dev.gonet.spi.Platform with dev.gonet.web.WebPlatform;
}
