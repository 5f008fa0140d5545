package dev.gonet.jvm.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Go's {@code mapOpenError} for {@link DirFileSystem}, extended: why a name that failed to
 * resolve cannot name a file at all, so the failure is "not found" (404) rather than a server
 * error (500).
 *
 * <p>Go turns ENOTDIR into not-found by walking the name's prefixes; ENAMETOOLONG and ELOOP
 * stay 500 there. All three are caused by the name a client chose, not by the server, so all
 * three are not-found here. The JDK reports them only as a {@code FileSystemException} whose
 * reason is the C library's (possibly translated) message, so instead of reading that text
 * the walk below resolves the name again, one element and one link at a time, and says which
 * of the three it meets; any other failure stays what it was.
 */
final class OpenErrors {
    private OpenErrors() {
    }

    /** Bytes in one name element on Linux's and macOS's file systems ({@code NAME_MAX}). */
    static final int NAME_MAX = 255;

    /** Bytes in a whole path, terminating NUL included, on Linux ({@code PATH_MAX}). */
    static final int PATH_MAX = 4096;

    /** Links followed in one resolution before the kernel reports ELOOP ({@code MAXSYMLINKS}). */
    static final int MAX_LINKS = 40;

    /**
     * The reason {@code path} (under the real directory {@code root}, reached by the clean
     * relative {@code elements}) cannot name a file, in Go's words ({@code "not a directory"},
     * {@code "file name too long"}, {@code "too many levels of symbolic links"}, or
     * {@code "file does not exist"} when it vanished meanwhile); null when the walk finds none
     * of them, and the original error should stand.
     */
    static String notFoundReason(Path root, String[] elements) {
        Deque<String> todo = new ArrayDeque<>();
        for (String e : elements) {
            todo.addLast(e);
        }
        Path cur = root;
        int links = 0;
        while (!todo.isEmpty()) {
            String e = todo.pollFirst();
            if (e.isEmpty() || e.equals(".")) {
                continue;
            }
            if (e.equals("..")) {
                cur = cur.getParent() == null ? cur : cur.getParent(); // only ever inside a link's target
                continue;
            }
            if (bytes(e) > NAME_MAX) {
                return "file name too long";
            }
            Path next = cur.resolve(e);
            if (bytes(next.toString()) >= PATH_MAX) {
                return "file name too long";
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                return "file does not exist";
            } catch (IOException other) {
                return null;
            }
            if (a.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    return "too many levels of symbolic links";
                }
                Path target;
                try {
                    target = Files.readSymbolicLink(next);
                } catch (IOException other) {
                    return null;
                }
                for (int i = target.getNameCount() - 1; i >= 0; i--) {
                    todo.addFirst(target.getName(i).toString());
                }
                if (target.isAbsolute()) {
                    cur = target.getRoot();
                }
                continue;
            }
            if (!a.isDirectory() && !todo.isEmpty()) {
                return "not a directory";
            }
            cur = next;
        }
        return null;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
