package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.GodwitBuilder;
import dev.godwit.api.Confirmation;
import dev.godwit.api.GodwitException;
import dev.godwit.api.Redaction;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the configuration from the POM's {@code <configuration>} and the
 * {@code -Dgodwit.*} properties (which win over godwit.toml in the project's folder, as the
 * command line's options do), the project's classes and dependencies on the goal's class loader,
 * and Godwit's failures turned into build failures that say what is wrong and what to do next,
 * passwords masked.
 */
abstract class GodwitMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The database URL (JDBC or {@code postgres://user@host/db} form); wins over godwit.toml. */
    @Parameter(property = "godwit.url")
    String url;

    /** The user to connect as; replaces the URL's. */
    @Parameter(property = "godwit.user")
    String user;

    /** The password to connect with; replaces the URL's. Never printed. */
    @Parameter(property = "godwit.password")
    String password;

    /** An explicit godwit.toml; by default the one in the project's folder is read when there is one. */
    @Parameter(property = "godwit.configFile")
    File configFile;

    /** The {@code [environments.NAME]} table of godwit.toml to apply. */
    @Parameter(property = "godwit.environment")
    String environment;

    /** The folder of revision files. */
    @Parameter(property = "godwit.migrations")
    File migrations;

    /** The schema (PostgreSQL) or database (MariaDB/MySQL) to work in. */
    @Parameter(property = "godwit.schema")
    String schema;

    /** The version table's name. */
    @Parameter(property = "godwit.versionTable")
    String versionTable;

    /** The desired schema: a folder of .sql files, or {@code jpa:com.example.model} for the project's entities. */
    @Parameter(property = "godwit.model")
    String model;

    /**
     * Packages of the project (with their sub-packages) whose classes implementing
     * {@code dev.godwit.api.JavaRevision} are revisions beside the files; replaces
     * {@code java_revisions} of godwit.toml. Their classes come from {@code target/classes} and the
     * dependencies, so run the goal after {@code compile}.
     */
    @Parameter(property = "godwit.javaRevisionPackages")
    String[] javaRevisionPackages;

    /** In a protected environment ({@code confirm = true}): the database's name, confirming the change. */
    @Parameter(property = "godwit.confirm")
    String confirm;

    /** Skips the goal. */
    @Parameter(property = "godwit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Godwit (godwit.skip)");
            return;
        }
        ProjectClasspath classpath = ProjectClasspath.of(project);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Redaction secrets = Godwit.noSecrets();
        try (URLClassLoader loader = classpath.classLoader(getClass().getClassLoader())) {
            // The project's classes and dependencies: for what looks them up through the context class
            // loader, and where the core finds the project's Java revisions.
            thread.setContextClassLoader(loader);
            Godwit godwit = builder(classpath).classLoader(loader).load();
            secrets = godwit.secrets();
            run(godwit, new Output(getLog(), secrets, password));
        } catch (GodwitException e) {
            // The cause (and so a stack trace) only for mvn -e or -X: Maven appends a cause's message otherwise.
            throw Failures.of(e, secrets, password, detailed());
        } catch (RuntimeException e) {
            throw Failures.unexpected(e, secrets, password, detailed());
        } catch (IOException e) {
            getLog().debug("Could not close the project's class loader: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private boolean detailed() {
        return session.getRequest().isShowErrors() || getLog().isDebugEnabled();
    }

    /** The goal's work, with Godwit configured. */
    abstract void run(Godwit godwit, Output out) throws MojoFailureException;

    /** Who confirms a change in a protected environment: {@code -Dgodwit.confirm=<database name>}, or nobody. */
    final Confirmation confirmation() {
        return confirm == null || confirm.isBlank() ? null : new DatabaseNameConfirmation(confirm.strip());
    }

    private GodwitBuilder builder(ProjectClasspath classpath) {
        Path base = project.getBasedir().toPath();
        GodwitBuilder builder = Godwit.configure().baseDirectory(base).urlSourceLabel("-Dgodwit.url (or <url>)");
        if (configFile != null) {
            builder.configFile(configFile.toPath());
        }
        if (blank(environment) != null) {
            builder.environment(environment.strip());
        }
        if (blank(url) != null) {
            builder.url(url.strip());
        }
        if (blank(user) != null || password != null) {
            builder.credentials(blank(user), password);
        }
        if (migrations != null) {
            builder.migrations(migrations.toPath());
        }
        if (blank(schema) != null) {
            builder.schema(schema.strip());
        }
        if (blank(versionTable) != null) {
            builder.versionTable(versionTable.strip());
        }
        if (blank(model) != null) {
            builder.model(model.strip());
        }
        if (javaRevisionPackages != null && javaRevisionPackages.length > 0) {
            builder.javaRevisionPackages(javaRevisionPackages);
        }
        if (!classpath.entries().isEmpty()) {
            builder.modelClasspath(classpath.entries());
        }
        return builder;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
