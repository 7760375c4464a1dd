package org.catchment.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the source tree: every main package has a {@code package-info.java} whose "May use"
 * paragraph names the same packages and libraries as the package's row in docs/architecture.md
 * (its own row in the table of subpackages, else its row in the table of packages), and no file in
 * {@code src/main} is longer than {@value #MAX_LINES} lines.
 */
class SourceTreeTest {

    static final int MAX_LINES = 500;
    private static final Path MAIN = Path.of("src", "main");
    private static final Path JAVA = MAIN.resolve("java");
    private static final Pattern MAY_USE = Pattern.compile("<p>May use: (.+?)\\. Libraries: (.+?)\\.\\s*$");
    private static final Pattern CODE = Pattern.compile("\\{@code ([^}]+)}");

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path dir : packageFolders()) {
            if (!Files.isRegularFile(dir.resolve("package-info.java"))) {
                missing.add(packageName(dir));
            }
        }
        assertThat(missing).as("packages without a package-info.java (say what the package holds and, in a last"
                + " paragraph '<p>May use: {@code a}, {@code b}. Libraries: X, Y.', what it may use)").isEmpty();
    }

    @Test
    void everyPackageInfoSaysWhatItsRowOfTheArchitectureTablesSays() throws IOException {
        ArchitectureDoc doc = ArchitectureDoc.read();
        List<String> wrong = new ArrayList<>();
        for (Path dir : packageFolders()) {
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                continue;
            }
            String rel = PackageGraph.relative(packageName(dir));
            ArchitectureDoc.Row row = doc.subpackages.containsKey(rel) ? doc.subpackages.get(rel) : doc.packages.get(rel);
            Matcher m = MAY_USE.matcher(commentText(info));
            if (row == null) {
                wrong.add(info + ": the package has no row in " + ArchitectureDoc.FILE);
            } else if (!m.find()) {
                wrong.add(info + ": no last paragraph '<p>May use: ... . Libraries: ... .'");
            } else {
                Set<String> uses = new TreeSet<>();
                Matcher c = CODE.matcher(m.group(1));
                while (c.find()) {
                    uses.add(c.group(1).trim());
                }
                Set<String> libraries = new TreeSet<>();
                if (!m.group(2).equals("none")) {
                    for (String l : m.group(2).split(",")) {
                        libraries.add(l.trim());
                    }
                }
                if (!uses.equals(new TreeSet<>(row.uses())) || !libraries.equals(new TreeSet<>(row.libraries()))) {
                    wrong.add(info + " says it may use " + uses + " and libraries " + libraries + "; "
                            + ArchitectureDoc.FILE + " says " + new TreeSet<>(row.uses()) + " and "
                            + new TreeSet<>(row.libraries()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noFileInSrcMainIsLongerThan500Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                long lines = lines(bytes);
                if (lines > MAX_LINES) {
                    tooLong.add(f + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).as("files in src/main above " + MAX_LINES + " lines: split them").isEmpty();
    }

    /** @return the number of lines of a text file (a last line without a line end counts), 0 for a binary file */
    static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return 0;
            }
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }

    /** @return the folders under src/main/java that hold Java sources: the packages */
    private static Set<Path> packageFolders() throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> dirs.add(f.getParent()));
        }
        return dirs;
    }

    private static String packageName(Path dir) {
        return JAVA.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
    }

    /** @return the text of the file's Javadoc comment, without the comment markers and leading stars, as one line */
    private static String commentText(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf("/**");
        int end = text.indexOf("*/", start + 3);
        if (start < 0 || end < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.substring(start + 3, end).split("\n")) {
            b.append(line.replaceFirst("^\\s*\\*?\\s?", "")).append(' ');
        }
        return b.toString().replaceAll("\\s+", " ").trim();
    }
}
