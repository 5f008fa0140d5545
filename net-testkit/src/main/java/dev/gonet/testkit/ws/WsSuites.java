package dev.gonet.testkit.ws;

import dev.gonet.http.Header;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.ws.ClientHandshake;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.ControlHandler;
import dev.gonet.ws.Frame;
import dev.gonet.ws.FrameReader;
import dev.gonet.ws.FrameWriter;
import dev.gonet.ws.Handshake;
import dev.gonet.ws.HandshakeException;
import dev.gonet.ws.Message;
import dev.gonet.ws.MessageReader;
import dev.gonet.ws.MessageType;
import dev.gonet.ws.Role;
import dev.gonet.ws.ServerHandshake;
import dev.gonet.ws.WebSocketException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The WebSocket codec's portable checks: the hand-written SHA-1 and UTF-8 validator, golden
 * frames, violation codes, the close handshake and the opening handshake, so the browser
 * bundles run (and TeaVM compiles) the same codec the JVM does. The full tables live in the
 * JUnit tests beside each class in {@code dev.gonet.ws}.
 */
public final class WsSuites {
    private WsSuites() {
    }

    private static final String S = "WebSocket/Codec";

    /** {@return the WebSocket codec suites} */
    public static List<Suite> all() {
        return List.of(new Suite() {
            @Override
            public String name() {
                return S;
            }

            @Override
            public List<Case> cases() {
                return codecCases();
            }
        });
    }

    static byte[] hex(String s) {
        String t = s.replace(" ", "");
        byte[] b = new byte[t.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (Character.digit(t.charAt(2 * i), 16) << 4 | Character.digit(t.charAt(2 * i + 1), 16));
        }
        return b;
    }

