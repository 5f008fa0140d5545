package dev.gonet.http;

/**
 * How the requests matched by pattern p1 relate to those matched by p2 (Go's
 * {@code relationship}); {@link #toString()} prints Go's names.
 */
enum Relationship {
    /** Both match the same requests. */
    EQUIVALENT("equivalent"),
    /** p1 matches everything p2 does, and more. */
    MORE_GENERAL("moreGeneral"),
    /** p2 matches everything p1 does, and more. */
    MORE_SPECIFIC("moreSpecific"),
    /** No request matches both. */
    DISJOINT("disjoint"),
    /** Some request matches both, but neither is more specific. */
    OVERLAPS("overlaps");

    private final String goName;

    Relationship(String goName) {
        this.goName = goName;
    }

    @Override
    public String toString() {
        return goName;
    }

    /** If p1 has relationship r to p2, p2 has r.inverse() to p1. */
    Relationship inverse() {
        return switch (this) {
            case MORE_SPECIFIC -> MORE_GENERAL;
            case MORE_GENERAL -> MORE_SPECIFIC;
            default -> this;
        };
    }

    /**
     * Go's {@code combineRelationships}: the overall relationship of two patterns, given this
     * relationship of one part of them and {@code r2} of the other part. More general in one
     * part and more specific in the other makes them overlap.
     */
    Relationship combine(Relationship r2) {
        return switch (this) {
            case EQUIVALENT -> r2;
            case DISJOINT -> DISJOINT;
            case OVERLAPS -> r2 == DISJOINT ? DISJOINT : OVERLAPS;
            case MORE_GENERAL, MORE_SPECIFIC -> {
                if (r2 == EQUIVALENT) {
                    yield this;
                }
                yield r2 == inverse() ? OVERLAPS : r2;
            }
        };
    }
}
