package dev.gonet.testkit;

import java.util.List;

/** A named, ordered group of portable {@link Case}s. */
public interface Suite {

    String name();

    List<Case> cases();
}
