package dev.godwit.javarevtest.revisions;

/** In a scanned package but no revision: skipped. */
public class NotARevision {
}
