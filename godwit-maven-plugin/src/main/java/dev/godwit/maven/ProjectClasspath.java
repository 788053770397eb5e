package dev.godwit.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The project's classes and dependencies as the goal sees them: its output folder
 * ({@code target/classes}) and its compile and runtime dependency jars, in Maven's order. They are
 * the class path of a {@code jpa:} model, and the class loader the goal runs under (the context
 * class loader), ready for anything Godwit loads from the application's own classes.
 */
record ProjectClasspath(List<Path> entries) {

    ProjectClasspath {
        entries = List.copyOf(entries);
    }

    static ProjectClasspath of(MavenProject project) {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            // A goal that does not resolve dependencies: only what the project has built.
            elements.add(project.getBuild().getOutputDirectory());
        }
        List<Path> paths = new ArrayList<>();
        for (String element : elements) {
            Path path = Path.of(element);
            if (Files.exists(path)) {
                paths.add(path);
            }
        }
        return new ProjectClasspath(paths);
    }

    /** A class loader over these entries, after {@code parent} (the plugin's: Godwit, the JPA support). */
    URLClassLoader classLoader(ClassLoader parent) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("Not a class path entry: " + entries.get(i), e);
            }
        }
        return new URLClassLoader("godwit-project", urls, parent);
    }
}
