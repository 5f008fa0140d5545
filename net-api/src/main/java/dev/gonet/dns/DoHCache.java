package dev.gonet.dns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resolver's answers by name (case-folded) and type, each until its TTL runs out, at most
 * {@code maxEntries} of them: the least recently used goes first. Thread-safe.
 */
final class DoHCache {
    /** A positive answer, or a negative one ({@code answer == null}: NXDOMAIN or NODATA). */
    record Entry(DoHClient.Answer answer, String server, long expiresNanos) {
    }

    record Key(Name name, int type) {
    }

    private final int maxEntries;
    private final LinkedHashMap<Key, Entry> map; // guarded by this

    DoHCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DoHCache.Entry> eldest) {
                return size() > DoHCache.this.maxEntries;
            }
        };
    }

    static Key key(Name name, int type) {
        return new Key(name.toLowerCase(), type);
    }

    /** The live entry for {@code k}, or {@code null}; an expired one is dropped. */
    synchronized Entry get(Key k, long nowNanos) {
        Entry e = map.get(k);
        if (e != null && nowNanos - e.expiresNanos() >= 0) {
            map.remove(k);
            return null;
        }
        return e;
    }

    /** Keeps {@code e} for {@code ttlSeconds} (nothing is kept for 0, or when the cache holds nothing). */
    synchronized void put(Key k, DoHClient.Answer answer, String server, long ttlSeconds, long nowNanos) {
        if (ttlSeconds <= 0 || maxEntries == 0) {
            return;
        }
        map.put(k, new Entry(answer, server, nowNanos + ttlSeconds * 1_000_000_000L));
    }

    synchronized int size() {
        return map.size();
    }
}
