package dev.gonet.demo;

import dev.gonet.http.FileSystem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A {@link FileSystem} over the class-path resources under one folder ({@code site/},
 * {@code gonet/}), read into memory once when built.
 *
 * <p>Why a snapshot: the resources are a few hundred kilobytes, they do not change while the
 * process runs (a rebuild restarts the demo), and holding them lets every file be hashed and
 * compressed once at startup. Every class-path element that has the folder contributes, the
 * first one winning for a name (as {@link ClassLoader#getResource} does). Modification times:
 * a jar's own file time for its entries (entry times may be fixed by reproducible builds, and a
 * rebuilt jar should look newer), a directory's files their own times.
 */
final class ClasspathFileSystem implements FileSystem {
    /** path → entry; directories too, the root is {@code /}. */
    private final Map<String, Entry> entries;

    private record Entry(FileInfo info, byte[] data, List<String> children) {
    }

    private ClasspathFileSystem(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Reads every resource under {@code folder} (e.g. {@code "site/"}) that {@code cl} sees. */
    static ClasspathFileSystem load(ClassLoader cl, String folder) throws IOException {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("folder must end in /: " + folder);
        }
        Map<String, byte[]> data = new TreeMap<>();
        Map<String, Instant> times = new TreeMap<>();
        Enumeration<URL> roots = cl.getResources(folder);
        while (roots.hasMoreElements()) {
            URL u = roots.nextElement();
            switch (u.getProtocol()) {
                case "jar" -> readJar(u, folder, data, times);
                case "file" -> readDir(u, data, times);
                default -> throw new IOException("cannot list class-path resources at " + u);
            }
        }
        return new ClasspathFileSystem(tree(data, times));
    }

    private static void readJar(URL u, String folder, Map<String, byte[]> data, Map<String, Instant> times)
            throws IOException {
        URLConnection c = u.openConnection();
        if (!(c instanceof JarURLConnection jc)) {
            throw new IOException("cannot list class-path resources at " + u);
        }
        Path jarPath = path(jc.getJarFileURL());
        Instant modTime = Files.getLastModifiedTime(jarPath).toInstant();
        // Our own JarFile, not the URL cache's shared one, so closing it is safe.
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (Enumeration<JarEntry> es = jar.entries(); es.hasMoreElements(); ) {
                JarEntry e = es.nextElement();
                String n = e.getName();
                if (e.isDirectory() || !n.startsWith(folder)) {
                    continue;
                }
                String name = "/" + n.substring(folder.length());
                if (!data.containsKey(name)) {
                    try (InputStream in = jar.getInputStream(e)) {
                        data.put(name, in.readAllBytes());
                    }
                    times.put(name, modTime);
                }
            }
        }
    }

    private static void readDir(URL u, Map<String, byte[]> data, Map<String, Instant> times) throws IOException {
        Path dir = path(u);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String name = "/" + dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
            if (!data.containsKey(name)) {
                data.put(name, Files.readAllBytes(f));
                times.put(name, Files.getLastModifiedTime(f).toInstant());
            }
        }
    }

    private static Path path(URL u) throws IOException {
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("not a local file: " + u, e);
        }
    }

    /** Files plus every directory above them; a directory's time is its newest file's. */
    private static Map<String, Entry> tree(Map<String, byte[]> data, Map<String, Instant> times) {
        Map<String, List<String>> children = new TreeMap<>();
        Map<String, Instant> dirTimes = new TreeMap<>();
        children.put("/", new ArrayList<>());
        dirTimes.put("/", Instant.EPOCH);
        for (String name : data.keySet()) {
            String child = name;
            while (!child.equals("/")) {
                String parent = parent(child);
                List<String> list = children.computeIfAbsent(parent, k -> new ArrayList<>());
                if (!list.contains(child)) {
                    list.add(child);
                }
                dirTimes.merge(parent, times.get(name), (a, b) -> a.isAfter(b) ? a : b);
                child = parent;
            }
        }
        Map<String, Entry> out = new TreeMap<>();
        children.forEach((dir, kids) -> out.put(dir,
                new Entry(new FileInfo(base(dir), 0, dirTimes.get(dir), true), null, List.copyOf(kids))));
        data.forEach((name, bytes) -> out.put(name,
                new Entry(new FileInfo(base(name), bytes.length, times.get(name), false), bytes, List.of())));
        return out;
    }

    private static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash == 0 ? "/" : name.substring(0, slash);
    }

    private static String base(String name) {
        return name.equals("/") ? "/" : name.substring(name.lastIndexOf('/') + 1);
    }

    /** The names of all regular files, sorted. */
    List<String> files() {
        return entries.entrySet().stream().filter(e -> !e.getValue().info().isDir()).map(Map.Entry::getKey).toList();
    }

    @Override
    public File open(String name) throws IOException {
        // Names come cleaned from FileServer; anything else simply is not a key.
        Entry e = entries.get(name);
        if (e == null) {
            throw new FileNotFoundException("open " + name + ": file does not exist");
        }
        if (!e.info().isDir()) {
            return FileSystems.bytes(e.info(), e.data());
        }
        return new File() {
            @Override
            public FileInfo stat() {
                return e.info();
            }

            @Override
            public List<FileInfo> readDir() {
                return e.children().stream().map(c -> entries.get(c).info()).toList();
            }

            @Override
            public InputStream inputStream(long offset) throws IOException {
                throw new IOException("read " + name + ": is a directory");
            }

            @Override
            public void close() {
            }
        };
    }
}
