package org.catchment.ui.table.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.layer.CqlFilters;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryType;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The view model of a layer's attribute table: one row per feature, one column per field, the rows
 * filtered by a CQL filter (as the analysis file's {@code filter} keys write them, field names with
 * spaces in double quotes: {@link CqlFilters}) and a quick search (text found in any field,
 * ignoring case), and sorted by a column. The rows are a list of feature indices; a cell's text is
 * made when it is shown, so a table of a large layer costs one int per feature.
 *
 * <p>Not thread-safe: it belongs to the UI thread. Sorting is stable: equal values keep the
 * layer's order, and empty values come last whichever way a column is sorted.
 */
public final class AttributeTable {

    private static final int DECIMALS = 6;
    private static final GeometryFactory GF = new GeometryFactory();

    private final String name;
    private final Layer layer;
    private final List<String> columns;
    private final int[] columnIndex;
    private final Collator collator = Collator.getInstance(Locale.UK);
    private IntPredicate filtered = i -> true;
    private String filterText = "";
    private String search = "";
    private int sortColumn = -1;
    private boolean ascending = true;
    private int[] rows;

    /**
     * @param name  the layer's name, as the layer panel shows it
     * @param layer its features
     */
    public AttributeTable(String name, Layer layer) {
        this.name = Objects.requireNonNull(name, "name");
        this.layer = Objects.requireNonNull(layer, "layer");
        List<String> cols = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (AttributeDescriptor d : layer.featureType().getAttributeDescriptors()) {
            if (!(d.getType() instanceof GeometryType)) {
                cols.add(d.getLocalName());
                index.add(layer.featureType().indexOf(d.getLocalName()));
            }
        }
        columns = List.copyOf(cols);
        columnIndex = index.stream().mapToInt(Integer::intValue).toArray();
        collator.setStrength(Collator.SECONDARY);
        update();
    }

    /** @return the layer's name */
    public String name() {
        return name;
    }

    /** @return the layer whose features the rows are */
    public Layer layer() {
        return layer;
    }

    /** @return the fields, in the layer's order, without the geometry */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of features of the layer */
    public int featureCount() {
        return layer.size();
    }

    /** @return the number of rows shown (the features the filter and search keep) */
    public int rowCount() {
        return rows.length;
    }

    /** @return the index in the layer of the feature shown in a row */
    public int featureAt(int row) {
        return rows[row];
    }

