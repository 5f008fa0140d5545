package dev.gonet.jvm.dns;

import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.internal.DnsMessage;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;

/**
 * One DNS question to one server, as Go 1.19's {@code Resolver.exchange} asks it: UDP first and
 * TCP when the answer is truncated (or TCP only with {@code use-vc}), each try with its own
 * timeout; UDP replies that do not match the query are ignored until the deadline (Go issue
 * 13281). Failures carry Go's text for the socket error, e.g.
 * {@code read udp 127.0.0.1:40000->127.0.0.1:53: i/o timeout}.
 */
final class DnsExchange {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DnsExchange() {
    }

    /** A failed exchange: Go's error text, and the {@code Timeout()}/{@code *OpError} facts tryOneName reads. */
    static final class Failure extends Exception {
        final boolean timeout;
        final boolean opError;

        Failure(String text, boolean timeout, boolean opError) {
            super(text);
            this.timeout = timeout;
            this.opError = opError;
        }
    }

    /**
     * Asks {@code server} ({@code host:port}) about {@code fqdn}; returns a parser whose question
     * has been read and checked.
     */
    static DnsMessage.Parser exchange(String server, String fqdn, int qtype, long timeoutMillis, boolean useTCP)
            throws Failure {
        int id = RANDOM.nextInt(0x10000);
        byte[] udpReq;
        try {
            udpReq = DnsMessage.query(id, DnsMessage.wire(fqdn), qtype);
        } catch (DnsMessage.FormatException e) {
            throw new Failure("cannot marshal DNS message", false, false);
        }
        InetSocketAddress to = socketAddress(server);
        String q = DnsMessage.wire(fqdn);
        for (String network : useTCP ? new String[] {"tcp"} : new String[] {"udp", "tcp"}) {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            DnsMessage.Parser p = network.equals("udp")
                    ? udp(to, server, id, q, qtype, udpReq, deadline)
                    : tcp(to, server, id, q, qtype, udpReq, deadline);
            try {
                if (p.skipQuestion()) {
                    throw new Failure("invalid DNS response", false, false);
                }
            } catch (DnsMessage.FormatException e) {
                throw new Failure("invalid DNS response", false, false);
            }
            if (!p.header().truncated()) {
                return p;
            }
            // RFC 5966: a truncated UDP answer is asked again over TCP.
        }
        throw new Failure("no answer from DNS server", false, false);
    }

    private static DnsMessage.Parser udp(InetSocketAddress to, String server, int id, String q, int qtype, byte[] req,
            long deadline) throws Failure {
        DatagramSocket s;
        try {
            s = new DatagramSocket();
            s.connect(to);
        } catch (IOException e) {
            throw new Failure("dial udp " + server + ": " + errnoText(e), false, true);
        }
        String conn = "udp " + text(s.getLocalAddress(), s.getLocalPort()) + "->" + server;
        try (s) {
            try {
                s.send(new DatagramPacket(req, req.length));
            } catch (IOException e) {
                throw new Failure("write " + conn + ": write: " + errnoText(e), false, true);
            }
            byte[] b = new byte[DnsMessage.MAX_PACKET];
            while (true) {
                int left = remainingMillis(deadline);
                if (left <= 0) {
                    throw new Failure("read " + conn + ": i/o timeout", true, true);
                }
                DatagramPacket in = new DatagramPacket(b, b.length);
                try {
                    s.setSoTimeout(left);
                    s.receive(in);
                } catch (SocketTimeoutException e) {
                    throw new Failure("read " + conn + ": i/o timeout", true, true);
                } catch (PortUnreachableException e) {
                    throw new Failure("read " + conn + ": read: connection refused", false, true);
                } catch (IOException e) {
                    throw new Failure("read " + conn + ": read: " + errnoText(e), false, true);
                }
                byte[] msg = new byte[in.getLength()];
                System.arraycopy(b, 0, msg, 0, msg.length);
                DnsMessage.Parser p = matching(msg, id, q, qtype);
                if (p != null) {
                    return p;
                }
                // A forged, stale or garbled reply: keep waiting for the real one.
            }
        }
    }

