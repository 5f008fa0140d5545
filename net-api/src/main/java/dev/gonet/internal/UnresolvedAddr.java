package dev.gonet.internal;

import dev.gonet.Addr;

/** An address known only by its text; see {@link Addr#unresolved(String, String)}. */
public record UnresolvedAddr(String network, String address) implements Addr {

    @Override
    public String toString() {
        return address;
    }
}
