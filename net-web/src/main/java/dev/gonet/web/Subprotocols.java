package dev.gonet.web;

import dev.gonet.Dialer;
import java.util.List;

/** The WebSocket subprotocols a dial offers, from the {@link Dialer}. */
final class Subprotocols {
    private Subprotocols() {
    }

    static List<String> of(Dialer d) {
        return List.of(); // TODO(ws-core): Dialer.subprotocols() once merged
    }
}
