package org.catchment.servicearea;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * One facility of a type: a GP surgery (a point) or a park (a polygon), in the working CRS.
 *
 * @param index    its position in the type's list; searches report facilities by this index
 * @param id       a stable identifier (the source feature's id or id attribute)
 * @param name     a readable name for maps, tables and messages
 * @param geometry a point, multipoint, polygon or multipolygon
 */
public record Facility(int index, String id, String name, Geometry geometry) {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }

    /** @return true for a facility with an area (a park, a retail centre) */
    public boolean isArea() {
        return geometry instanceof Polygonal;
    }
}
