package dev.gonet.glue;

/**
 * Facts the build writes in: the project version from the pom, so the bundles, the JS package
 * and the Maven artifacts never disagree. Generated from {@code src/main/java-templates}.
 */
final class BuildInfo {
    /** The Maven project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static final String VERSION = "${project.version}";

    private BuildInfo() {
    }
}