    private static DnsMessage.Parser tcp(InetSocketAddress to, String server, int id, String q, int qtype, byte[] req,
            long deadline) throws Failure {
        Socket s = new Socket();
        try (s) {
            try {
                s.connect(to, Math.max(1, remainingMillis(deadline)));
            } catch (SocketTimeoutException e) {
                throw new Failure("dial tcp " + server + ": i/o timeout", true, true);
            } catch (IOException e) {
                throw new Failure("dial tcp " + server + ": connect: " + errnoText(e), false, true);
            }
            String conn = "tcp " + text(s.getLocalAddress(), s.getLocalPort()) + "->" + server;
            try {
                OutputStream out = s.getOutputStream();
                byte[] framed = new byte[req.length + 2];
                framed[0] = (byte) (req.length >> 8);
                framed[1] = (byte) req.length;
                System.arraycopy(req, 0, framed, 2, req.length);
                out.write(framed);
                out.flush();
            } catch (IOException e) {
                throw new Failure("write " + conn + ": write: " + errnoText(e), false, true);
            }
            InputStream in;
            byte[] msg;
            try {
                in = s.getInputStream();
                byte[] len = readFull(s, in, new byte[2], deadline, conn);
                msg = readFull(s, in, new byte[(len[0] & 0xff) << 8 | len[1] & 0xff], deadline, conn);
            } catch (IOException e) {
                throw new Failure("read " + conn + ": read: " + errnoText(e), false, true);
            }
            DnsMessage.Parser p;
            DnsMessage.Question got;
            try {
                p = new DnsMessage.Parser(msg);
                got = p.question();
            } catch (DnsMessage.FormatException e) {
                throw new Failure("cannot unmarshal DNS message", false, false);
            }
            if (got == null) {
                throw new Failure("cannot unmarshal DNS message", false, false);
            }
            if (!checkResponse(p.header(), id, got, q, qtype)) {
                throw new Failure("invalid DNS response", false, false);
            }
            return p;
        } catch (IOException e) {
            throw new Failure("close tcp: " + errnoText(e), false, true);
        }
    }

    /** Go's io.ReadFull with the connection deadline: EOF and unexpected EOF keep Go's texts. */
    private static byte[] readFull(Socket s, InputStream in, byte[] b, long deadline, String conn)
            throws IOException, Failure {
        int n = 0;
        while (n < b.length) {
            int left = remainingMillis(deadline);
            if (left <= 0) {
                throw new Failure("read " + conn + ": i/o timeout", true, true);
            }
            s.setSoTimeout(left);
            int r;
            try {
                r = in.read(b, n, b.length - n);
            } catch (SocketTimeoutException e) {
                throw new Failure("read " + conn + ": i/o timeout", true, true);
            } catch (EOFException e) {
                r = -1;
            }
            if (r < 0) {
                throw new Failure(n == 0 ? "EOF" : "unexpected EOF", false, false);
            }
            n += r;
        }
        return b;
    }

    /** Go's {@code checkResponse} over a UDP datagram; {@code null} means ignore it. */
    private static DnsMessage.Parser matching(byte[] msg, int id, String q, int qtype) {
        try {
            DnsMessage.Parser p = new DnsMessage.Parser(msg);
            DnsMessage.Question got = p.question();
            return got != null && checkResponse(p.header(), id, got, q, qtype) ? p : null;
        } catch (DnsMessage.FormatException e) {
            return null;
        }
    }

    private static boolean checkResponse(DnsMessage.Header h, int id, DnsMessage.Question got, String q, int qtype) {
        return h.response() && h.id() == id && got.type() == qtype && got.cls() == DnsMessage.CLASS_INET
                && DnsMessage.equalASCIIName(q, got.name());
    }

    private static int remainingMillis(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, left));
    }

    /** The server is always an IP literal ({@code host:port}), so this never queries DNS. */
    private static InetSocketAddress socketAddress(String server) throws Failure {
        try {
            var hp = Net.splitHostPort(server);
            String host = hp.host();
            int pct = host.indexOf('%');
            IP ip = IP.parse(pct < 0 ? host : host.substring(0, pct));
            if (ip == null) {
                throw new Failure("dial udp " + server + ": invalid server address", false, false);
            }
            InetAddress a = pct < 0 ? InetAddress.getByAddress(ip.to4() != null ? ip.to4().bytes() : ip.bytes())
                    : InetAddress.getByName(host); // literal with zone: parsed, not resolved
            return new InetSocketAddress(a, Integer.parseInt(hp.port()));
        } catch (IOException | NumberFormatException e) {
            throw new Failure("dial udp " + server + ": " + e.getMessage(), false, false);
        }
    }

    /** Go's {@code UDPAddr.String()} for a socket's local end. */
    static String text(InetAddress a, int port) {
        return a == null ? ":" + port : Net.joinHostPort(IP.of(a.getAddress()).toString(), Integer.toString(port));
    }

    /** The errno text Go prints ({@code connection refused}), from the JDK's message. */
    static String errnoText(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        int paren = m.indexOf(" (");
        if (paren > 0) {
            m = m.substring(0, paren); // "Connection refused (Connection refused)" in older JDKs
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
