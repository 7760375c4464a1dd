package org.catchment.overlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Residents in deserts by class of a zone indicator: "how many people in the most deprived IMD
 * deciles live in deserts?".
 *
 * <p>Each zone is put in a class by its value ({@link Classifier#classOf}); its residents are
 * the population within the zone, its residents in deserts the population within zone ∩ union
 * of the deserts. For an indicator that is already a class (an IMD decile 1..10), pass the
 * breaks {1, 2, ..., 10} so that each integer is its own class.
 */
public final class CrossTab {

    private CrossTab() {
    }

    /**
     * @param zones      the zones
     * @param values     values[i] is zone i's indicator
     * @param breaks     class upper bounds, ascending (from {@link Classifier#breaks} or given)
     * @param population residents (required)
     * @param deserts    the deserts
     * @return one row per class, class 1 first, including classes with no zones
     */
    public static List<ClassCount> residentsInDesertsByClass(List<Zone> zones, double[] values, double[] breaks,
                                                            Population population, List<Desert> deserts) {
        Objects.requireNonNull(population, "population");
        if (values.length != zones.size()) {
            throw new IllegalArgumentException(values.length + " values for " + zones.size() + " zones");
        }
        if (breaks.length == 0) {
            throw new IllegalArgumentException("no class breaks");
        }
        int k = breaks.length;
        double[] residents = new double[k];
        double[] inDeserts = new double[k];
        int[] count = new int[k];
        double[] lowest = new double[k];
        double[] highest = new double[k];
        Arrays.fill(lowest, Double.NaN);
        Arrays.fill(highest, Double.NaN);
        double min = breaks[0];
        // the deserts' union cut into pieces: each zone is overlaid with the pieces near it only
        AreaPieces desertArea = null;
        if (!deserts.isEmpty()) {
            desertArea = AreaPieces.of(Polygons.union(deserts.stream().map(Desert::geometry).toList(),
                    deserts.get(0).geometry().getFactory()));
        }
        for (int i = 0; i < zones.size(); i++) {
            int c = Classifier.classOf(values[i], breaks) - 1;
            Geometry zone = zones.get(i).geometry();
            min = Math.min(min, values[i]);
            count[c]++;
            lowest[c] = count[c] == 1 ? values[i] : Math.min(lowest[c], values[i]);
            highest[c] = count[c] == 1 ? values[i] : Math.max(highest[c], values[i]);
            residents[c] += population.residentsIn(zone);
            if (desertArea != null) {
                inDeserts[c] += population.residentsIn(desertArea.intersection(zone));
            }
        }
        List<ClassCount> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            rows.add(new ClassCount(c + 1, c == 0 ? min : breaks[c - 1], breaks[c], residents[c], inDeserts[c], count[c],
                    lowest[c], highest[c]));
        }
        return rows;
    }
}
