package dev.gonet.ws;

/**
 * Which end of the connection a codec serves. It decides masking (RFC 6455 §5.1): a client
 * masks every frame it sends and must receive unmasked frames; a server is the reverse. A frame
 * masked the wrong way is a protocol error (1002).
 */
public enum Role {
    /** The client end: masks the frames it sends and rejects masked frames. */
    CLIENT,
    /** The server end: sends unmasked frames and requires masked ones. */
    SERVER;

    /** Whether frames this role sends are masked. */
    boolean masksOutgoing() {
        return this == CLIENT;
    }
}
