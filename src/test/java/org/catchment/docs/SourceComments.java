package org.catchment.docs;

/**
 * The comments of a source file: the text with everything that is not a comment blanked out
 * (line ends kept, so a match's offset still gives its line). Java: {@code //} and {@code /* *}{@code /}
 * comments, skipping string, character and text-block literals; XML: {@code <!-- -->} comments.
 */
final class SourceComments {

    private SourceComments() {
    }

    static String ofJava(String src) {
        char[] out = blank(src);
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c != '/' && c != '"' && c != '\'') {
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                end = end < 0 ? n : end;
                keep(src, out, i, end);
                i = end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                keep(src, out, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c && src.charAt(i) != '\n') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    static String ofXml(String src) {
        char[] out = blank(src);
        int i = src.indexOf("<!--");
        while (i >= 0) {
            int end = src.indexOf("-->", i + 4);
            end = end < 0 ? src.length() : end + 3;
            keep(src, out, i, end);
            i = src.indexOf("<!--", end);
        }
        return new String(out);
    }

    /** @return the 1-based line of an offset */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static char[] blank(String src) {
        char[] out = new char[src.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = src.charAt(i) == '\n' ? '\n' : ' ';
        }
        return out;
    }

    private static void keep(String src, char[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            out[i] = src.charAt(i);
        }
    }
}
