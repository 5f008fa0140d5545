package dev.gonet.jvm.dns;

import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.dns.DNSClass;
import dev.gonet.dns.DNSFormatException;
import dev.gonet.dns.Header;
import dev.gonet.dns.Message;
import dev.gonet.dns.Name;
import dev.gonet.dns.Parser;
import dev.gonet.dns.Question;
import dev.gonet.dns.TCPFraming;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
    /** Go's {@code maxDNSPacketSize} (dnsflagday.net/2020), advertised with EDNS0. */
    static final int MAX_PACKET = 1232;

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
     * Go's {@code newRequest}: a recursive query for {@code fqdn} (which ends in a dot) with an
     * EDNS0 OPT record offering {@link #MAX_PACKET} bytes. This is the UDP form; over TCP it is
     * framed by its 2-byte length.
     */
    static byte[] query(int id, Name fqdn, int qtype) throws DNSFormatException {
        return Message.builder().id(id).recursionDesired(true).question(new Question(fqdn, qtype))
                .edns(MAX_PACKET, false).build().pack();
    }

    /**
     * Asks {@code server} ({@code host:port}) about {@code fqdn}; returns a parser whose question
     * has been read and checked.
     */
    static Parser exchange(String server, String fqdn, int qtype, long timeoutMillis, boolean useTCP)
            throws Failure {
        int id = RANDOM.nextInt(0x10000);
        byte[] udpReq;
        Name q;
        try {
            q = Name.parse(fqdn);
            udpReq = query(id, q, qtype);
        } catch (DNSFormatException e) {
            throw new Failure("cannot marshal DNS message", false, false);
        }
        InetSocketAddress to = socketAddress(server);
        for (String network : useTCP ? new String[] {"tcp"} : new String[] {"udp", "tcp"}) {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            Parser p = network.equals("udp")
                    ? udp(to, server, id, q, qtype, udpReq, deadline)
                    : tcp(to, server, id, q, qtype, udpReq, deadline);
            try {
                if (p.skipQuestion()) {
                    throw new Failure("invalid DNS response", false, false);
                }
            } catch (DNSFormatException e) {
                throw new Failure("invalid DNS response", false, false);
            }
            if (!p.header().truncated()) {
                return p;
            }
            // RFC 5966: a truncated UDP answer is asked again over TCP.
        }
        throw new Failure("no answer from DNS server", false, false);
    }

    private static Parser udp(InetSocketAddress to, String server, int id, Name q, int qtype, byte[] req,
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
            byte[] b = new byte[MAX_PACKET];
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
                Parser p = matching(msg, id, q, qtype);
                if (p != null) {
                    return p;
                }
                // A forged, stale or garbled reply: keep waiting for the real one.
            }
        }
    }

    private static Parser tcp(InetSocketAddress to, String server, int id, Name q, int qtype, byte[] req,
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
                TCPFraming.write(s.getOutputStream(), req);
            } catch (IOException e) {
                throw new Failure("write " + conn + ": write: " + errnoText(e), false, true);
            }
            byte[] msg;
            try {
                msg = TCPFraming.read(deadlineBound(s, s.getInputStream(), deadline));
            } catch (SocketTimeoutException e) {
                throw new Failure("read " + conn + ": i/o timeout", true, true);
            } catch (EOFException e) {
                throw new Failure(e.getMessage(), false, false); // Go's io.ReadFull texts
            } catch (IOException e) {
                throw new Failure("read " + conn + ": read: " + errnoText(e), false, true);
            }
            Parser p;
            Question got;
            try {
                p = new Parser(msg);
                got = p.question();
            } catch (DNSFormatException e) {
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

    /**
     * The socket's stream with the exchange's deadline applied to every read: what is left of
     * it becomes the socket timeout, and none left is a {@link SocketTimeoutException}.
     */
    private static InputStream deadlineBound(Socket s, InputStream in, long deadline) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int left = remainingMillis(deadline);
                if (left <= 0) {
                    throw new SocketTimeoutException("deadline");
                }
                s.setSoTimeout(left);
                return in.read(b, off, len);
            }
        };
    }

    /** Go's {@code checkResponse} over a UDP datagram; {@code null} means ignore it. */
    private static Parser matching(byte[] msg, int id, Name q, int qtype) {
        try {
            Parser p = new Parser(msg);
            Question got = p.question();
            return got != null && checkResponse(p.header(), id, got, q, qtype) ? p : null;
        } catch (DNSFormatException e) {
            return null;
        }
    }

    private static boolean checkResponse(Header h, int id, Question got, Name q, int qtype) {
        return h.response() && h.id() == id && got.type() == qtype && got.cls() == DNSClass.INET
                && q.equalsIgnoreCase(got.name());
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
