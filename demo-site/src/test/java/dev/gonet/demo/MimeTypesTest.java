package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MimeTypesTest {
    @Test
    void typesAndCompressibility() {
        Object[][] t = {
            {"/gonet/wasm-gc/gonet.wasm", "application/wasm", true},
            {"/gonet/js/gonet.js", "text/javascript; charset=utf-8", true},
            {"/gonet/gonet.mjs", "text/javascript; charset=utf-8", true},
            {"/gonet/gonet.d.ts", "text/plain; charset=utf-8", true},
            {"/index.html", "text/html; charset=utf-8", true},
            {"/INDEX.HTML", "text/html; charset=utf-8", true},
            {"/demo.css", "text/css; charset=utf-8", true},
            {"/gonet/package.json", "application/json", true},
            {"/logo.svg", "image/svg+xml", true},
            {"/notes.txt", "text/plain; charset=utf-8", true},
            {"/photo.png", "image/png", false},
            {"/data.json.gz", "application/gzip", false},
            {"/Makefile", "", false},
            {"/dir.d/file", "", false},
        };
        for (Object[] c : t) {
            String name = (String) c[0];
            assertEquals(c[1], MimeTypes.forPath(name), "forPath(" + name + ")");
            assertEquals(c[2], MimeTypes.compressible(name), "compressible(" + name + ")");
        }
    }
}
