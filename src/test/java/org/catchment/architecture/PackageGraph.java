package org.catchment.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The dependencies of the main classes as docs/architecture.md's tables state them: for each
 * package (named relative to {@code org.catchment}, e.g. {@code io.csv}) the other packages it
 * uses and the libraries it uses, each with one example ({@code Origin -> Target}) to name in a
 * failure. How packages are grouped is given by a unit function, so the same graph serves the
 * table of top-level packages (where {@code io} stands for {@code io} and its subpackages) and the
 * table of subpackages.
 *
 * <p>The root package {@code org.catchment} (the exception types, row "") may be used by every
 * package and is left out as a target; the JDK's packages are left out; any other package outside
 * {@code org.catchment} must belong to a library of the libraries table.
 */
final class PackageGraph {

    static final String ROOT = "org.catchment";
    private static final String[] JDK = {"java.", "javax.", "jdk.", "org.w3c.", "org.xml."};

    /** package -> (used package -> example). */
    final Map<String, Map<String, String>> uses = new TreeMap<>();
    /** package -> (library -> example). */
    final Map<String, Map<String, String>> libraries = new TreeMap<>();
    /** external packages used that no library of the table claims -> example. */
    final Map<String, String> unknownLibraries = new TreeMap<>();

    /**
     * @param classes   the main classes
     * @param rows      for an origin package and a target package (both relative to the root), the
     *                  row the target belongs to as seen from that origin (the origin's own row when
     *                  the target is the origin), or null to leave it out
     * @param libraries library name by Java package prefix
     */
    static PackageGraph of(JavaClasses classes, BinaryOperator<String> rows, Map<String, String> libraries) {
        PackageGraph g = new PackageGraph();
        for (JavaClass c : classes) {
            String from = relative(c.getPackageName());
            String row = from == null ? null : rows.apply(from, from);
            if (row == null) {
                continue;
            }
            g.uses.computeIfAbsent(row, k -> new TreeMap<>());
            g.libraries.computeIfAbsent(row, k -> new TreeMap<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                String pkg = target.getPackageName();
                String example = c.getSimpleName() + " -> " + target.getName();
                String to = relative(pkg);
                if (to != null) {
                    String toRow = to.isEmpty() ? null : rows.apply(from, to);
                    if (toRow != null && !toRow.equals(row)) {
                        g.uses.get(row).putIfAbsent(toRow, example);
                    }
                } else if (!isJdk(pkg)) {
                    String library = library(pkg, libraries);
                    if (library == null) {
                        g.unknownLibraries.putIfAbsent(pkg, c.getName() + " -> " + target.getName());
                    } else {
                        g.libraries.get(row).putIfAbsent(library, example);
                    }
                }
            }
        }
        return g;
    }

    /** @return the rows: the top-level package of every package ({@code io.csv} -> {@code io}) */
    static String topLevel(String from, String to) {
        return top(to);
    }

    /**
     * @param nested the top-level packages whose subpackages the table lists one by one
     * @return the rows: every package of a nested tree by its own name; a target outside the
     *     origin's tree by its top-level package; origins outside the nested trees left out
     */
    static BinaryOperator<String> subpackages(Set<String> nested) {
        return (from, to) -> {
            String fromTop = top(from);
            if (from.isEmpty() || !nested.contains(fromTop)) {
                return null;
            }
            return top(to).equals(fromTop) ? to : top(to);
        };
    }

    static String top(String relative) {
        int dot = relative.indexOf('.');
        return dot < 0 ? relative : relative.substring(0, dot);
    }

    /** @return the package relative to the root ("" for the root itself), or null outside it */
    static String relative(String pkg) {
        if (pkg.equals(ROOT)) {
            return "";
        }
        return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
    }

    private static boolean isJdk(String pkg) {
        if (pkg.isEmpty()) {
            return true;
        }
        for (String p : JDK) {
            if (pkg.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String library(String pkg, Map<String, String> libraries) {
        String best = null;
        for (Map.Entry<String, String> e : libraries.entrySet()) {
            String prefix = e.getKey();
            if ((pkg.equals(prefix) || pkg.startsWith(prefix + "."))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : libraries.get(best);
    }
}
