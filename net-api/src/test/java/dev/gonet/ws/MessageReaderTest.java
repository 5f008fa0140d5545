package dev.gonet.ws;

import static dev.gonet.ws.Wire.ascii;
import static dev.gonet.ws.Wire.cat;
import static dev.gonet.ws.Wire.closePayload;
import static dev.gonet.ws.Wire.filled;
import static dev.gonet.ws.Wire.fromClient;
import static dev.gonet.ws.Wire.fromServer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Failures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Message assembly, pings and pongs, and the close handshake state machine, with whole and one-byte input. */
class MessageReaderTest {
    private static final byte[] HELLO_FRAGMENTS_WITH_PING = cat(fromClient(0x01, ascii("Hel")), fromClient(0x89, ascii("p")),
            fromClient(0x00, ascii("l")), fromClient(0x8A, ascii("q")), fromClient(0x80, ascii("o")));

    private record ScenarioCase(String name, byte[] wire, String transcript) {
    }

    /** Name, bytes a server reads, expected transcript. */
    private static final ScenarioCase[] SCENARIOS = {
        new ScenarioCase("fragments with control frames between", HELLO_FRAGMENTS_WITH_PING,
            "onPing \"p\"; pong \"p\"; onPong \"q\"; msg TEXT \"Hello\"; end 1006"),
        new ScenarioCase("peer closes with 1000 and a reason", cat(fromClient(0x88, closePayload(1000, "bye")), fromClient(0x81, ascii("never read"))),
            "close 1000 \"\"; end 1000"),
        new ScenarioCase("peer closes without status: reply 1000", fromClient(0x88, new byte[0]),
            "close 1000 \"\"; end 1005"),
        new ScenarioCase("peer closes with 4001: echoed", fromClient(0x88, closePayload(4001, "x")),
            "close 4001 \"\"; end 4001"),
        new ScenarioCase("close in the middle of a fragmented message", cat(fromClient(0x01, ascii("a")), fromClient(0x88, closePayload(1001, ""))),
            "close 1001 \"\"; end 1001"),
        new ScenarioCase("violation: close 1002 with the text as reason", fromClient(0x83, new byte[0]),
            "close 1002 \"received unknown opcode 3\"; end 1002"),
        new ScenarioCase("bad UTF-8: close 1007", fromClient(0x81, Wire.hex("c0 80")),
            "close 1007 \"received invalid UTF-8 in text message\"; end 1007"),
        new ScenarioCase("too big: close 1009", fromClient(0x82, filled(65, 0)),
            "close 1009 \"read limited at 64 bytes\"; end 1009"),
        new ScenarioCase("EOF: nothing sent", fromClient(0x81, ascii("a")), "msg TEXT \"a\"; end 1006"),
        new ScenarioCase("EOF in a frame: nothing sent", Wire.hex("81 85 00"), "end 1006"),
        new ScenarioCase("messages, binary and empty", cat(fromClient(0x82, Wire.hex("00 ff")), fromClient(0x81, new byte[0]),
            fromClient(0x02, new byte[0]), fromClient(0x80, new byte[0])),
            "msg BINARY 2 bytes; msg TEXT \"\"; msg BINARY \"\"; end 1006"),
    };

    @Test
    void scenarios() {
        Failures f = new Failures();
        for (ScenarioCase row : SCENARIOS) {
            for (Wire.Feed feed : Wire.feeds()) {
                f.row();
                f.expect(row.name() + " (" + feed.name() + ")", Transcript.of(Role.SERVER, feed.of(row.wire()), 64),
                        row.transcript());
            }
        }
        f.done(22);
    }

