/**
 * The JVM's netpoller: how a blocked socket call waits for readiness or its deadline without a
 * thread per wait, as Go's runtime poller does. {@link dev.gonet.jvm.poll.PollDesc} is Go's
 * {@code pollDesc} for one non-blocking channel (read and write deadlines, close waking blocked
 * calls); how it parks is chosen once per JVM: through the JDK 25+ virtual-thread poller
 * ({@code VPoller}; a platform thread's wait there selects on a selector of its own), through
 * a shared platform-thread {@link dev.gonet.jvm.poll.Poller} (JDK 21 to 24), or on a selector
 * of its own. Public only for the sockets of
 * {@code dev.gonet.jvm} and {@code dev.gonet.jvm.udp}.
 *
 * <p>Not here: the sockets themselves, or deadlines of the shared in-memory conns (those use
 * {@code dev.gonet.internal.Deadline}).
 */
package dev.gonet.jvm.poll;
