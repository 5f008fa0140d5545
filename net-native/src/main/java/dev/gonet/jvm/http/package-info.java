/**
 * HTTP on the JVM's file system: {@link dev.gonet.jvm.http.DirFileSystem} (Go's {@code http.Dir}),
 * the {@code dev.gonet.http.FileSystem} over a directory on disk that {@code FileServer} serves,
 * with no way out of its root (links included) and Go's answers to names that cannot be files.
 *
 * <p>Not here: the HTTP server and client themselves (shared code in {@code dev.gonet.http}, which
 * needs nothing JVM-specific beyond the sockets).
 */
package dev.gonet.jvm.http;
