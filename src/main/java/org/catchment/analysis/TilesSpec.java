package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A tiled run ({@code tiles} in the analysis file): the study area is cut into tiles, each run on
 * its own network read within walking reach of it, and the tiles' results merged into outputs that
 * equal the untiled run's (docs/method.md, "Tiled runs"). Exactly one of the two keys is given.
 *
 * @param by     a field of the study-area layer (a local-authority code): one tile per value
 * @param gridKm the side of square tiles, km, on a grid whose lines lie at multiples of it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"by", "grid_km"})
public record TilesSpec(String by, Double gridKm) {

    /** @return tiles by the values of a field */
    public static TilesSpec byField(String field) {
        return new TilesSpec(field, null);
    }

    /** @return square tiles of a side in km */
    public static TilesSpec grid(double km) {
        return new TilesSpec(null, km);
    }
}
