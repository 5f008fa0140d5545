package dev.gonet.http;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An in-memory {@link FileSystem} for tests: files by full name, directories implied by them.
 * It records every name it is asked to open, so tests can check what a FileServer asks for.
 */
final class MemFileSystem implements FileSystem {
    final Map<String, byte[]> files = new TreeMap<>();
    final List<String> opened = Collections.synchronizedList(new ArrayList<>());
    final List<String> forbidden = new ArrayList<>();
    Instant modTime = Instant.parse("2024-01-02T03:04:05Z");

    MemFileSystem add(String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MemFileSystem add(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    @Override
    public File open(String name) throws IOException {
        opened.add(name);
        if (forbidden.contains(name)) {
            throw new PermissionDeniedException(name);
        }
        byte[] data = files.get(name);
        if (data != null) {
            return new MemFile(name.substring(name.lastIndexOf('/') + 1), data, false, List.of());
        }
        String dir = name.endsWith("/") ? name : name + "/";
        List<FileInfo> entries = new ArrayList<>();
        for (String f : files.keySet()) {
            if (f.startsWith(dir)) {
                String rest = f.substring(dir.length());
                int slash = rest.indexOf('/');
                String entry = slash < 0 ? rest : rest.substring(0, slash);
                FileInfo fi = new FileInfo(entry, slash < 0 ? files.get(f).length : 0, modTime, slash >= 0);
                if (entries.stream().noneMatch(e -> e.name().equals(entry))) {
                    entries.add(fi);
                }
            }
        }
        if (entries.isEmpty() && !name.equals("/")) {
            throw new FileNotFoundException("open " + name + ": file does not exist");
        }
        return new MemFile(FileServer.base(name), null, true, entries);
    }

    private final class MemFile implements File {
        private final String name;
        private final byte[] data;
        private final boolean dir;
        private final List<FileInfo> entries;

        MemFile(String name, byte[] data, boolean dir, List<FileInfo> entries) {
            this.name = name;
            this.data = data;
            this.dir = dir;
            this.entries = entries;
        }

        @Override
        public FileInfo stat() {
            return new FileInfo(name, dir ? 0 : data.length, modTime, dir);
        }

        @Override
        public List<FileInfo> readDir() throws IOException {
            if (!dir) {
                throw new IOException("not a directory");
            }
            return entries;
        }

        @Override
        public InputStream inputStream(long offset) {
            return new ByteArrayInputStream(data, (int) offset, data.length - (int) offset);
        }

        @Override
        public void close() {
        }
    }
}
