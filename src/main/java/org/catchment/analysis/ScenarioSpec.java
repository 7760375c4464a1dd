package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A what-if scenario of the analysis file ({@code scenarios:}): the baseline analysis plus
 * facilities closed and facilities added, by facility type. A scenario is data, not a code path:
 * the runner applies it to the baseline held in memory ({@link ScenarioRunner}), searching again
 * only the types it changes. Documented key by key in docs/analysis-file.md#scenarios.
 *
 * <pre>
 * scenarios:
 *   - name: close_central_library
 *     close: [{type: libraries, filter: "name = 'Central Library'"}]
 *   - name: new_hub
 *     add: [{type: community_centres, points: [[353100, 392500, Market Hall]]}]
 * </pre>
 *
 * @param name  the scenario's name: letters, digits, {@code _} and {@code -} (it names the output
 *              folder {@code scenario_<name>})
 * @param close the facilities closed, by type
 * @param add   the facilities added, by type
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "close", "add"})
public record ScenarioSpec(String name, List<Close> close, List<Add> add) {

    public ScenarioSpec {
        close = close == null ? List.of() : List.copyOf(close);
        add = add == null ? List.of() : List.copyOf(add);
    }

    /** What a scenario name may hold: it names the output folder {@code scenario_<name>}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /**
     * @return true for a name a scenario may have: letters, digits, {@code _} and {@code -}, starting
     *     with a letter or digit, and not {@code all} (the word {@code catchment run --scenario} takes
     *     for every scenario)
     */
    public static boolean isAllowedName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.equalsIgnoreCase("all");
    }

    /** @return a scenario of this name that changes nothing yet */
    public static ScenarioSpec named(String name) {
        return new ScenarioSpec(name, null, null);
    }

    /** @return this scenario with one more closure */
    public ScenarioSpec withClose(Close c) {
        List<Close> list = new ArrayList<>(close);
        list.add(c);
        return new ScenarioSpec(name, list, add);
    }

    /** @return this scenario with one more addition */
    public ScenarioSpec withAdd(Add a) {
        List<Add> list = new ArrayList<>(add);
        list.add(a);
        return new ScenarioSpec(name, close, list);
    }

    /** @return true when the scenario closes and adds nothing */
    @JsonIgnore
    public boolean isEmpty() {
        return close.isEmpty() && add.isEmpty();
    }

    /**
     * Facilities of one type closed: those its filter picks, or those whose id is listed.
     *
     * @param type   the facility type's identifier
     * @param filter a CQL filter over the type's facility layers (as {@code facilities[].filter}), or null
     * @param ids    values of the type's {@code id_field} (else of its name field), or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "filter", "ids"})
    public record Close(String type, String filter, List<String> ids) {

        public Close {
            ids = ids == null ? null : List.copyOf(ids);
        }

        /** @return a closure of the facilities of {@code type} with these ids */
        public static Close ids(String type, String... ids) {
            return new Close(type, null, List.of(ids));
        }

        /** @return a closure of the facilities of {@code type} that {@code filter} picks */
        public static Close filter(String type, String filter) {
            return new Close(type, filter, null);
        }
    }

    /**
     * Facilities of one type added: those of a layer, or points given in the analysis's CRS.
     *
     * @param type   the facility type's identifier
     * @param layer  a point or polygon layer of proposed sites (any layer Catchment reads), or null
     * @param points proposed sites as {@code [x, y, name]} in the analysis's CRS, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "layer", "points"})
    public record Add(String type, String layer, List<Site> points) {

        public Add {
            points = points == null ? null : List.copyOf(points);
        }

        /** @return the sites of a layer added to {@code type} */
        public static Add layer(String type, String layer) {
            return new Add(type, layer, null);
        }

        /** @return one proposed site of {@code type} at (x, y) in the analysis's CRS */
        public static Add point(String type, double x, double y, String name) {
            return new Add(type, null, List.of(new Site(x, y, name)));
        }
    }

    /**
     * A proposed site written {@code [x, y, name]} (the name may be left out, and is then not written).
     *
     * @param x    easting (or x) in the analysis's CRS
     * @param y    northing (or y)
     * @param name a name for maps and tables, or null
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"x", "y", "name"})
    @JsonSerialize(using = SiteWriter.class)
    public record Site(double x, double y, String name) {
    }

    /** Writes a site as {@code [x, y]} or {@code [x, y, name]}. */
    static final class SiteWriter extends StdSerializer<Site> {
        private static final long serialVersionUID = 1L;

        SiteWriter() {
            super(Site.class);
        }

        @Override
        public void serialize(Site site, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            gen.writeNumber(site.x());
            gen.writeNumber(site.y());
            if (site.name() != null) {
                gen.writeString(site.name());
            }
            gen.writeEndArray();
        }
    }
}
