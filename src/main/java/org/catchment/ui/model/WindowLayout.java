package org.catchment.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catchment.Settings;

/**
 * Where the main window was and how its panes were split, kept in the user's settings
 * ({@link Settings}) so that the app opens as it was left: {@code window.x}, {@code window.y},
 * {@code window.width}, {@code window.height} (pixels: the place of the window and the size of its
 * content when not maximised),
 * {@code window.maximized} and one {@code window.split.NAME} per split pane (its dividers'
 * positions, fractions of its width or height, e.g. {@code 0.2,0.72}). A missing or unusable value
 * (hand-edited, from another screen setup) leaves the default layout.
 *
 * @param x         the window's left edge
 * @param y         the window's top edge
 * @param width     its content's width, over 0
 * @param height    its content's height, over 0
 * @param maximized whether it was maximised
 * @param splits    each split pane's divider positions, by the pane's name
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           Map<String, List<Double>> splits) {

    private static final String PREFIX = "window.";
    private static final String SPLIT = PREFIX + "split.";

    /** Copies the splits. */
    public WindowLayout {
        splits = Map.copyOf(splits);
    }

    /** @return the layout saved in the settings, if all four bounds are there and usable */
    public static Optional<WindowLayout> read(Settings settings) {
        Map<String, String> all = settings.all();
        double[] bounds = new double[4];
        String[] names = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; i++) {
            Double v = number(all.get(PREFIX + names[i]));
            if (v == null) {
                return Optional.empty();
            }
            bounds[i] = v;
        }
        if (bounds[2] <= 0 || bounds[3] <= 0) {
            return Optional.empty();
        }
        Map<String, List<Double>> splits = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(SPLIT)) {
                dividers(v).ifPresent(d -> splits.put(k.substring(SPLIT.length()), d));
            }
        });
        return Optional.of(new WindowLayout(bounds[0], bounds[1], bounds[2], bounds[3],
                "true".equals(all.get(PREFIX + "maximized")), splits));
    }

    /**
     * Saves the layout in the settings, replacing the last one.
     *
     * @return true when saved (see {@link Settings#update})
     */
    public boolean write(Settings settings) {
        return settings.update(m -> {
            m.keySet().removeIf(k -> k.startsWith(SPLIT));
            m.put(PREFIX + "x", format(x));
            m.put(PREFIX + "y", format(y));
            m.put(PREFIX + "width", format(width));
            m.put(PREFIX + "height", format(height));
            m.put(PREFIX + "maximized", String.valueOf(maximized));
            splits.forEach((name, d) -> m.put(SPLIT + name,
                    String.join(",", d.stream().map(v -> String.format(Locale.ROOT, "%.4f", v)).toList())));
        });
    }

    /** @return the positions when each is a number from 0 to 1, in order; else nothing */
    private static Optional<List<Double>> dividers(String text) {
        List<Double> out = new ArrayList<>();
        double last = 0;
        for (String part : text.split(",", -1)) {
            Double v = number(part);
            if (v == null || v < last || v > 1) {
                return Optional.empty();
            }
            out.add(v);
            last = v;
        }
        return Optional.of(List.copyOf(out));
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
