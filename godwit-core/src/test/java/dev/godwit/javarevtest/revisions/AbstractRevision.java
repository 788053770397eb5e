package dev.godwit.javarevtest.revisions;

import dev.godwit.api.JavaRevision;
import java.util.List;

/** Abstract: skipped by the scan (its subclasses are the revisions). */
public abstract class AbstractRevision implements JavaRevision {
    @Override
    public List<String> revises() {
        return List.of();
    }
}
