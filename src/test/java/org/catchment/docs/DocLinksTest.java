package org.catchment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document the project's Markdown files and code comments point at is in the repository:
 * the links and images of every Markdown file (relative targets must exist inside the repository,
 * and an anchor must be a heading of its file, as GitHub makes anchors), the Markdown and
 * {@code docs/} files they name in their text, the {@code docs/} paths and {@code .md} files that
 * comments in the sources and the pom name, and the classes the documents name in code spans
 * ({@code io.shapefile.ShapefileReader}). Notes kept outside the repository (the stack notes, the
 * design notes, the old parts folder of the docs) are not to be cited, and the Markdown files do not
 * point at data outside it either.
 */
class DocLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern URL = Pattern.compile("(?:https?|mailto|file):\\S+");
    private static final Pattern MD_NAME = Pattern.compile("(?<![\\w./-])((?:\\.{1,2}/)*(?:[\\w-]+/)*[\\w.-]+\\.md)(#[\\w-]+)?(?![\\w/-])");
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w./-])(docs/(?:[\\w.*-]+/)*[\\w*-]+(?:\\.\\w+)?/?)(#[\\w-]+)?");
    private static final Pattern OUTSIDE_NOTES = Pattern.compile("stack-notes|_parts/");
    private static final Pattern OUTSIDE_DATA = Pattern.compile("\\.\\./shared/|/work/shared");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "^(?:org\\.catchment\\.)?((?:layer|io|network|servicearea|catchment|overlay|render|analysis|export|bench|cli|ui)"
                    + "(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyLinkOfTheMarkdownFilesResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path md : markdownFiles()) {
            for (String target : new Markdown(read(md)).links()) {
                String problem = checkLink(md, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(md) + ": " + target + ": " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyFileTheMarkdownFilesNameIsInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path md : markdownFiles()) {
            broken.addAll(checkNames(md, String.join("\n", read(md)), true));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyDocumentTheSourceCommentsNameIsInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(ROOT.resolve("src"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path java : sources) {
            broken.addAll(checkNames(java, SourceComments.ofJava(Files.readString(java, StandardCharsets.UTF_8)), false));
        }
        Path pom = ROOT.resolve("pom.xml");
        broken.addAll(checkNames(pom, SourceComments.ofXml(Files.readString(pom, StandardCharsets.UTF_8)), false));
        assertThat(broken).isEmpty();
    }

    @Test
    void everyClassTheDocumentsNameExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path md : markdownFiles()) {
            for (String span : new Markdown(read(md)).codeSpans()) {
                Matcher m = CLASS_NAME.matcher(span);
                if (m.find()) {
                    String path = "org/catchment/" + m.group(1).replace('.', '/') + "/" + m.group(2) + ".java";
                    if (!Files.exists(ROOT.resolve("src/main/java").resolve(path))
                            && !Files.exists(ROOT.resolve("src/test/java").resolve(path))) {
                        missing.add(ROOT.relativize(md) + ": `" + span + "` names no class in src (moved or renamed?)");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckFindsABrokenLinkAMissingAnchorAndAFileOutsideTheRepository() throws IOException {
        Path readme = ROOT.resolve("README.md");
        assertThat(checkLink(readme, "docs/method.md")).isNull();
        assertThat(checkLink(readme, "docs/method.md#summary-of-defaults")).isNull();
        assertThat(checkLink(readme, "docs/methods.md")).contains("no such file");
        assertThat(checkLink(readme, "docs/method.md#no-such-section")).contains("no heading");
        assertThat(checkLink(readme, "../README.md")).contains("outside the repository");
        assertThat(checkLink(readme, "https://example.org/x.md")).isNull();
        assertThat(checkNames(readme, "see design.md, section 4", false)).hasSize(1);
        assertThat(checkNames(readme, "(stack-notes pitfall 4)", false)).hasSize(1);
        assertThat(checkNames(readme, "see docs/method.md#summary-of-defaults and https://x.org/a.md", false)).isEmpty();
        String comments = SourceComments.ofJava("String s = \"design.md\"; // see docs/nothing.md\n/** docs/method.md */");
        assertThat(checkNames(readme, comments, false)).singleElement().asString().contains("docs/nothing.md");
        assertThat(new Markdown(List.of("[a](x.md)", "```", "[b](y.md)", "```", "![c](img.png \"t\")")).links())
                .containsExactly("x.md", "img.png");
    }

    @Test
    void anchorsAreGitHubs() {
        assertThat(Markdown.slug("Service-area polygons (`ServiceAreas`, `LineBuffer`)"))
                .isEqualTo("service-area-polygons-serviceareas-linebuffer");
        assertThat(Markdown.slug("Appendix: the design notes' method defaults")).isEqualTo("appendix-the-design-notes-method-defaults");
        assertThat(Markdown.slug("200,000 and 1,000,000 links: network and catchment"))
                .isEqualTo("200000-and-1000000-links-network-and-catchment");
        assertThat(new Markdown(List.of("# A", "## B", "## B", "```", "# C", "```")).anchors()).containsExactly("a", "b", "b-1");
    }

    /** @return why a link target of a Markdown file does not resolve, or null when it does */
    private String checkLink(Path md, String target) {
        if (SCHEME.matcher(target).matches()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        Path file = path.isEmpty() ? md : md.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!anchor.isEmpty() && file.toString().endsWith(".md") && !anchorsOf(file).contains(anchor)) {
            return "no heading with the anchor #" + anchor + " in " + ROOT.relativize(file);
        }
        return null;
    }

    /**
     * @param markdown true for a Markdown file (names resolve against its folder, the repository
     *                 and docs/), false for source comments (the repository and docs/)
     * @return the names of documents in the text that are not in the repository
     */
    private List<String> checkNames(Path source, String text, boolean markdown) {
        List<String> out = new ArrayList<>();
        String t = text.contains(":") ? URL.matcher(text).replaceAll(m -> " ".repeat(m.group().length())) : text;
        for (Pattern p : List.of(MD_NAME, DOCS_PATH)) {
            if (!t.contains(p == MD_NAME ? ".md" : "docs/")) {
                continue;
            }
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (p == DOCS_PATH && m.group(1).endsWith(".md")) {
                    continue;
                }
                String problem = checkName(source, m.group(1), m.group(2), markdown);
                if (problem != null) {
                    out.add(where(source, text, m.start()) + m.group() + ": " + problem);
                }
            }
        }
        Matcher o = OUTSIDE_NOTES.matcher(t);
        while (o.find()) {
            out.add(where(source, text, o.start()) + o.group() + ": names notes kept outside the repository;"
                    + " cite a document in docs/ instead");
        }
        Matcher d = OUTSIDE_DATA.matcher(markdown ? t : "");
        while (d.find()) {
            out.add(where(source, text, d.start()) + d.group() + ": names data outside the repository");
        }
        return out;
    }

    private String checkName(Path source, String name, String anchor, boolean markdown) {
        List<Path> candidates = new ArrayList<>();
        if (markdown) {
            candidates.add(source.getParent().resolve(name).normalize());
        }
        candidates.add(ROOT.resolve(name).normalize());
        candidates.add(ROOT.resolve("docs").resolve(name).normalize());
        for (Path c : candidates) {
            if (c.startsWith(ROOT) && exists(c)) {
                if (anchor != null && c.toString().endsWith(".md") && !anchorsOf(c).contains(anchor.substring(1))) {
                    return "no heading with the anchor " + anchor + " in " + ROOT.relativize(c);
                }
                return null;
            }
        }
        return "no such file in the repository";
    }

    /** @return true if the file exists or, for a name with a {@code *}, some file in its folder matches it */
    private static boolean exists(Path file) {
        if (!file.getFileName().toString().contains("*")) {
            return Files.exists(file);
        }
        PathMatcher glob = file.getFileSystem().getPathMatcher("glob:" + file.getFileName());
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.anyMatch(p -> glob.matches(p.getFileName()));
        } catch (IOException e) {
            return false;
        }
    }

    private static String where(Path source, String text, int offset) {
        return ROOT.relativize(source) + ":" + SourceComments.line(text, offset) + ": ";
    }

    private Set<String> anchorsOf(Path md) {
        return anchors.computeIfAbsent(md, f -> new Markdown(read(f)).anchors());
    }

    /** @return every Markdown file of the repository, leaving out build output and hidden folders */
    private static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        for (Path part : ROOT.relativize(p)) {
                            String n = part.toString();
                            if (n.startsWith(".") || n.equals("target") || n.equals("node_modules")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
