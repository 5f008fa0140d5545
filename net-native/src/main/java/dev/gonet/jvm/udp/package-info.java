/**
 * UDP on the JVM: {@link dev.gonet.jvm.udp.UdpSockets} (Go's {@code ListenPacket} and {@code Dial}
 * for {@code udp}, {@code udp4}, {@code udp6}) and the {@code UDPConn} over a non-blocking
 * {@code DatagramChannel} parked in {@code dev.gonet.jvm.poll}, with Go's errors for datagrams.
 *
 * <p>Not here: stream sockets ({@code dev.gonet.jvm}), raw IP and Unix datagram sockets (the JDK
 * has none: {@code ip:proto}, {@code unixgram} and {@code unixpacket} fail as unsupported), and
 * joining multicast groups (Go's {@code ListenMulticastUDP}).
 */
package dev.gonet.jvm.udp;
