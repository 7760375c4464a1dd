package org.catchment.docs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the link checks need of a Markdown file: its links, its headings' anchors, its prose and code spans. */
final class Markdown {

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HTML = Pattern.compile("<(?:a|img)\\b[^>]*?\\b(?:href|src)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    private final List<String> lines;

    Markdown(List<String> lines) {
        this.lines = lines;
    }

    /**
     * @return the targets of inline links and images, reference definitions (which cannot
     *     interrupt a paragraph, so only after a blank line) and HTML links, outside code blocks
     */
    List<String> links() {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String line : prose()) {
            String text = CODE_SPAN.matcher(line).replaceAll("");
            collect(INLINE_LINK, text, out);
            collect(HTML, text, out);
            Matcher r = REFERENCE.matcher(line);
            if (previous.isBlank() && r.matches()) {
                out.add(r.group(1));
            }
            previous = line;
        }
        return out;
    }

    /** @return the anchors of the headings, as GitHub makes them (repeated headings get -1, -2...) */
    Set<String> anchors() {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose()) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                out.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return out;
    }

    /** @return the code spans of the text outside code blocks */
    List<String> codeSpans() {
        List<String> out = new ArrayList<>();
        for (String line : prose()) {
            collect(CODE_SPAN, line, out);
        }
        return out;
    }

    /** @return the lines outside fenced code blocks */
    List<String> prose() {
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String line : lines) {
            String t = line.strip();
            if (fence == null && (t.startsWith("```") || t.startsWith("~~~"))) {
                fence = t.substring(0, 3);
            } else if (fence != null && t.startsWith(fence)) {
                fence = null;
            } else if (fence == null) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * GitHub's anchor of a heading: the text as rendered (code, link and emphasis marks dropped),
     * lower case, with everything but letters, digits, spaces, hyphens and underscores removed and
     * spaces turned into hyphens.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "")
                .replaceAll("(\\*\\*|__|\\*)", "");
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
    }

    private static void collect(Pattern p, String text, List<String> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }
}
