package dev.godwit.internal.javarev;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where a class was loaded from: its jar, or the classes folder of a build. */
final class OwnLocation {
    private OwnLocation() {
    }

    static String of(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? "" : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return "";
        }
    }
}
