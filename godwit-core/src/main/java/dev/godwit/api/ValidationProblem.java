package dev.godwit.api;

import java.nio.file.Path;

/**
 * One thing `validate` found wrong.
 *
 * @param code     which kind of problem: {@link ErrorCode#CHECKSUM_MISMATCH} (edited after it ran),
 *                 {@link ErrorCode#BOOKKEEPING_MISMATCH} (no file has it), or the code of the
 *                 error that kept the file from being checked
 * @param revision the revision concerned, or null for a problem with the whole folder
 * @param file     its file, or null
 * @param message  what is wrong
 * @param hint     what to do about it, in neutral words (a caller names its own commands from the code)
 */
public record ValidationProblem(ErrorCode code, String revision, Path file, String message, String hint) {
}
