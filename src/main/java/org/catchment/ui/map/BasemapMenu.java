package org.catchment.ui.map;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.catchment.analysis.SpecRules;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.ui.map.model.BasemapModel;

/**
 * View &gt; Basemap: none, one of the preset tile servers, or a custom one. A preset is used only
 * after the user has read and accepted its provider's terms (asked once per provider); a custom
 * server is given as a URL template, the credit its provider asks for and its deepest zoom.
 */
public final class BasemapMenu {

    private BasemapMenu() {
    }

    /** @return the menu, its ticks following the model */
    public static Menu menu(Window owner, BasemapModel model) {
        Menu menu = new Menu("Basemap");
        ToggleGroup group = new ToggleGroup();
        for (BasemapChoice c : BasemapChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(c == BasemapChoice.CUSTOM ? c.label() + "\u2026" : c.label());
            item.setId("basemap-" + SpecRules.word(c));
            item.setToggleGroup(group);
            item.setUserData(c);
            item.setOnAction(e -> {
                pick(owner, model, c);
                tick(group, model.choice());
            });
            menu.getItems().add(item);
        }
        tick(group, model.choice());
        model.addListener(new BasemapModel.Listener() {
            @Override
            public void changed() {
                tick(group, model.choice());
            }
        });
        return menu;
    }

    /** Switches the basemap as the user asked: a preset after its terms are accepted, a custom one after the dialog. */
    public static void pick(Window owner, BasemapModel model, BasemapChoice c) {
        if (c == BasemapChoice.CUSTOM) {
            askCustom(owner, model);
            return;
        }
        if (model.needsConsent(c)) {
            if (!consent(owner, c)) {
                return;
            }
            model.accept(c);
        }
        model.choose(c);
    }

    private static void tick(ToggleGroup group, BasemapChoice chosen) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == chosen));
    }

    private static boolean consent(Window owner, BasemapChoice c) {
        ButtonType use = new ButtonType("Use these tiles", ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, use, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Catchment");
        alert.setHeaderText("Use " + c.label() + " as the basemap?");
        Label terms = new Label(c.preset().orElseThrow().terms() + "\n\nThe map shows the credit \u201c"
                + c.preset().orElseThrow().credit() + "\u201d, and so does every map you export with the basemap.");
        terms.setWrapText(true);
        terms.setMaxWidth(520);
        terms.setId("basemapTerms");
        alert.getDialogPane().setContent(terms);
        alert.getDialogPane().setId("basemapConsent");
        return alert.showAndWait().filter(b -> b == use).isPresent();
    }

    private static void askCustom(Window owner, BasemapModel model) {
        String[] saved = model.customSettings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Custom basemap");
        dialog.setHeaderText("Raster tiles of an XYZ or WMTS server in Web Mercator (EPSG:3857)");
        TextField url = new TextField(saved[0]);
        url.setPromptText("https://tiles.example.org/{z}/{x}/{y}.png");
        url.setPrefColumnCount(42);
        url.setId("basemapUrl");
        TextField credit = new TextField(saved[1]);
        credit.setPromptText("\u00a9 the provider, as its terms ask");
        credit.setId("basemapCreditField");
        TextField zoom = new TextField(saved[2]);
        zoom.setId("basemapMaxZoom");
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Tile URL"), url);
        g.addRow(1, new Label("Credit"), credit);
        g.addRow(2, new Label("Deepest zoom"), zoom);
        Label help = new Label("{z}, {x}, {y} ({-y} for TMS), or WMTS's {TileMatrix}, {TileCol}, {TileRow}."
                + " Tiles are cached in your cache folder; check the provider's terms.");
        help.setWrapText(true);
        help.setMaxWidth(520);
        g.add(help, 0, 3, 2, 1);
        g.add(error, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(g);
        dialog.getDialogPane().setId("basemapDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> problem = apply(model, url.getText(), credit.getText(), zoom.getText());
            problem.ifPresent(p -> {
                error.setText(p);
                e.consume();
            });
        });
        dialog.showAndWait();
    }

    /** @return what is wrong with the custom server's fields, or empty once the model uses it */
    static Optional<String> apply(BasemapModel model, String url, String credit, String zoom) {
        int z;
        try {
            z = Integer.parseInt(zoom.strip());
        } catch (NumberFormatException e) {
            return Optional.of("The deepest zoom must be a whole number, e.g. 19");
        }
        try {
            model.chooseCustom(url, credit, z);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
