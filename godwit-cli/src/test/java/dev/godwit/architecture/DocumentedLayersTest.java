package dev.godwit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package map of {@code docs/architecture.md} against the compiled code: the table
 * "Package map" gives every package a floor, and each package may import only packages on lower
 * floors. The test fails when the code has a package the map lacks (or the reverse), or when an
 * import runs sideways or up; its message lists each offending import and the floors the code
 * would need, so the map is easy to bring back in line.
 */
class DocumentedLayersTest {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*`(dev\\.godwit[\\w.]*)`\\s*\\|", Pattern.MULTILINE);
    static JavaClasses classes;
    static Map<String, Integer> floors;

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.godwit");
        String doc = Files.readString(Repository.root().resolve("docs/architecture.md"));
        floors = new LinkedHashMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            floors.put(m.group(2), Integer.parseInt(m.group(1)));
        }
    }

    @Test
    void theMapNamesEveryPackageOfTheCodeAndNoOther() {
        assertEquals(new TreeSet<>(packages().keySet()), new TreeSet<>(floors.keySet()),
                "packages in the code vs packages in docs/architecture.md's package map");
    }

    @Test
    void everyImportRunsDownTheMap() {
        List<String> offences = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : packages().entrySet()) {
            Integer from = floors.get(e.getKey());
            for (String target : e.getValue()) {
                Integer to = floors.get(target);
                if (from != null && to != null && to >= from) {
                    offences.add(e.getKey() + " (floor " + from + ") imports " + target + " (floor " + to + ")");
                }
            }
        }
        assertEquals(List.of(), offences, "imports that do not run down docs/architecture.md's package map; "
                + "floors the code would need: " + neededFloors());
    }

    /** Each package of the code and the other packages of the code it depends on. */
    static Map<String, TreeSet<String>> packages() {
        Map<String, TreeSet<String>> deps = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("dev.godwit")) {
                continue;
            }
            TreeSet<String> targets = deps.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getBaseComponentType().getPackageName();
                if (target.startsWith("dev.godwit") && !target.equals(c.getPackageName())) {
                    targets.add(target);
                }
            }
        }
        return deps;
    }

    /** The lowest floor each package could have: one above the highest package it imports. */
    static Map<String, Integer> neededFloors() {
        Map<String, TreeSet<String>> deps = packages();
        Map<String, Integer> floor = new TreeMap<>();
        for (String p : deps.keySet()) {
            floor(p, deps, floor, new TreeSet<>());
        }
        return floor;
    }

    private static int floor(String p, Map<String, TreeSet<String>> deps, Map<String, Integer> floor, TreeSet<String> path) {
        if (floor.containsKey(p)) {
            return floor.get(p);
        }
        if (!path.add(p)) {
            return 0; // a cycle: ArchitectureTest names it
        }
        int f = 1;
        for (String q : deps.getOrDefault(p, new TreeSet<>())) {
            f = Math.max(f, floor(q, deps, floor, path) + 1);
        }
        path.remove(p);
        floor.put(p, f);
        return f;
    }
}
