package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MimeTypesTest {
    private record MimeCase(String path, String type, boolean compressible) {
    }

    @Test
    void typesAndCompressibility() {
        MimeCase[] t = {
            new MimeCase("/gonet/wasm-gc/gonet.wasm", "application/wasm", true),
            new MimeCase("/gonet/js/gonet.js", "text/javascript; charset=utf-8", true),
            new MimeCase("/gonet/gonet.mjs", "text/javascript; charset=utf-8", true),
            new MimeCase("/gonet/gonet.d.ts", "text/plain; charset=utf-8", true),
            new MimeCase("/index.html", "text/html; charset=utf-8", true),
            new MimeCase("/INDEX.HTML", "text/html; charset=utf-8", true),
            new MimeCase("/demo.css", "text/css; charset=utf-8", true),
            new MimeCase("/gonet/package.json", "application/json", true),
            new MimeCase("/logo.svg", "image/svg+xml", true),
            new MimeCase("/notes.txt", "text/plain; charset=utf-8", true),
            new MimeCase("/photo.png", "image/png", false),
            new MimeCase("/data.json.gz", "application/gzip", false),
            new MimeCase("/Makefile", "", false),
            new MimeCase("/dir.d/file", "", false),
        };
        for (MimeCase c : t) {
            String name = c.path();
            assertEquals(c.type(), MimeTypes.forPath(name), "forPath(" + name + ")");
            assertEquals(c.compressible(), MimeTypes.compressible(name), "compressible(" + name + ")");
        }
    }
}
