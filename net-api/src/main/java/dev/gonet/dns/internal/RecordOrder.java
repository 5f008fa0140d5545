package dev.gonet.dns.internal;

import dev.gonet.MX;
import dev.gonet.SRV;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Go 1.19's orders for MX and SRV answers ({@code net/dnsclient.go}): MX shuffled then sorted by
 * preference (RFC 5321 section 5.1), SRV sorted by priority then shuffled by weight within each
 * priority (RFC 2782). Thread-safe.
 */
final class RecordOrder {
    private static final Random RANDOM = new Random();

    private RecordOrder() {
    }

    /** Go's {@code byPref.sort}: a random order among equal preferences. */
    static List<MX> mx(List<MX> in) {
        List<MX> s = new ArrayList<>(in);
        synchronized (RANDOM) {
            for (int i = 0; i < s.size(); i++) {
                int j = RANDOM.nextInt(i + 1);
                s.set(i, s.set(j, s.get(i)));
            }
        }
        s.sort((a, b) -> Integer.compare(a.pref(), b.pref()));
        return s;
    }

    /** Go's {@code byPriorityWeight.sort}. */
    static List<SRV> srv(List<SRV> in) {
        List<SRV> s = new ArrayList<>(in);
        s.sort((a, b) -> a.priority() != b.priority() ? Integer.compare(a.priority(), b.priority())
                : Integer.compare(a.weight(), b.weight()));
        int i = 0;
        for (int j = 1; j < s.size(); j++) {
            if (s.get(i).priority() != s.get(j).priority()) {
                shuffleByWeight(s.subList(i, j));
                i = j;
            }
        }
        shuffleByWeight(s.subList(i, s.size()));
        return s;
    }

    /** Go's {@code shuffleByWeight}: repeatedly picks the next record with odds by weight. */
    private static void shuffleByWeight(List<SRV> addrs) {
        int sum = 0;
        for (SRV a : addrs) {
            sum += a.weight();
        }
        int start = 0;
        while (sum > 0 && addrs.size() - start > 1) {
            int n;
            synchronized (RANDOM) {
                n = RANDOM.nextInt(sum);
            }
            int acc = 0;
            for (int i = start; i < addrs.size(); i++) {
                acc += addrs.get(i).weight();
                if (acc > n) {
                    if (i > start) {
                        addrs.set(start, addrs.set(i, addrs.get(start)));
                    }
                    break;
                }
            }
            sum -= addrs.get(start).weight();
            start++;
        }
    }
}
