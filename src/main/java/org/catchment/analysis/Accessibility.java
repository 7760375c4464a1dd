package org.catchment.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.catchment.overlay.ZoneAccess;

/**
 * The accessibility indicators of a run ({@code accessibility}): the postcodes' minutes and the
 * tables of the zone layers asked for.
 *
 * @param postcodes the postcodes of the study area, or null when not asked for
 * @param zones     one table per name of {@code accessibility.zones}, in order
 */
public record Accessibility(PostcodeAccess postcodes, List<ZoneTable> zones) {

    public Accessibility {
        zones = List.copyOf(zones);
    }

    /** @return the flag of a time beyond the largest band R: {@code more_than_20} for R = 20 */
    public static String beyondFlag(double maxBandMin) {
        return "more_than_" + BigDecimal.valueOf(maxBandMin).stripTrailingZeros().toPlainString();
    }

    /**
     * One zone layer's indicators.
     *
     * @param zoneName the layer's output name ({@code lsoa})
     * @param types    per facility type, in the order of the analysis file
     */
    public record ZoneTable(String zoneName, List<TypeRows> types) {

        public ZoneTable {
            types = List.copyOf(types);
        }
    }

    /**
     * One type's rows of a zone layer.
     *
     * @param type  the type's identifier
     * @param label its label
     * @param rows  per zone, one row per band
     */
    public record TypeRows(String type, String label, List<ZoneAccess.Row> rows) {

        public TypeRows {
            rows = List.copyOf(rows);
        }
    }
}
