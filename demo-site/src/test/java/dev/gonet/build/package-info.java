/**
 * Tests of the build's own facts (the BOM, where versions come from), not of library code: they
 * read the reactor's poms and sources from the checkout.
 */
package dev.gonet.build;
