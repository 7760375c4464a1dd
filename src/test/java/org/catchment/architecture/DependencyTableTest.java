package org.catchment.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package tables of docs/architecture.md against the compiled code: every package the code
 * has is a row, every dependency of a package on another package or on a library is in its row,
 * and every entry of a row is a dependency the code has. So a new dependency means changing the
 * table, and the table never lists one the code dropped. The layer rule of
 * {@link ArchitectureTest} is checked to be the table too.
 */
class DependencyTableTest {

    private static ArchitectureDoc doc;
    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        doc = ArchitectureDoc.read();
        classes = MainClasses.get();
    }

    @Test
    void theTableOfPackagesIsWhatTheCodeUses() {
        PackageGraph code = PackageGraph.of(classes, PackageGraph::topLevel, doc.libraryPackages);
        assertThat(differences(doc.packages, code)).as(report("package", code)).isEmpty();
    }

    @Test
    void theTableOfSubpackagesIsWhatTheCodeUses() {
        Set<String> nested = new TreeSet<>();
        for (var c : classes) {
            String rel = PackageGraph.relative(c.getPackageName());
            if (rel != null && rel.contains(".")) {
                nested.add(PackageGraph.top(rel));
            }
        }
        PackageGraph code = PackageGraph.of(classes, PackageGraph.subpackages(nested), doc.libraryPackages);
        assertThat(differences(doc.subpackages, code)).as(report("subpackage", code)).isEmpty();
    }

    @Test
    void everyLibraryTheCodeUsesIsInTheTableOfLibraries() {
        PackageGraph code = PackageGraph.of(classes, PackageGraph::topLevel, doc.libraryPackages);
        assertThat(code.unknownLibraries).as("Java packages used by the code that no row of the libraries table in "
                + ArchitectureDoc.FILE + " claims (add the library there, with its reason in docs/dependencies.md)")
                .isEmpty();
    }

    @Test
    void theLayerRuleIsTheTableOfPackages() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        doc.packages.forEach((name, row) -> {
            if (!name.isEmpty()) {
                table.put(name, new TreeSet<>(row.uses()));
            }
        });
        Map<String, Set<String>> rule = new LinkedHashMap<>();
        ArchitectureTest.LAYERS.forEach((name, uses) -> rule.put(name, new TreeSet<>(uses)));
        assertThat(rule).as("ArchitectureTest.LAYERS and the uses column of " + ArchitectureDoc.FILE)
                .containsExactlyInAnyOrderEntriesOf(table);
    }

    /** @return every way the table and the code disagree, one line each */
    static List<String> differences(Map<String, ArchitectureDoc.Row> table, PackageGraph code) {
        List<String> out = new ArrayList<>();
        for (String pkg : code.uses.keySet()) {
            if (!table.containsKey(pkg)) {
                out.add(name(pkg) + " is in the code but has no row");
            }
        }
        for (Map.Entry<String, ArchitectureDoc.Row> e : table.entrySet()) {
            String pkg = e.getKey();
            if (!code.uses.containsKey(pkg)) {
                out.add(name(pkg) + " has a row but no class");
                continue;
            }
            compare(out, pkg, "uses", e.getValue().uses(), code.uses.get(pkg));
            compare(out, pkg, "libraries", e.getValue().libraries(), code.libraries.get(pkg));
        }
        return out;
    }

    private static void compare(List<String> out, String pkg, String column, Set<String> listed,
                                Map<String, String> found) {
        for (Map.Entry<String, String> f : found.entrySet()) {
            if (!listed.contains(f.getKey())) {
                out.add(name(pkg) + " uses " + f.getKey() + " (" + f.getValue() + "), not in its " + column + " column");
            }
        }
        for (String l : listed) {
            if (!found.containsKey(l)) {
                out.add(name(pkg) + " lists " + l + " in its " + column + " column, but no class of it uses " + l);
            }
        }
    }

    private static String report(String firstColumn, PackageGraph code) {
        StringBuilder b = new StringBuilder("the table whose first column is '" + firstColumn + "' in "
                + ArchitectureDoc.FILE + " against the code. The code's dependencies, as the uses and libraries"
                + " columns would list them:\n");
        for (String pkg : code.uses.keySet()) {
            b.append("| `").append(name(pkg)).append("` | ").append(cell(code.uses.get(pkg).keySet(), "`"))
                    .append(" | ").append(cell(code.libraries.get(pkg).keySet(), "")).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(Set<String> items, String quote) {
        if (items.isEmpty()) {
            return "—";
        }
        Set<String> quoted = new LinkedHashSet<>();
        items.forEach(i -> quoted.add(quote + i + quote));
        return String.join(", ", quoted);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? PackageGraph.ROOT : pkg;
    }
}