    static String hexOf(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(s.length() > 0 ? " " : "").append(Character.forDigit(x >> 4 & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }

    /** One byte per read, as the JVM tests feed every parser. */
    static InputStream oneByte(byte[] b) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < b.length ? b[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] dst, int off, int len) {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                dst[off] = (byte) c;
                return 1;
            }
        };
    }

    /** Records what the reader asks the connection to send. */
    static final class Sent implements ControlHandler {
        final List<String> events = new ArrayList<>();

        @Override
        public void sendPong(byte[] payload) {
            events.add("pong " + payload.length);
        }

        @Override
        public void sendClose(int code, String reason) {
            events.add("close " + code);
        }
    }

    /** The close code {@code role} fails with reading {@code wire}, after reading its frames; -1 if none. */
    static int failureCode(Role role, byte[] wire) throws IOException {
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), role, 1000);
        try {
            while (true) {
                r.readFrame();
            }
        } catch (WebSocketException e) {
            return e.code();
        }
    }

    private record AcceptCase(String key, String accept) {
    }

    private record ViolationCase(Role role, String hex, int code) {
    }

    private static List<Case> codecCases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case(S, "accept key of RFC 6455 §1.3", () -> Check.equal("computeAccept(dGhlIHNhbXBsZSBub25jZQ==)",
                Handshake.computeAccept("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")));
        c.add(new Case(S, "accept keys across SHA-1 padding boundaries", () -> {
            // Keys of 0, 19, 20, 27 and 28 characters put key+GUID at 36, 55, 56, 63 and 64 bytes.
            AcceptCase[] rows = {
                // Values from the JDK's MessageDigest and Base64.
                new AcceptCase("", "Kfh9QIsMVZcl6xEPYxPHzW8SZ8w="),
                new AcceptCase("0123456789012345678", "jbdRz+qXOeJkF8OeqyGzvnS2RFI="),
                new AcceptCase("01234567890123456789", "bfojMczDg3dsICcPBQt2lgLayVA="),
                new AcceptCase("012345678901234567890123456", "BTNkeq6AVknUvF2yyd4Nxi6EQ9Q="),
                new AcceptCase("0123456789012345678901234567", "L/LxVrWLCNmdeLz0onIT/zC6v8g="),
            };
            for (AcceptCase row : rows) {
                Check.equal("computeAccept(\"" + row.key() + "\")", Handshake.computeAccept(row.key()), row.accept());
            }
        }));
        c.add(new Case(S, "RFC 6455 §5.7 frames read", () -> {
            for (boolean slow : new boolean[] {false, true}) {
                byte[] masked = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58");
                FrameReader r = new FrameReader(slow ? oneByte(masked) : new ByteArrayInputStream(masked), Role.SERVER);
                Check.equal("masked Hello", r.readFrame(), Frame.text("Hello"));
                byte[] frag = hex("01 03 48 65 6c 89 00 80 02 6c 6f");
                r = new FrameReader(slow ? oneByte(frag) : new ByteArrayInputStream(frag), Role.CLIENT);
                Check.equal("first fragment", r.readFrame().length(), 3);
                Check.equal("ping", r.readFrame(), Frame.ping(new byte[0]));
                Check.equal("last fragment fin", r.readFrame().fin(), true);
            }
        }));
        c.add(new Case(S, "RFC 6455 §5.7 frames written", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Random key = new Random() {
                @Override
                public int nextInt() {
                    return 0x37fa213d;
                }
            };
            new FrameWriter(out, Role.CLIENT, key).writeText("Hello");
            new FrameWriter(out, Role.SERVER, null, 3).writeText("Hello");
            new FrameWriter(out, Role.SERVER, null).writeBinary(new byte[256]);
            Check.equal("wire", hexOf(out.toByteArray()).substring(0, 3 * 24 - 1),
                    "81 85 37 fa 21 3d 7f 9f 4d 51 58 01 03 48 65 6c 80 02 6c 6f 82 7e 01 00");
        }));
        c.add(new Case(S, "violations map to close codes", () -> {
            ViolationCase[] rows = {
                new ViolationCase(Role.SERVER, "c1 80 00 00 00 00", 1002),
                new ViolationCase(Role.SERVER, "83 80 00 00 00 00", 1002),
                new ViolationCase(Role.SERVER, "81 00", 1002),
                new ViolationCase(Role.CLIENT, "81 80 00 00 00 00", 1002),
                new ViolationCase(Role.CLIENT, "09 00", 1002),
                new ViolationCase(Role.CLIENT, "80 00", 1002),
                new ViolationCase(Role.CLIENT, "82 7e 00 05", 1002),
                new ViolationCase(Role.CLIENT, "82 7f 80 00 00 00 00 00 00 00", 1002),
                new ViolationCase(Role.CLIENT, "82 7f 00 00 00 00 00 01 00 00", 1009),
                new ViolationCase(Role.CLIENT, "81 02 c0 80", 1007),
                new ViolationCase(Role.CLIENT, "01 01 ed 80 02 a0 80", 1007),
                new ViolationCase(Role.CLIENT, "81 02 e2 82", 1007),
                new ViolationCase(Role.CLIENT, "88 01 03", 1002),
                new ViolationCase(Role.CLIENT, "88 02 03 ed", 1002),
                new ViolationCase(Role.CLIENT, "88 03 03 e8 ff", 1007),
                new ViolationCase(Role.CLIENT, "81 05 48", 1006),
            };
            for (ViolationCase row : rows) {
                Check.equal(row.role() + " reads " + row.hex(), failureCode(row.role(), hex(row.hex())), row.code());
            }
        }));
        c.add(new Case(S, "UTF-8 split across fragments", () -> {
            String text = "a\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff€😀é";
            for (int size = 1; size <= 8; size++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new FrameWriter(out, Role.CLIENT, new Random(size), size).writeText(text);
                MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(out.toByteArray()), Role.SERVER), new Sent());
                Check.equal("fragment size " + size, r.readMessage().text(), text);
            }
        }));
        c.add(new Case(S, "round trip with pings and the close handshake", () -> {
            Random rnd = new Random(42);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FrameWriter w = new FrameWriter(out, Role.SERVER, null, 100);
            List<Message> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] b = new byte[rnd.nextInt(300)];
                rnd.nextBytes(b);
                sent.add(Message.binary(b));
                w.writeMessage(MessageType.BINARY, b);
                w.writePing(new byte[i]);
            }
            w.writeClose(4000, "bye");
            Sent control = new Sent();
            MessageReader r = new MessageReader(new FrameReader(oneByte(out.toByteArray()), Role.CLIENT), control);
            List<Message> got = new ArrayList<>();
            CloseException end = null;
            while (end == null) {
                try {
                    got.add(r.readMessage());
                } catch (CloseException e) {
                    end = e;
                }
            }
            Check.equal("messages", got, sent);
            Check.equal("close text", end.getMessage(), "received close frame: status = StatusCode(4000) and reason = \"bye\"");
            Check.equal("last sent", control.events.get(control.events.size() - 1), "close 4000");
            Check.equal("sent", control.events.size(), 21);
            Check.equal("state", r.state(), MessageReader.State.CLOSED);
        }));
        c.add(new Case(S, "opening handshake both ends", () -> {
            ClientHandshake client = new ClientHandshake(new Random(1), "v2", "v1");
            Header req = client.requestHeader();
            ServerHandshake.Accepted a = new ServerHandshake().withSubprotocols("v1", "v2").accept("GET", "HTTP/1.1", "h", req);
            Check.equal("server picks", a.subprotocol(), "v2");
            Check.equal("client sees", client.verify(101, a.responseHeader()), "v2");
            req.set("Sec-WebSocket-Version", "8");
            HandshakeException e = Check.raises(HandshakeException.class, "version 8",
                    () -> new ServerHandshake().accept("GET", "HTTP/1.1", "h", req));
            Check.equal("status", e.status(), 426);
            Check.equal("header", e.header().get("Sec-WebSocket-Version"), "13");
        }));
        return c;
    }
}
