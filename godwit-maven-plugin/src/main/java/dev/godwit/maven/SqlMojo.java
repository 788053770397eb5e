package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the offline SQL script (no connection) to a file, a build artifact for a DBA or a
 * deployment: an upgrade for {@code [FROM:]TO}, or with {@code downgrade} a downgrade for
 * {@code FROM:TO}, for the configured database or another {@code dialect}. The file is attached to
 * the project (type {@code sql}), so {@code install} and {@code deploy} publish it with the jar.
 */
@Mojo(name = "sql", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends GodwitMojo {

    /** {@code [FROM:]TO} for an upgrade ({@code head}: from empty to head), {@code FROM:TO} for a downgrade. */
    @Parameter(property = "godwit.range", defaultValue = "head")
    String range;

    /** The database the script is for: {@code postgresql}, {@code mysql}, {@code sqlite} (default: the configured one). */
    @Parameter(property = "godwit.dialect")
    String dialect;

    /** Writes a downgrade script instead. */
    @Parameter(property = "godwit.downgrade", defaultValue = "false")
    boolean downgrade;

    /** Where the script goes. */
    @Parameter(property = "godwit.outputFile", defaultValue = "${project.build.directory}/godwit/upgrade.sql")
    File outputFile;

    /**
     * Attaches the script to the project as an artifact of type {@code sql}, with this classifier
     * (default: {@code upgrade} or {@code downgrade}, then {@code -DIALECT} when one is given).
     */
    @Parameter(property = "godwit.classifier")
    String classifier;

    /** Writes the file without attaching it. */
    @Parameter(property = "godwit.attach", defaultValue = "true")
    boolean attach;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    void run(Godwit godwit, Output out) {
        String sql = downgrade ? godwit.downgradeSql(range, blank(dialect)) : godwit.upgradeSql(range, blank(dialect));
        try {
            Files.createDirectories(outputFile.toPath().toAbsolutePath().getParent());
            Files.writeString(outputFile.toPath(), out.clean(sql), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not write the SQL script to " + outputFile + ": "
                    + e.getMessage(), "Check that the folder can be written, or set godwit.outputFile.", e);
        }
        out.info("Wrote the " + (downgrade ? "downgrade" : "upgrade") + " script for " + range
                + (blank(dialect) == null ? "" : " (" + dialect.strip() + ")") + ": " + outputFile);
        if (attach) {
            String name = classifier();
            projectHelper.attachArtifact(project, "sql", name, outputFile);
            out.info("Attached as " + project.getGroupId() + ":" + project.getArtifactId() + ":sql:" + name + ":"
                    + project.getVersion());
        }
    }

    private String classifier() {
        if (blank(classifier) != null) {
            return classifier.strip();
        }
        String name = downgrade ? "downgrade" : "upgrade";
        return blank(dialect) == null ? name : name + "-" + dialect.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
