package dev.gonet.demo;

import dev.gonet.Net;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link DemoServer#main}: options, the start line, errors a person can
 * act on, and a graceful stop on Ctrl-C. Kept apart from the server so tests can run it with
 * their own streams.
 */
final class DemoMain {
    private DemoMain() {
    }

    static final String USAGE = """
            usage: DemoServer [--port N | --addr HOST:PORT] [--root DIR]... [--relay-allow HOST:PORT]...
                              [--allow-host HOST[:PORT]]... [--tcp-echo PORT|off]
              --port N         listen on 127.0.0.1:N (default 8080; 0 picks a free port)
              --addr HOST:PORT listen there instead (Go syntax: ":8080" is every interface)
              --root DIR       serve files from DIR before the built-in pages (repeatable)
              --relay-allow HOST:PORT
                               let /ws/relay connect pages to this TCP target (HOST:* for any
                               port; repeatable; none by default: the relay refuses everything
                               but the TCP echo)
              --allow-host HOST[:PORT]
                               also answer requests whose Host is this name (the port listened
                               on when none is given; repeatable). By default only the server's
                               own address is answered: the loopback address and port it listens
                               on, and localhost with that port; other Hosts get 421, which keeps
                               DNS-rebound pages out
              --tcp-echo PORT|off
                               the TCP echo service for the relay demo, on 127.0.0.1:PORT (loopback
                               only; default 0: a free port), which the relay always allows; off:
                               none""";

    /**
     * Parsed options; {@code addr} is 127.0.0.1:8080 unless told otherwise; {@code tcpEchoPort}
     * is 0 (a free port) unless told, -1 for none.
     */
    record Options(String addr, List<Path> roots, List<String> relayAllow, List<String> allowHosts, int tcpEchoPort) {
        Options(String addr, List<Path> roots) {
            this(addr, roots, List.of(), List.of(), 0);
        }
    }

    static Options parse(String[] args) {
        String addr = "127.0.0.1:8080";
        List<Path> roots = new ArrayList<>();
        List<String> relayAllow = new ArrayList<>();
        List<String> allowHosts = new ArrayList<>();
        int tcpEcho = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!List.of("--port", "--addr", "--root", "--relay-allow", "--allow-host", "--tcp-echo").contains(a)) {
                throw new IllegalArgumentException("unknown argument " + a);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--port" -> addr = Net.joinHostPort("127.0.0.1", Integer.toString(port(v)));
                case "--addr" -> addr = v;
                case "--relay-allow" -> relayAllow.add(relayTarget(v));
                case "--allow-host" -> allowHosts.add(allowHost(v));
                case "--tcp-echo" -> tcpEcho = v.equals("off") ? -1 : port(v);
                default -> roots.add(Path.of(v).toAbsolutePath().normalize());
            }
        }
        return new Options(addr, roots, relayAllow, allowHosts, tcpEcho);
    }

    /** A Host to answer: a name or address, with or without a port, as a browser would send it. */
    private static String allowHost(String v) {
        try {
            HostAllowlist.parse(v, "0");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--allow-host " + v + ": " + e.getMessage());
        }
        if (v.isEmpty() || v.contains("/") || v.contains("@") || v.contains("*")) {
            throw new IllegalArgumentException("--allow-host " + v + ": want HOST or HOST:PORT");
        }
        return v;
    }

    /** A relay target must be host:port with a port, as the page will ask for it. */
    private static String relayTarget(String v) {
        try {
            if (!Net.splitHostPort(v).port().isEmpty()) {
                return v;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--relay-allow " + v + ": " + e.getMessage());
        }
        throw new IllegalArgumentException("--relay-allow " + v + ": missing port");
    }

    private static int port(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid port " + v + " (want 0 to 65535)");
    }

    /**
     * Starts the server and blocks until the JVM is stopped (Ctrl-C, SIGTERM); returns the
     * exit code when it cannot start: 2 for bad arguments, 1 when listening or reading the
     * files failed.
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("gonet demo: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        DemoServer s;
        try {
            s = DemoServer.start(o.addr(), o.roots(), o.relayAllow(), o.allowHosts(), o.tcpEchoPort());
        } catch (IOException e) {
            err.println("gonet demo: " + e.getMessage());
            if (Sentinel.ADDRESS_IN_USE.in(e) && e.getMessage().startsWith("tcp echo:")) {
                err.println("gonet demo: the TCP echo's port is taken; pick another with --tcp-echo 9007 (0: any free one)");
            } else if (Sentinel.ADDRESS_IN_USE.in(e)) {
                err.println("gonet demo: the port is taken; pick another with -Ddemo.port=9000 (Maven) or --port 9000");
            }
            return 1;
        }
        // On Ctrl-C the JVM runs this hook before exiting: let requests in flight finish.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("gonet demo: shutting down");
            s.close();
            out.println("gonet demo: stopped");
            out.flush();
        }, "gonet demo shutdown"));
        out.println("gonet demo: serving on " + s.url() + "  (Ctrl-C to stop)");
        if (s.tcpEcho() != null) {
            out.println("gonet demo: tcp echo on " + s.tcpEcho() + " (the relay allows it)");
        }
        out.flush();
        s.awaitStop();
        return 0;
    }
}
