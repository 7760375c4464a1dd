package org.catchment.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catchment.CatchmentException;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide as a page a browser opens offline: {@code docs/user-guide.md} and its
 * screenshots are bundled in the app ({@code org/catchment/ui/help}), turned into HTML by
 * commonmark-java (tables included) and written with the screenshots into a folder of the
 * per-user cache, where Help &gt; User guide opens it.
 */
final class UserGuide {

    /** Where the guide is bundled. */
    static final String RESOURCES = "/org/catchment/ui/help/";
    private static final Pattern IMAGE = Pattern.compile("\\]\\((images/[^)\\s]+)\\)");
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}code{background:#f3f3f3}"
            + "pre{background:#f3f3f3;padding:.5em;overflow:auto}";

    private UserGuide() {
    }

    /**
     * Writes the guide as {@code user-guide.html}, with its screenshots, into a folder.
     *
     * @return the HTML file
     * @throws CatchmentException when the guide is not bundled or the folder cannot be written
     */
    static Path write(Path dir) {
        String markdown = text(RESOURCES + "user-guide.md");
        try {
            Files.createDirectories(dir.resolve("images"));
            Matcher m = IMAGE.matcher(markdown);
            while (m.find()) {
                try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCES + m.group(1))) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(m.group(1)), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path html = dir.resolve("user-guide.html");
            Files.writeString(html, html(markdown), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new CatchmentException("The user guide cannot be written to " + dir + " (" + e.getMessage() + ")."
                    + " Check that the folder can be written.", e);
        }
    }

    /** @return the guide's Markdown as an HTML page */
    static String html(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Catchment user guide</title>"
                + "<style>" + STYLE + "</style></head><body>\n" + renderer.render(parser.parse(markdown))
                + "</body></html>\n";
    }

    private static String text(String resource) {
        try (InputStream in = UserGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatchmentException("The user guide is not part of this installation (" + resource + ")."
                        + " See docs/user-guide.md in the source.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