    /** @return the row showing a feature, or -1 when the filter or search hides it */
    public int rowOf(int feature) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == feature) {
                return r;
            }
        }
        return -1;
    }

    /** @return a feature's value in a column */
    public Object value(int feature, int column) {
        return layer.features().get(feature).getAttribute(columnIndex[column]);
    }

    /** @return a row's cell as shown: numbers with at most six decimals, no trailing zeros; empty for none */
    public String text(int row, int column) {
        return format(value(rows[row], column));
    }

    /**
     * Keeps the features a CQL filter keeps ({@code fclass = 'library'}, {@code "Area name" = 'Trafford'},
     * {@code population > 1000}); blank shows every feature.
     *
     * @throws IllegalArgumentException naming what is wrong (not valid CQL, a field the layer lacks);
     *     the rows are left as they were
     */
    public void setFilter(String cql) {
        Filter filter = CqlFilters.parse(cql);
        if (filter == null) {
            filtered = i -> true;
        } else {
            List<String> unknown = CqlFilters.unknownFields(layer, filter);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(name + " has no field " + unknown.get(0) + "; its fields are "
                        + String.join(", ", columns));
            }
            Set<SimpleFeature> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(layer.filter(filter).features());
            filtered = i -> kept.contains(layer.features().get(i));
        }
        filterText = cql == null ? "" : cql.strip();
        update();
    }

    /** @return the filter in force, as typed ("" for none) */
    public String filter() {
        return filterText;
    }

    /** Keeps the features with the text in any field, ignoring case (blank: every feature). */
    public void setSearch(String text) {
        search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        update();
    }

    /**
     * Sorts the rows by a column: numbers by value, text alphabetically ignoring case, empty values
     * last; equal values in the layer's order.
     *
     * @param column    the column, or -1 for the layer's order
     * @param ascending smallest first
     */
    public void sortBy(int column, boolean ascending) {
        this.sortColumn = column;
        this.ascending = ascending;
        update();
    }

    /** @return the sort column, or -1 for the layer's order */
    public int sortColumn() {
        return sortColumn;
    }

    /** @return the geometry of a feature (may be null or empty) */
    public Geometry geometry(int feature) {
        return Layer.geometry(layer.features().get(feature));
    }

    /** @return the features' geometries as one (for the map's highlight), or null when none has one */
    public Geometry geometry(List<Integer> features) {
        List<Geometry> parts = features.stream().map(this::geometry).filter(g -> g != null && !g.isEmpty()).toList();
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : GF.buildGeometry(parts);
    }

    /**
     * @param minSizeM the least width and height of the extent, metres (a point's surroundings)
     * @return the extent of the features to zoom to, grown to at least that size, or null when none has a geometry
     */
    public Envelope extent(List<Integer> features, double minSizeM) {
        Geometry g = geometry(features);
        if (g == null) {
            return null;
        }
        Envelope e = new Envelope(g.getEnvelopeInternal());
        e.expandBy(Math.max(0, (minSizeM - e.getWidth()) / 2), Math.max(0, (minSizeM - e.getHeight()) / 2));
        return e;
    }

    /**
     * @param at         a point on the map, in the layer's CRS
     * @param toleranceM how far from it a feature may be, metres
     * @return the feature under the point: the last drawn (on top) among those within the tolerance,
     *     a point or line before a polygon it lies on; -1 for none
     */
    public int featureAt(Coordinate at, double toleranceM) {
        Point p = GF.createPoint(at);
        Envelope near = new Envelope(at);
        near.expandBy(toleranceM);
        int found = -1;
        int foundRank = -1;
        for (int i = 0; i < layer.size(); i++) {
            Geometry g = geometry(i);
            if (g != null && !g.isEmpty() && g.getEnvelopeInternal().intersects(near)
                    && g.isWithinDistance(p, toleranceM)) {
                int rank = 2 - g.getDimension();
                if (rank >= foundRank) {
                    found = i;
                    foundRank = rank;
                }
            }
        }
        return found;
    }

    /**
     * Writes the rows shown (filtered, searched and sorted as they are) as CSV through
     * {@link CsvTableWriter}: a header of the fields, then one line per row with the values as the
     * layer holds them.
     *
     * @return the number of rows written
     * @throws org.catchment.CatchmentException if the file cannot be written
     */
    public int writeCsv(Path target) {
        List<List<Object>> out = new ArrayList<>(rows.length);
        for (int feature : rows) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(value(feature, c));
            }
            out.add(row);
        }
        CsvTableWriter.write(target, columns, out);
        return out.size();
    }

    /** @return a value as a cell shows it */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            String s = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        return value.toString();
    }

    private void update() {
        IntStream kept = IntStream.range(0, layer.size()).filter(filtered);
        if (!search.isEmpty()) {
            kept = kept.filter(this::matchesSearch);
        }
        if (sortColumn < 0) {
            rows = kept.toArray();
            return;
        }
        Comparator<Integer> byValue = (a, b) -> compare(value(a, sortColumn), value(b, sortColumn));
        Comparator<Integer> order = ascending ? byValue : byValue.reversed();
        Comparator<Integer> emptyLast = Comparator.comparing((Integer i) -> empty(value(i, sortColumn)))
                .thenComparing(order);
        rows = kept.boxed().sorted(emptyLast).mapToInt(Integer::intValue).toArray();
    }

    private boolean matchesSearch(int feature) {
        for (int c = 0; c < columns.size(); c++) {
            if (format(value(feature, c)).toLowerCase(Locale.ROOT).contains(search)) {
                return true;
            }
        }
        return false;
    }

    private static boolean empty(Object v) {
        return v == null || v instanceof Double d && d.isNaN() || v instanceof String s && s.isBlank();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compare(Object a, Object b) {
        if (empty(a) || empty(b)) {
            return 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String || b instanceof String) {
            return collator.compare(a.toString(), b.toString());
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return collator.compare(a.toString(), b.toString());
    }
}