    @Test
    void closeExceptionIsFinalAndTheStreamIsNotReadFurther() throws IOException {
        byte[] wire = cat(fromClient(0x81, ascii("hi")), fromClient(0x88, closePayload(1000, "bye")), fromClient(0x81, ascii("x")));
        Wire.OneByte in = new Wire.OneByte(wire);
        Transcript t = new Transcript();
        MessageReader r = new MessageReader(new FrameReader(in, Role.SERVER), t);
        assertEquals(MessageReader.State.OPEN, r.state());
        assertEquals("hi", r.readMessage().text());
        CloseException e = assertThrows(CloseException.class, r::readMessage);
        assertEquals("received close frame: status = StatusNormalClosure and reason = \"bye\"", e.getMessage());
        assertEquals("bye", e.reason());
        assertSame(e, assertThrows(CloseException.class, r::readMessage));
        assertSame(e, r.awaitClose());
        assertEquals(wire.length - 7, in.position(), "stopped after the close frame");
        assertEquals(MessageReader.State.CLOSED, r.state());
        assertEquals(false, r.beginClose(), "the reply was this side's close");
        assertEquals("close 1000 \"\"", t.toString());
    }

    @Test
    void closingFromThisSide() throws IOException {
        for (Wire.Feed feed : Wire.feeds()) {
            // After beginClose: data is discarded, pings are seen but not answered, the peer's close is not answered.
            byte[] wire = cat(fromServer(0x01, ascii("a")), fromServer(0x89, ascii("p")), fromServer(0x80, ascii("b")),
                    fromServer(0x82, filled(40, 1)), fromServer(0x8A, ascii("q")), fromServer(0x88, closePayload(1000, "ok")));
            Transcript t = new Transcript();
            MessageReader r = new MessageReader(new FrameReader(feed.of(wire), Role.CLIENT), t);
            assertThrows(IllegalStateException.class, r::awaitClose);
            assertTrue(r.beginClose());
            assertEquals(false, r.beginClose());
            assertEquals(MessageReader.State.CLOSE_SENT, r.state());
            CloseException e = r.awaitClose();
            assertEquals(1000, e.code());
            assertEquals("ok", e.reason());
            assertEquals(MessageReader.State.CLOSED, r.state());
            assertEquals("onPing \"p\"; onPong \"q\"", t.toString(), feed.name());
            assertSame(e, assertThrows(CloseException.class, r::readMessage));
        }
    }

