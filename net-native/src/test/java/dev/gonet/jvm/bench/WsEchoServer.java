package dev.gonet.jvm.bench;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.ws.WebSocket;
import java.io.IOException;

/**
 * gonet's contender in the WebSocket server benchmark ({@code scripts/bench-ws.sh server}):
 * {@code WebSocket.handler} on gonet's {@link Server}, echoing every byte it reads at {@code /},
 * one binary message per read, as {@code demo-site}'s {@code /ws/echo} does. The read size is
 * the second argument (default 64 KiB): the script sets it to the message size, so a read never
 * spans two queued messages and every message comes back as one message, as npm ws echoes them
 * (a larger read would merge queued messages and send the client fewer, larger ones).
 * Prints {@code LISTEN host:port} once ready and exits when its standard input closes.
 */
public final class WsEchoServer {
    private WsEchoServer() {
    }

    public static void main(String[] args) throws Exception {
        String addr = args.length > 0 ? args[0] : "127.0.0.1:0";
        int readSize = args.length > 1 ? Integer.parseInt(args[1]) : 64 * 1024;
        ServeMux mux = new ServeMux();
        // The message size is the script's to choose: the limit follows it past the 32 KiB default.
        WebSocket.Options opts = new WebSocket.Options()
                .withMaxMessageSize(Math.max(readSize, WebSocket.DEFAULT_MAX_MESSAGE_SIZE));
        mux.handle("GET /", WebSocket.handler(opts, (c, r) -> {
            byte[] buf = new byte[readSize];
            for (int n; (n = c.read(buf)) >= 0; ) {
                c.write(buf, 0, n);
            }
        }));
        Server srv = new Server(addr, mux);
        Listener ln = Net.listen("tcp", addr);
        Thread.ofPlatform().name("accept").start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(2);
            }
        });
        BenchProcess.listeningUntilStdinCloses(ln.addr());
    }
}
