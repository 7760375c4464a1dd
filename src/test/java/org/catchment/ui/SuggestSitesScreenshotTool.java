package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.catchment.ui.whatif.model.SiteSuggestions;

/**
 * Takes the user guide's "Suggest sites..." screenshot (not a test): run under Xvfb with the
 * analysis file, the output folder, a facility type and k as arguments. Runs the analysis, suggests
 * k sites of the type from the default 200 m grid, shows the type's service areas, scrolls the
 * What if panel to the picks and snapshots the window ({@code app-suggest-sites.png}).
 */
public final class SuggestSitesScreenshotTool {

    private SuggestSitesScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        String type = args[2];
        int k = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        MainWindow w = ScreenshotTool.open(analysis);
        ScreenshotTool.run(w);
        SiteSuggestions suggestions = w.whatIf().suggestions();
        ScreenshotTool.fx(() -> {
            w.showWhatIfPanel();
            suggestions.suggest(new SiteSuggestions.Request(type, k, null, 200));
        });
        Thread.sleep(1000);
        ScreenshotTool.waitUntil(() -> !suggestions.isBusy(), 600);
        String label = w.result().types().stream().filter(t -> t.spec().type().equals(type)).findFirst().orElseThrow()
                .spec().label();
        ScreenshotTool.fx(() -> {
            // the type's own service areas instead of the first type's
            for (var item : w.layers().items()) {
                if (item.group() == org.catchment.ui.layers.model.LayerItem.Group.RESULT && item.name().contains(" within ")
                        && !item.name().startsWith("Newly")) {
                    w.layers().setVisible(item.id(), item.name().startsWith(label + " within"));
                }
            }
            w.zoomToAll();
            Node n = w.whatIf().panel();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n != null) {
                ((ScrollPane) n).setVvalue(1);
            }
        });
        ScreenshotTool.settle(w);
        ScreenshotTool.snapshot(w, out.resolve("app-suggest-sites.png"));
        Platform.exit();
        System.exit(0);
    }
}
