package dev.godwit.cli.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes revision files for tests. */
public final class Revisions {

    private Revisions() {
    }

    /** Writes `<dir>/migrations/versions/<id>.sql` with a header and both sections. */
    public static Path write(Path dir, String id, String revises, String upgrade, String downgrade) throws IOException {
        return write(dir, id, revises, "", upgrade, downgrade);
    }

    /** As {@link #write(Path, String, String, String, String)}, with extra header lines. */
    public static Path write(Path dir, String id, String revises, String extraHeader, String upgrade, String downgrade)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations").resolve("versions"));
        String text = "-- revision: " + id + "\n-- revises: " + (revises == null ? "" : revises) + "\n-- message: "
                + id + "\n" + extraHeader + "\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\n"
                + (downgrade == null ? "" : downgrade) + "\n";
        return Files.writeString(folder.resolve(id + ".sql"), text);
    }
}
