package dev.gonet.http;

import dev.gonet.Net;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Our {@link Server} on a {@code mem} listener and a {@link Client} whose transport dials it
 * whatever host a URL names: the real peer for client tests in net-api, which has no platform
 * but {@link TestThreads}. Server-side connection states are recorded, so tests can count
 * connections.
 */
final class ClientFixture implements AutoCloseable {
    final TestServer server;
    final List<ConnState> states = Collections.synchronizedList(new ArrayList<>());
    final Transport transport;
    final Client client;

    private ClientFixture(Handler h, UnaryOperator<Server> serverConfig, UnaryOperator<Transport> transportConfig)
            throws IOException {
        server = TestServer.start(h, srv -> serverConfig.apply(srv.withConnState((c, s) -> states.add(s))));
        transport = transportConfig.apply(memTransport(server.name()));
        client = new Client(transport);
    }

    static ClientFixture start(Handler h) throws IOException {
        return new ClientFixture(h, s -> s, t -> t);
    }

    static ClientFixture start(Handler h, UnaryOperator<Server> serverConfig, UnaryOperator<Transport> transportConfig)
            throws IOException {
        return new ClientFixture(h, serverConfig, transportConfig);
    }

    /** A transport that reaches mem listener {@code name} for every URL, never through a proxy. */
    static Transport memTransport(String name) {
        return new Transport().withProxy(null).withPlatform(TestThreads.INSTANCE)
                .withDial((network, addr) -> Net.dial("mem", name));
    }

    /** Connections the server has accepted so far. */
    int connections() {
        synchronized (states) {
            return (int) states.stream().filter(s -> s == ConnState.NEW).count();
        }
    }

    int closed() {
        synchronized (states) {
            return (int) states.stream().filter(s -> s == ConnState.CLOSED).count();
        }
    }

    static String read(Response r) throws IOException {
        try (var b = r.body()) {
            return new String(b.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws Exception {
        transport.closeIdleConnections();
        server.close();
    }
}
