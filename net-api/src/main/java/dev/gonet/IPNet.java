// PLACEHOLDER: replaced by branch addr at merge
package dev.gonet;

/** Placeholder for Go's net.IPNet so Net.java compiles. */
public record IPNet(IP ip, IPMask mask) {
}
