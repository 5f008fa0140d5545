package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Writer to reader, for random messages from fixed seeds: whatever one role writes, with any
 * fragment size and pings mixed in, the other role reads back exactly, whole or one byte at a time.
 */
class RoundTripTest {
    private static final int[] FRAGMENT_SIZES = {1, 2, 3, 7, 125, 126, 4096, 65536, FrameWriter.DEFAULT_FRAGMENT_SIZE};
    private static final int[] EDGE_LENGTHS = {0, 1, 125, 126, 127, 65535, 65536, 65537};
    /** Code points that stress UTF-8: every encoded length and its edges. */
    private static final int[] CODE_POINTS = {'a', 'Z', 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000,
        0x1F600, 0x10FFFF, 0xE9, 0x20AC};

    static Message randomMessage(Random rnd) {
        boolean edge = rnd.nextInt(8) == 0;
        int n = edge ? EDGE_LENGTHS[rnd.nextInt(EDGE_LENGTHS.length)] : rnd.nextInt(rnd.nextInt(10) == 0 ? 5000 : 50);
        if (rnd.nextBoolean()) {
            byte[] b = new byte[n];
            rnd.nextBytes(b);
            return Message.binary(b);
        }
        StringBuilder s = new StringBuilder();
        while (s.length() < n) {
            s.appendCodePoint(rnd.nextInt(3) == 0 ? CODE_POINTS[rnd.nextInt(CODE_POINTS.length)] : 0x20 + rnd.nextInt(0x5F));
        }
        return Message.text(s.toString());
    }

    private static final class Recorder implements ControlHandler {
        final List<String> sent = new ArrayList<>();
        int pings;

        @Override
        public void sendPong(byte[] payload) {
            sent.add("pong " + payload.length);
        }

        @Override
        public void sendClose(int code, String reason) {
            sent.add("close " + code);
        }

        @Override
        public void onPing(byte[] payload) {
            pings++;
        }
    }

    @Test
    void randomMessagesSurviveTheTrip() throws IOException {
        int trips = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            Role writerRole = seed % 2 == 0 ? Role.CLIENT : Role.SERVER;
            Role readerRole = writerRole == Role.CLIENT ? Role.SERVER : Role.CLIENT;
            int fragment = FRAGMENT_SIZES[rnd.nextInt(FRAGMENT_SIZES.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FrameWriter w = new FrameWriter(out, writerRole, new Random(seed * 31), fragment);
            List<Message> sent = new ArrayList<>();
            List<String> pongs = new ArrayList<>();
            for (int i = 0, n = 1 + rnd.nextInt(30); i < n; i++) {
                if (rnd.nextInt(4) == 0) {
                    byte[] p = new byte[rnd.nextInt(126)];
                    rnd.nextBytes(p);
                    w.writePing(p);
                    pongs.add("pong " + p.length);
                }
                Message m = randomMessage(rnd);
                w.writeMessage(m.type(), m.data());
                sent.add(m);
            }
            w.writeClose(CloseCode.NORMAL_CLOSURE, "done");
            pongs.add("close 1000");
            for (Wire.Feed feed : Wire.feeds()) {
                Recorder rec = new Recorder();
                MessageReader r = new MessageReader(new FrameReader(feed.of(out.toByteArray()), readerRole), rec);
                List<Message> got = new ArrayList<>();
                CloseException end;
                while (true) {
                    try {
                        got.add(r.readMessage());
                    } catch (CloseException e) {
                        end = e;
                        break;
                    }
                }
                String where = "seed " + seed + " " + writerRole + "->" + readerRole + " fragment " + fragment + " " + feed.name();
                assertEquals(sent, got, where);
                assertEquals(pongs, rec.sent, where);
                assertEquals(pongs.size() - 1, rec.pings, where);
                assertEquals("done", end.reason(), where);
                assertEquals(1000, end.code(), where);
                trips++;
            }
        }
        assertEquals(80, trips);
    }

    @Test
    void textSurvivesEveryFragmentSizeIncludingSplitCodePoints() throws IOException {
        String text = "a\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff€😀é";
        for (int size = 1; size <= 30; size++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FrameWriter(out, Role.CLIENT, new Random(size), size).writeText(text);
            for (Wire.Feed feed : Wire.feeds()) {
                MessageReader r = new MessageReader(new FrameReader(feed.of(out.toByteArray()), Role.SERVER), new Recorder());
                assertEquals(text, r.readMessage().text(), "fragment size " + size + " " + feed.name());
            }
        }
    }
}
