package org.catchment.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.catchment.UserDirs;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;

/**
 * The Help menu's pages: the keyboard shortcuts (read from the menus' own accelerators, so the
 * list is always the app's, with the map's mouse and keys) and the user guide, written from the
 * bundled copy into the per-user cache and opened in the browser (offline; where no browser can
 * be opened, its path is shown instead).
 */
final class Help {

    /** The map's mouse and keys, which no menu carries. */
    static final List<String[]> MAP_KEYS = List.of(
            new String[] {"Drag the map", "Pan"},
            new String[] {"Mouse wheel", "Zoom about the cursor"},
            new String[] {"Click the map", "Identify (and select the feature's row in the attribute table)"},
            new String[] {"Double-click", "Finish a distance or area"},
            new String[] {"Esc on the map", "Stop measuring"},
            new String[] {"Enter in the find box", "Find a ward, facility or postcode"},
            new String[] {"Enter in the table's filter box", "Apply the CQL filter"});

    private Help() {
    }

    /** @return each menu command with a shortcut, as "menu > command" and the keys, in menu order */
    static List<String[]> shortcuts(MenuBar bar) {
        List<String[]> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    out.add(new String[] {menu.getText() + " > " + item.getText().replace("\u2026", ""),
                        item.getAccelerator().getDisplayText()});
                }
            }
        }
        return out;
    }

    /** Shows the keyboard shortcuts and the map's mouse and keys. */
    static void showShortcuts(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setId("shortcutsTable");
        int row = 0;
        for (String[] s : shortcuts(bar)) {
            grid.addRow(row++, new Label(s[1]), new Label(s[0]));
        }
        for (String[] s : MAP_KEYS) {
            grid.addRow(row++, new Label(s[0]), new Label(s[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText("Keyboard shortcuts (Cmd instead of Ctrl on macOS)");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }

    /** @return where the user guide is written: {@code help} in the per-user cache folder */
    static Path folder() {
        return UserDirs.current().cache().resolve("help");
    }

    /**
     * Writes the user guide into a folder (the per-user cache's {@link #folder()}) in the background
     * and opens it.
     *
     * @param open opens a document's URI (the app's HostServices); may throw where nothing can open it
     */
    static void openUserGuide(Window owner, Path dir, Consumer<String> open, Consumer<String> status) {
        Background.run("user-guide", () -> UserGuide.write(dir), html -> {
            try {
                open.accept(html.toUri().toString());
                status.accept("The user guide is open in your browser: " + html);
            } catch (RuntimeException noBrowser) {
                Dialogs.info(owner, "The user guide", "No browser could be opened here. The guide is at\n" + html);
            }
        }, e -> Dialogs.error(owner, "The user guide could not be opened", e));
    }
}
