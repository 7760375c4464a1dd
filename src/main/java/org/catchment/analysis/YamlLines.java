package org.catchment.analysis;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of every key and list item of a YAML text, by path ({@code facilities[2].bands_min}),
 * so that a value found wrong after loading can be reported at its line.
 */
final class YamlLines {

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    /** @return the lines of a YAML text, or an empty index when the text does not parse */
    static YamlLines of(String text) {
        YamlLines index = new YamlLines();
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
            if (root != null) {
                index.walk(root, "");
            }
        } catch (RuntimeException e) {
            // a syntax error is reported by the loader with its own line; nothing to index
        }
        return index;
    }

    private void walk(Node node, String path) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    String p = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.put(p, key.getStartMark().getLine() + 1);
                    walk(t.getValueNode(), p);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                String p = path + "[" + i + "]";
                lines.put(p, seq.getValue().get(i).getStartMark().getLine() + 1);
                walk(seq.getValue().get(i), p);
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
