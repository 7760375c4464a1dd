package org.catchment.analysis;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The accessibility indicators of the postcodes of the study area: for each facility type, the
 * walking minutes from its nearest facility to each postcode ({@link AccessStage}).
 *
 * @param postcodes the postcodes as their file writes them, in its order
 * @param points    their centroids, in the working CRS
 * @param types     one column per facility type, in the order of the analysis file
 */
public record PostcodeAccess(List<String> postcodes, List<Coordinate> points, List<TypeMinutes> types) {

    public PostcodeAccess {
        postcodes = List.copyOf(postcodes);
        points = List.copyOf(points);
        types = List.copyOf(types);
    }

    /**
     * One type's minutes.
     *
     * @param type       the type's identifier
     * @param maxBandMin its largest band, the search limit R
     * @param minutes    per postcode: minutes, {@code +infinity} for "more than R",
     *                   NaN for a postcode farther from the network than the snap tolerance
     *                   ({@link org.catchment.servicearea.PointAccess})
     */
    public record TypeMinutes(String type, double maxBandMin, double[] minutes) {
    }
}
