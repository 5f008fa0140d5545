package dev.gonet.web;

import dev.gonet.Addr;

/**
 * An address in the browser: the peer of a WebSocket ({@code ws}/{@code wss} and the URL's
 * {@code host:port}), the TCP target of a relayed dial ({@code tcp} and {@code host:port}), or
 * this end, which a page cannot know ({@link #BROWSER}).
 */
record WebAddr(String network, String address) implements Addr {
    /** The text of a browser's own end of a connection: pages are not told their socket address. */
    static final String BROWSER = "browser";

    /** This end of a connection on {@code network}. */
    static WebAddr local(String network) {
        return new WebAddr(network, BROWSER);
    }

    @Override
    public String toString() {
        return address;
    }
}
