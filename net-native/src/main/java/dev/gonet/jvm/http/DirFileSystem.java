package dev.gonet.jvm.http;

import dev.gonet.http.FileServer;
import dev.gonet.http.FileSystem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code http.Dir}: a {@link FileSystem} over a directory on the JVM's file system, for
 * {@link FileServer}.
 *
 * <p>Stricter than Go's: nothing outside the root is ever opened. Names must be rooted and
 * clean (no {@code .}, {@code ..}, empty elements, NUL or backslash: such a name is "not
 * found"), and a symbolic link is followed only when its target, fully resolved, is inside the
 * root too; a link pointing out is "not found" (Go follows it). Files the process may not read
 * are {@link FileSystem.PermissionDeniedException} (403).
 *
 * <p>A name that cannot name a file is "not found" (404), never a server error: a file used as
 * a directory ({@code /a.txt/x}, Go's {@code mapOpenError}), an element longer than 255 bytes
 * or a path of 4096, a loop of symbolic links ({@link OpenErrors}). Only directories and
 * regular files are opened: a FIFO, socket or device is "not found" and never reaches
 * {@code open(2)}, where a FIFO would block the thread (on the JVM, a virtual thread's carrier
 * too) until some writer came; they are left out of listings. (A regular file replaced by a
 * FIFO between the check and the open can still block that one request: only someone who may
 * write into the served tree can do that.) Thread-safe.
 */
public final class DirFileSystem implements FileSystem {
    private final Path root;

    /**
     * Serves {@code dir}, which must exist; its real path (links resolved) is the boundary.
     *
     * @param dir the directory
     * @throws IOException if {@code dir} is not a readable directory
     */
    public DirFileSystem(Path dir) throws IOException {
        this.root = dir.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(dir.toString());
        }
    }

    /** {@return the root directory, links resolved} */
    public Path root() {
        return root;
    }

    @Override
    public File open(String name) throws IOException {
        Path p = resolve(name);
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            throw notFound(name, "file does not exist");
        } catch (AccessDeniedException e) {
            throw new PermissionDeniedException(name);
        } catch (FileSystemException e) {
            String why = OpenErrors.notFoundReason(root, name.substring(1).split("/"));
            if (why != null) {
                throw notFound(name, why);
            }
            throw e;
        }
        if (!real.startsWith(root)) {
            throw notFound(name, "file does not exist"); // a link leaving the root
        }
        // real has no links left: the attributes are those of the file itself, and stat never blocks.
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String base = real.equals(root) ? "/" : real.getFileName().toString();
        if (a.isDirectory()) {
            if (!Files.isReadable(real)) {
                throw new PermissionDeniedException(name);
            }
            return new Dir(real, info(base, a));
        }
        if (!a.isRegularFile()) {
            throw notFound(name, "not a regular file"); // a FIFO would block open(2)
        }
        try {
            return new RegularFile(FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS),
                    info(base, a));
        } catch (AccessDeniedException e) {
            throw new PermissionDeniedException(name);
        }
    }

    private static FileNotFoundException notFound(String name, String why) {
        return new FileNotFoundException("open " + name + ": " + why);
    }

    /** The path for a clean, rooted name, checked lexically against the root first. */
    private Path resolve(String name) throws FileNotFoundException {
        if (!name.startsWith("/") || name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
            throw new FileNotFoundException("open " + name + ": invalid or unsafe file path");
        }
        Path p = root;
        int i = 1;
        while (i < name.length()) {
            int slash = name.indexOf('/', i);
            String elem = name.substring(i, slash < 0 ? name.length() : slash);
            if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) {
                throw new FileNotFoundException("open " + name + ": invalid or unsafe file path");
            }
            p = p.resolve(elem);
            i = slash < 0 ? name.length() : slash + 1;
        }
        if (!p.normalize().startsWith(root)) {
            throw new FileNotFoundException("open " + name + ": invalid or unsafe file path");
        }
        return p;
    }

    private static FileInfo info(String name, BasicFileAttributes a) {
        return new FileInfo(name, a.size(), a.lastModifiedTime().toInstant(), a.isDirectory());
    }

    private final class Dir implements File {
        private final Path path;
        private final FileInfo info;

        Dir(Path path, FileInfo info) {
            this.path = path;
            this.info = info;
        }

        @Override
        public FileInfo stat() {
            return info;
        }

        @Override
        public List<FileInfo> readDir() throws IOException {
            List<FileInfo> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
                for (Path e : ds) {
                    try {
                        if (!e.toRealPath().startsWith(root)) {
                            continue; // a link out of the root: it could not be opened anyway
                        }
                        BasicFileAttributes a = Files.readAttributes(e, BasicFileAttributes.class);
                        if (a.isDirectory() || a.isRegularFile()) { // a FIFO or socket could not be opened
                            out.add(info(e.getFileName().toString(), a));
                        }
                    } catch (IOException broken) {
                        // a dangling link or a loop: not listed
                    }
                }
            }
            return out;
        }

        @Override
        public InputStream inputStream(long offset) throws IOException {
            throw new IOException("read " + path.getFileName() + ": is a directory");
        }

        @Override
        public void close() {
        }
    }

    private static final class RegularFile implements File {
        private final FileChannel ch;
        private final FileInfo info;

        RegularFile(FileChannel ch, FileInfo info) {
            this.ch = ch;
            this.info = info;
        }

        @Override
        public FileInfo stat() {
            return info;
        }

        @Override
        public List<FileInfo> readDir() throws IOException {
            throw new NotDirectoryException(info.name());
        }

        /** Positional reads, so several streams (ranges) may share the channel. */
        @Override
        public InputStream inputStream(long offset) {
            return new InputStream() {
                private long pos = offset;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    int n = ch.read(ByteBuffer.wrap(b, off, len), pos);
                    if (n > 0) {
                        pos += n;
                    }
                    return n;
                }
            };
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
