package dev.godwit.api;

import java.nio.file.Path;

/**
 * One thing `validate` found wrong.
 *
 * @param revision the revision concerned, or null for a problem with the whole folder
 * @param file     its file, or null
 * @param message  what is wrong
 * @param hint     what to do about it
 */
public record ValidationProblem(String revision, Path file, String message, String hint) {
}
