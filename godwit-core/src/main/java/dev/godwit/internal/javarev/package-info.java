/**
 * Revisions written in Java ({@link dev.godwit.api.JavaRevision}): finding them (explicit
 * instances, packages scanned on a class loader, {@code .java} files of the migrations folder
 * compiled with the JDK's compiler into a cache), describing each as a revision file for the
 * graph, and what runs their code (the {@link dev.godwit.api.RevisionContext} on the run's
 * connection). The compiler's classes are loaded only when a {@code .java} revision exists.
 */
package dev.godwit.internal.javarev;
