package dev.godwit.api;

/**
 * What {@code revision --autogenerate} found and wrote.
 *
 * @param diff the differences the revision carries
 * @param revision the revision written, or null when nothing differed ("No changes detected")
 */
public record AutogenerateResult(SchemaDiff diff, RevisionInfo revision) {

    public boolean written() {
        return revision != null;
    }
}
