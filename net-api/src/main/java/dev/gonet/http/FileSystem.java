package dev.gonet.http;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Go's {@code http.FileSystem}: a tree of named files for {@link FileServer}, independent of
 * any platform (net-native has a directory-backed one, {@code dev.gonet.jvm.http.DirFileSystem};
 * tests and the browser can use an in-memory one).
 *
 * <p>Names are what {@link FileServer} passes: slash-separated, rooted ({@code /} is the root),
 * already cleaned (no {@code .} or {@code ..} elements, no doubled or trailing slashes), never
 * containing NUL or a backslash. An implementation must still refuse any name that would
 * leave its tree. Missing files throw {@link FileNotFoundException} (404), refused ones
 * {@link PermissionDeniedException} (403); other failures are answered 500. A name that cannot
 * name a file (a file used as a directory, a name too long for the file system, a loop of
 * links) is missing, as in Go's {@code mapOpenError}, and so is anything that is neither a
 * directory nor a regular file: {@code open} must never block, as opening a FIFO does.
 *
 * <p>Implementations must be safe for concurrent use; each {@link File} is used by one thread.
 */
public interface FileSystem {

    /**
     * Opens the file or directory {@code name}.
     *
     * @param name the last path element
     * @return the open file; close it
     * @throws IOException if there is no such file or it cannot be opened
     */
    File open(String name) throws IOException;

    /** An open file or directory (Go's {@code http.File}); closed by the caller. */
    interface File extends Closeable {
        /**
         * Name (last element), size, modification time, whether a directory.
         *
         * @return the file's name, size, modification time and kind
         * @throws IOException if the file cannot be read
         */
        FileInfo stat() throws IOException;

        /**
         * {@return the entries of a directory, in any order}
         *
         * @throws IOException if the file cannot be read
         */
        List<FileInfo> readDir() throws IOException;

        /**
         * {@return the contents from byte {@code offset} on; closing the stream does not close the file}
         *
         * @param offset the offset
         * @throws IOException if the file cannot be read
         */
        InputStream inputStream(long offset) throws IOException;
    }

    /**
     * Go's {@code fs.FileInfo}, the part file serving needs.
     *
     * @param name    the last path element
     * @param size    bytes; ignored for directories
     * @param modTime last modification, or {@code null} when unknown (no Last-Modified then)
     * @param isDir   whether this is a directory
     */
    record FileInfo(String name, long size, Instant modTime, boolean isDir) {
    }

    /** Go's {@code fs.ErrPermission}: the file exists but may not be served (403). */
    final class PermissionDeniedException extends IOException {
        /**
         * Access to {@code name} was denied.
         *
         * @param name the last path element
         */
        public PermissionDeniedException(String name) {
            super("open " + name + ": permission denied");
        }
    }
}
