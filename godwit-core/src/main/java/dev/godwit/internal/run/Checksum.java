package dev.godwit.internal.run;

import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksum of what a revision runs, taken over its upgrade and downgrade statements as the
 * dialect's splitter reads them: comments and white space between tokens do not count, tokens do.
 * Renaming the file, changing line endings, re-indenting or editing a comment changes nothing;
 * changing a token, or moving a statement from one section to the other, does.
 *
 * <p>The algorithm's name is stored beside each checksum, so a database checked with an older
 * algorithm keeps being verified with that one:
 * <ul>
 *   <li>{@value #ALGORITHM} (new checksums): CRC-32C and CRC-32 of the statements' token stream
 *       ({@link dev.godwit.internal.script.StatementSplitter}), 16 hex digits. Both are computed by the CPU's
 *       own instructions even before the JVM has compiled anything, so checking hundreds of revisions
 *       costs next to nothing; 64 bits make an accidental match of an edited file practically
 *       impossible. Like any checksum it detects edits; it is not a signature.</li>
 *   <li>{@value #SHA256_V1}: SHA-256 over each statement's normalized text. Still verified.</li>
 * </ul>
 */
public final class Checksum {
    /** The algorithm of every checksum Godwit records. */
    public static final String ALGORITHM = "crc32c-crc32-v2";
    /** The first algorithm; checksums recorded with it are still verified with it. */
    public static final String SHA256_V1 = "sha256-v1";

    private static final HexFormat HEX = HexFormat.of();

    private Checksum() {
    }

    /** The checksum of a revision file's shared sections, with {@value #ALGORITHM}. */
    public static String of(RevisionFile file, SplitterOptions options) {
        return SplitRevision.of(file, new Reading(null, options)).checksum();
    }

    /** The checksum of the sections of {@code file} that run on {@code reading}'s dialect. */
    public static String of(RevisionFile file, Reading reading) {
        return SplitRevision.of(file, reading).checksum();
    }

    /** {@value #ALGORITHM} of a token stream written by the splitter. */
    static String ofTokens(CharSequence tokens) {
        byte[] bytes = tokens.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes, 0, bytes.length);
        CRC32 ieee = new CRC32();
        ieee.update(bytes, 0, bytes.length);
        return HEX.toHexDigits((int) castagnoli.getValue()) + HEX.toHexDigits((int) ieee.getValue());
    }

    /** {@value #SHA256_V1} of a revision's statements, already split. */
    static String sha256V1(List<Statement> upgrade, List<Statement> downgrade) {
        MessageDigest digest = sha256();
        feed(digest, "upgrade", upgrade);
        feed(digest, "downgrade", downgrade);
        return HEX.formatHex(digest.digest());
    }

    private static void feed(MessageDigest digest, String section, List<Statement> statements) {
        digest.update(section.getBytes(StandardCharsets.UTF_8));
        for (Statement s : statements) {
            byte[] text = s.normalized().getBytes(StandardCharsets.UTF_8);
            // Length-prefixed, so statement boundaries are part of what is hashed.
            digest.update(new byte[] {0, (byte) (text.length >>> 24), (byte) (text.length >>> 16),
                    (byte) (text.length >>> 8), (byte) text.length});
            digest.update(text);
        }
        digest.update((byte) 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a stored algorithm is one this version can recompute. */
    public static boolean canVerify(String algorithm) {
        return ALGORITHM.equals(algorithm) || SHA256_V1.equals(algorithm);
    }
}
