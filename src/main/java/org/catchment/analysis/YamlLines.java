package org.catchment.analysis;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.catchment.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of every key and list item of a YAML text, by path ({@code facilities[2].bands_min}),
 * so that a value found wrong after loading can be reported at its line. {@link #check} also
 * refuses, before anything is loaded, what the loader would take silently or report badly: a
 * syntax error (reported at its own line and column, in one line), a key given twice in one
 * section (the loader keeps the last) and a second document after {@code ---} (the loader reads
 * only the first).
 */
final class YamlLines {

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    /**
     * Parses an analysis file's text as YAML and indexes its lines.
     *
     * @param file the file, for messages
     * @throws InputException at the line (and column) of a syntax error, a repeated key or a second document
     */
    static YamlLines check(String text, Path file) {
        YamlLines index = new YamlLines();
        try {
            Iterator<Node> documents = new Yaml(new LoaderOptions()).composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return index;
            }
            Node root = documents.next();
            if (root != null) {
                index.walk(root, "", file);
            }
            if (documents.hasNext()) {
                Node second = documents.next();
                int line = second == null ? 0 : second.getStartMark().getLine() + 1;
                throw new InputException(file, line > 0 ? "line " + line : null, "a second YAML document starts here"
                        + " (after '---'), and an analysis file holds one analysis",
                        "Remove the '---' line and what follows it, or move that analysis into a file of its own");
            }
        } catch (MarkedYAMLException e) {
            throw syntax(e, file);
        } catch (YAMLException e) {
            throw new InputException(file, null, "this is not valid YAML (" + firstLine(e.getMessage()) + ")",
                    "Check the indentation and the colons", e);
        }
        return index;
    }

    private static InputException syntax(MarkedYAMLException e, Path file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? null : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("\\t") || problem.contains("\t")) {
            return new InputException(file, where, "a tab is used to indent, and YAML indents with spaces only",
                    "Replace the tab with spaces", e);
        }
        String words = problem.replaceAll("\\s*\\(.*\\)\\s*$", "").replace('\n', ' ').trim();
        return new InputException(file, where, "this is not valid YAML (" + words + ")", advice(words), e);
    }

    private static String advice(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "Check the indentation of that line, and put a value holding ': ' in quotes";
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return "Close the brackets opened before that point, and separate the items with commas";
        }
        if (problem.contains("end of stream")) {
            return "A quote or bracket is not closed before the end of the file";
        }
        return "Check the indentation and the colons around that line";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }

    /** @param file for the message about a repeated key; null when only indexing */
    private void walk(Node node, String path, Path file) {
        if (node instanceof MappingNode map) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    String p = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    int line = key.getStartMark().getLine() + 1;
                    Integer before = seen.put(key.getValue(), line);
                    if (before != null && file != null) {
                        throw new InputException(file, "line " + line + ", " + p, "the key '" + key.getValue()
                                + "' is given twice (lines " + before + " and " + line + "); only one value can count",
                                "Remove one of the two lines");
                    }
                    lines.put(p, line);
                    walk(t.getValueNode(), p, file);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                String p = path + "[" + i + "]";
                lines.put(p, seq.getValue().get(i).getStartMark().getLine() + 1);
                walk(seq.getValue().get(i), p, file);
            }
        }
    }

    /**
     * @param path a key path; when it has no line of its own the nearest enclosing path's is used
     * @return the 1-based line, or 0 when unknown
     */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 0;
    }
}
