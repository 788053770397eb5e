package dev.godwit.run;

import dev.godwit.script.RevisionFile;
import dev.godwit.script.RevisionFileParser;
import dev.godwit.script.SplitterOptions;
import dev.godwit.script.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of what a revision runs: SHA-256 over its upgrade and downgrade statements as the
 * splitter sees them, with comments and insignificant white space removed. Renaming the file,
 * changing line endings, re-indenting or editing a comment changes nothing; changing a token does.
 * The algorithm's version is stored beside each checksum so a future algorithm never fails a
 * database checked with an older one.
 */
public final class Checksum {
    /** The version of this algorithm, stored with every checksum. */
    public static final String ALGORITHM = "sha256-v1";

    private Checksum() {
    }

    public static String of(RevisionFile file, SplitterOptions options) {
        return of(RevisionFileParser.statements(file, true, options), RevisionFileParser.statements(file, false, options));
    }

    /** The checksum of a revision's statements, already split. */
    public static String of(List<Statement> upgrade, List<Statement> downgrade) {
        MessageDigest digest = sha256();
        feed(digest, "upgrade", upgrade);
        feed(digest, "downgrade", downgrade);
        return HexFormat.of().formatHex(digest.digest());
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
        return ALGORITHM.equals(algorithm);
    }
}
