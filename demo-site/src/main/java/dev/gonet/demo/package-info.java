/**
 * demo-site's server: {@link dev.gonet.demo.DemoServer}, built on gonet's own {@code Server} and
 * {@code ServeMux} (JVM platform, TCP on loopback), serving the demo pages and the bundles. This
 * package holds the command line ({@code DemoMain}), the static files (class-path and
 * {@code --root} file systems, revalidation with strong ETags, gzip variants) and the
 * {@code Host} allowlist that answers only the server's own names. The routes live in the
 * subpackages: {@code api} ({@code /api/}), {@code ws} ({@code /ws/}), {@code dns}
 * ({@code /dns-query}); {@code tcp} holds the loopback TCP echo its relay reaches.
 * {@code docs/guide.md} describes what it serves.
 *
 * <p>Not here: the pages themselves ({@code src/main/resources/site}), the bundles (js-glue), and
 * anything a library user needs: this is an example and a test fixture, not API.
 */
package dev.gonet.demo;
