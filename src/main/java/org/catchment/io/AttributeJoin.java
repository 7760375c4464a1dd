package org.catchment.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.catchment.InputException;
import org.catchment.io.csv.CsvNumbers;
import org.catchment.io.csv.CsvSource;
import org.catchment.io.csv.CsvTable;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;

/**
 * Adds the columns of a CSV table to the features of a layer whose key matches (population or
 * deprivation by LSOA code). A left join: every feature is kept, with nulls where no row matches.
 *
 * <p>Keys are compared trimmed and ignoring case; a whole-number key attribute (Long 42, Double
 * 42.0) matches the text "42". Table columns in which every non-blank value is a number become
 * Double attributes, others String; blank values are null. A table column whose name the layer
 * already has is added with a suffix ({@code _2}, {@code _3}, ...).
 */
public final class AttributeJoin {

    /**
     * @param layer              the layer with the table's columns added
     * @param unmatchedLayerKeys distinct key values of features no table row matched, in layer order
     *                           (features with no key value are not listed)
     * @param unmatchedTableKeys key values of table rows no feature matched, in table order
     */
    public record Result(Layer layer, List<String> unmatchedLayerKeys, List<String> unmatchedTableKeys) {
        public Result {
            unmatchedLayerKeys = List.copyOf(unmatchedLayerKeys);
            unmatchedTableKeys = List.copyOf(unmatchedTableKeys);
        }
    }

    private AttributeJoin() {
    }

    /**
     * @param layer    the features
     * @param layerKey the key attribute of the layer (any case)
     * @param table    the table
     * @param tableKey the key column of the table (any case)
     * @return the joined layer and the keys that found no partner on either side
     * @throws InputException if a key column is missing or the table repeats a key
     */
    public static Result join(Layer layer, String layerKey, CsvTable table, String tableKey) {
        String layerAttr = layer.findAttribute(layerKey).orElseThrow(() -> new InputException(
                layer.source().orElse(null), null, "the layer " + layer.name() + " has no attribute '" + layerKey
                + "' to join on (attributes: " + String.join(", ", attributeNames(layer.featureType())) + ")",
                "Give one of the attributes listed as the layer key"));
        int keyColumn = CsvSource.indexOf(table.columns(), tableKey);
        if (keyColumn < 0) {
            throw new InputException(table.file(), null, "the table has no column '" + tableKey
                    + "' to join on (columns: " + String.join(", ", table.columns()) + ")",
                    "Give one of the columns listed as the table key");
        }
        String keyName = table.columns().get(keyColumn);
        Map<String, Integer> rowByKey = index(table, keyName);
        List<String> added = new ArrayList<>(table.columns());
        added.remove(keyColumn);
        SimpleFeatureType type = joinedType(layer.featureType(), table, added);
        List<Class<?>> bindings = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            bindings.add(type.getDescriptor(layer.featureType().getAttributeCount() + i).getType().getBinding());
        }
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(layer.size());
        Set<String> unmatchedLayer = new LinkedHashSet<>();
        Set<Integer> used = new HashSet<>();
        for (SimpleFeature f : layer.features()) {
            fb.addAll(f.getAttributes());
            String key = keyText(f.getAttribute(layerAttr));
            Integer row = key == null ? null : rowByKey.get(normalise(key));
            for (int i = 0; i < added.size(); i++) {
                String v = row == null ? null : table.rows().get(row).get(added.get(i));
                fb.add(v == null || v.isBlank() ? null : bindings.get(i) == Double.class ? CsvNumbers.parse(v) : v);
            }
            if (row != null) {
                used.add(row);
            } else if (key != null) {
                unmatchedLayer.add(key);
            }
            features.add(fb.buildFeature(f.getID()));
        }
        List<String> unmatchedTable = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!used.contains(r)) {
                unmatchedTable.add(table.rows().get(r).get(keyName).trim());
            }
        }
        Layer joined = Layer.of(layer.name(), type, features);
        if (layer.source().isPresent()) {
            joined = joined.withSource(layer.source().get());
        }
        for (String w : layer.warnings()) {
            joined = joined.withWarning(w);
        }
        return new Result(joined, new ArrayList<>(unmatchedLayer), unmatchedTable);
    }

    private static Map<String, Integer> index(CsvTable table, String keyName) {
        Map<String, Integer> rowByKey = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String key = table.rows().get(r).get(keyName).trim();
            if (key.isEmpty()) {
                continue;
            }
            Integer before = rowByKey.putIfAbsent(normalise(key), r);
            if (before != null) {
                throw new InputException(table.file(), "rows " + table.rowNumber(before) + " and " + table.rowNumber(r),
                        "the key '" + key + "' appears twice in the column " + keyName,
                        "Each key may appear once in the table: remove or merge the repeated rows");
            }
        }
        return rowByKey;
    }

    private static SimpleFeatureType joinedType(SimpleFeatureType base, CsvTable table, List<String> added) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.init(base);
        Set<String> taken = new HashSet<>();
        attributeNames(base).forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        for (String column : added) {
            List<String> values = table.rows().stream().map(r -> r.get(column)).toList();
            String name = column;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = column + "_" + n;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            tb.add(name, CsvNumbers.allNumeric(values) ? Double.class : String.class);
        }
        return tb.buildFeatureType();
    }

    private static List<String> attributeNames(SimpleFeatureType type) {
        return type.getAttributeDescriptors().stream().map(d -> d.getLocalName()).toList();
    }

    /** @return the key as text (whole numbers without a decimal part), or null when absent or blank */
    private static String keyText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }
}
