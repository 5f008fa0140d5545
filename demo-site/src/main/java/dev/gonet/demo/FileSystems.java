package dev.gonet.demo;

import dev.gonet.http.FileSystem;
import dev.gonet.http.FileSystem.FileInfo;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NotDirectoryException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small combinators over {@link FileSystem}, for stacking the demo's file sources. */
final class FileSystems {
    private FileSystems() {
    }

    /**
     * The first of {@code layers} that has a name wins (extra roots before the class path).
     * Only "not found" moves on to the next layer; a file that exists but fails (403, 500) is
     * answered as it is rather than silently replaced. A directory lists the entries of that
     * directory in every layer, the first layer's entry winning for a name, so a listing shows
     * what can be opened.
     */
    static FileSystem layered(List<FileSystem> layers) {
        List<FileSystem> ls = List.copyOf(layers);
        return name -> {
            for (int i = 0; i < ls.size(); i++) {
                FileSystem.File f;
                try {
                    f = ls.get(i).open(name);
                } catch (FileNotFoundException e) {
                    continue;
                }
                return f.stat().isDir() ? new MergedDir(f, ls.subList(i + 1, ls.size()), name) : f;
            }
            throw new FileNotFoundException("open " + name + ": file does not exist");
        };
    }

    /** A directory of one layer whose listing adds the same directory's entries in later layers. */
    private record MergedDir(FileSystem.File first, List<FileSystem> rest, String name) implements FileSystem.File {
        @Override
        public FileInfo stat() throws IOException {
            return first.stat();
        }

        @Override
        public List<FileInfo> readDir() throws IOException {
            Map<String, FileInfo> byName = new LinkedHashMap<>();
            first.readDir().forEach(e -> byName.putIfAbsent(e.name(), e));
            for (FileSystem fs : rest) {
                try (FileSystem.File f = fs.open(name)) {
                    if (f.stat().isDir()) {
                        f.readDir().forEach(e -> byName.putIfAbsent(e.name(), e));
                    }
                } catch (FileNotFoundException e) {
                    // this layer has no such directory
                }
            }
            return List.copyOf(byName.values());
        }

        @Override
        public InputStream inputStream(long offset) throws IOException {
            return first.inputStream(offset);
        }

        @Override
        public void close() throws IOException {
            first.close();
        }
    }

    /** The subtree {@code dir} (e.g. {@code /gonet}) of {@code fs}, as its own root. */
    static FileSystem sub(FileSystem fs, String dir) {
        return name -> fs.open(name.equals("/") ? dir : dir + name);
    }

    /**
     * {@code fs} with the file {@code name} holding {@code data} instead (size from the data,
     * time {@code modTime}): how the precompressed form of one file is handed to
     * {@code FileServer}, which then does the conditional requests and HEAD as for any file.
     */
    static FileSystem replacing(FileSystem fs, String name, byte[] data, Instant modTime) {
        FileInfo info = new FileInfo(name.substring(name.lastIndexOf('/') + 1), data.length, modTime, false);
        return n -> n.equals(name) ? bytes(info, data) : fs.open(n);
    }

    /** A regular file held in memory. */
    static FileSystem.File bytes(FileInfo info, byte[] data) {
        return new FileSystem.File() {
            @Override
            public FileInfo stat() {
                return info;
            }

            @Override
            public List<FileInfo> readDir() throws IOException {
                throw new NotDirectoryException(info.name());
            }

            @Override
            public InputStream inputStream(long offset) {
                int from = (int) Math.min(Math.max(offset, 0), data.length);
                return new ByteArrayInputStream(data, from, data.length - from);
            }

            @Override
            public void close() {
            }
        };
    }
}