    @Test
    void readingGoesOnAfterBeginClose() throws IOException {
        // RFC 6455 §5.5.1: the peer may still send data until it sees our close; readMessage returns it.
        byte[] wire = cat(fromServer(0x81, ascii("late")), fromServer(0x89, new byte[0]), fromServer(0x88, new byte[0]));
        Transcript t = new Transcript();
        MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(wire), Role.CLIENT), t);
        assertTrue(r.beginClose());
        assertEquals("late", r.readMessage().text());
        assertEquals(1005, assertThrows(CloseException.class, r::readMessage).code());
        assertEquals("onPing \"\"", t.toString());
    }

    @Test
    void violationAfterBeginCloseSendsNothing() {
        Transcript t = new Transcript();
        MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(fromClient(0x81, ascii("x"))), Role.CLIENT), t);
        r.beginClose();
        WebSocketException e = assertThrows(WebSocketException.class, r::awaitClose);
        assertEquals("received masked frame from server", e.getMessage());
        assertEquals("", t.toString());
        assertEquals(MessageReader.State.CLOSED, r.state());
    }

    @Test
    void failedReplyIsSuppressedNotThrown() {
        Transcript t = new Transcript();
        t.closeFailure = new IOException("broken pipe");
        MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(fromServer(0x88, closePayload(1001, ""))),
                Role.CLIENT), t);
        CloseException e = assertThrows(CloseException.class, r::readMessage);
        assertEquals(1001, e.code());
        assertSame(t.closeFailure, e.getSuppressed()[0]);
    }

    @Test
    void resumesAMessageAfterStreamFailure() throws IOException {
        byte[] big = filled(70_000, 'z');
        byte[] wire = cat(HELLO_FRAGMENTS_WITH_PING, fromClient(0x02, big), fromClient(0x80, big), fromClient(0x88, new byte[0]));
        Transcript t = new Transcript();
        MessageReader r = new MessageReader(new FrameReader(new Wire.Stuttering(wire, 1000), Role.SERVER), t);
        List<Message> got = new ArrayList<>();
        while (true) {
            try {
                got.add(r.readMessage());
            } catch (CloseException e) {
                break;
            } catch (IOException e) {
                assertEquals(Wire.Stuttering.TEXT, e.getMessage());
            }
        }
        assertEquals(List.of(Message.text("Hello"), Message.binary(cat(big, big))), got);
        assertEquals("onPing \"p\"; pong \"p\"; onPong \"q\"; close 1000 \"\"", t.toString());
    }

    @Test
    void onlyOneCloseEverLeaves() throws InterruptedException {
        // Many threads race for the close while the reader fails the connection: exactly one wins.
        for (int round = 0; round < 50; round++) {
            Transcript t = new Transcript();
            MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(fromServer(0x83, new byte[0])),
                    Role.CLIENT), t);
            AtomicInteger wins = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread th = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (r.beginClose()) {
                        wins.incrementAndGet();
                    }
                });
                th.start();
                threads.add(th);
            }
            go.countDown();
            assertThrows(WebSocketException.class, r::readMessage);
            for (Thread th : threads) {
                th.join();
            }
            int sent = wins.get() + (t.events.isEmpty() ? 0 : 1);
            assertEquals(1, sent, "round " + round + ": " + wins.get() + " + " + t);
        }
    }

    @Test
    void reasonIsCutOnACodePointBoundary() {
        assertEquals("short", MessageReader.reason("short"));
        String r = MessageReader.reason("é".repeat(100));
        assertEquals(122, Utf8.encode(r).length);
        assertEquals(123, Utf8.encode(MessageReader.reason("x" + "é".repeat(100))).length);
    }

    @Test
    void messageValueSemantics() {
        Message m = Message.text("hé");
        assertEquals(Message.text("hé"), m);
        assertEquals(m.hashCode(), Message.text("hé").hashCode());
        assertEquals("TEXT \"hé\"", m.toString());
        assertEquals("BINARY 3 bytes", Message.binary(new byte[3]).toString());
        assertArrayEquals(Wire.hex("68 c3 a9"), m.data());
        assertEquals(MessageType.TEXT, m.type());
        assertThrows(NullPointerException.class, () -> new Message(null, new byte[0]));
        assertThrows(NullPointerException.class, () -> new MessageReader(null, new Transcript()));
    }

    /**
     * readFragment streams: each data frame as it comes, control frames handled between, and
     * the peer's close answered through replyToClose (a connection that queues writes answers it
     * later), a violation's close through sendClose at once.
     */
    @Test
    void readFragmentStreamsAndHandsThePeersCloseToReplyToClose() throws IOException {
        List<String> calls = new ArrayList<>();
        ControlHandler h = new ControlHandler() {
            @Override
            public void sendPong(byte[] payload) {
                calls.add("pong");
            }

            @Override
            public void sendClose(int code, String reason) {
                calls.add("sendClose " + code);
            }

            @Override
            public void replyToClose(int code) {
                calls.add("replyToClose " + code);
            }
        };
        MessageReader r = new MessageReader(new FrameReader(new ByteArrayInputStream(cat(HELLO_FRAGMENTS_WITH_PING,
                fromClient(0x88, closePayload(4001, "x")))), Role.SERVER), h);
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Frame f = r.readFragment();
            got.append(f.opcode()).append(f.fin() ? "!" : "").append(' ').append(new String(f.payload())).append("; ");
        }
        assertEquals("TEXT Hel; CONTINUATION l; CONTINUATION! o; ", got.toString());
        assertEquals(4001, assertThrows(CloseException.class, r::readFragment).code());
        assertEquals(List.of("pong", "replyToClose 4001"), calls);
        assertEquals(MessageReader.State.CLOSED, r.state());

        calls.clear();
        MessageReader bad = new MessageReader(new FrameReader(new ByteArrayInputStream(fromClient(0x83, new byte[0])),
                Role.SERVER), h);
        assertEquals(1002, assertThrows(WebSocketException.class, bad::readFragment).code());
        assertEquals(List.of("sendClose 1002"), calls);
    }
}
