package dev.gonet.dns;

import java.io.ByteArrayOutputStream;

/** A tiny message writer for building test messages byte by byte, valid or not. */
final class Msg {
    private final ByteArrayOutputStream b = new ByteArrayOutputStream();

    Msg raw(int v) {
        b.write(v);
        return this;
    }

    Msg raw(byte[] v) {
        b.write(v, 0, v.length);
        return this;
    }

    Msg u16(int v) {
        return raw(v >> 8 & 0xff).raw(v & 0xff);
    }

    Msg u32(long v) {
        return u16((int) (v >> 16)).u16((int) v);
    }

    Msg label(String s) {
        raw(s.length());
        for (char c : s.toCharArray()) {
            raw(c);
        }
        return this;
    }

    /** A dotted name, uncompressed; "." is the root. */
    Msg name(String rooted) {
        if (!rooted.equals(".")) {
            for (String l : rooted.substring(0, rooted.length() - 1).split("\\.")) {
                label(l);
            }
        }
        return raw(0);
    }

    Msg ptr(int off) {
        return u16(0xC000 | off);
    }

    /** A header: id, flags and the four counts. */
    Msg header(int id, int flags, int qd, int an, int ns, int ar) {
        return u16(id).u16(flags).u16(qd).u16(an).u16(ns).u16(ar);
    }

    int size() {
        return b.size();
    }

    byte[] bytes() {
        return b.toByteArray();
    }

    void patch16(int at, int v) {
        byte[] all = b.toByteArray();
        all[at] = (byte) (v >> 8);
        all[at + 1] = (byte) v;
        b.reset();
        b.write(all, 0, all.length);
    }
}
