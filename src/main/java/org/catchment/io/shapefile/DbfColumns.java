package org.catchment.io.shapefile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.CatchmentException;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;

/**
 * The dBase columns a layer's attributes are written as, and each value converted for the
 * shapefile driver.
 *
 * <p>Names longer than 10 characters (the dBase limit) are cut to 10; two names that become the
 * same (ignoring case) are an error. Types: text is C, as wide as the longest value in UTF-8
 * bytes (1 to 254; longer text is cut at a character boundary); Integer, Short and Byte are N
 * without decimals, 9 digits wide when the values fit (so they read back as Integer) else 11;
 * Long and BigInteger are N 18 (20 when needed); Double, Float and BigDecimal are N with 15
 * decimals, at least 24 wide (GDAL's Real); Boolean is L; LocalDate and java.util.Date are D;
 * anything else is written as its text. NaN and infinite numbers are written as null.
 */
final class DbfColumns {

    /** Maximum length of a dBase column name. */
    static final int MAX_NAME = 10;
    /** Maximum width of a C column, in bytes. */
    static final int MAX_TEXT_BYTES = 254;
    /** Decimals written for floating-point values. */
    static final int DOUBLE_DECIMALS = 15;
    private static final int DOUBLE_MIN_WIDTH = 24;

    /** One column: its attribute, dBase name, type letter, width and decimals. */
    record Column(String attribute, String name, char type, int width, int decimals) {
    }

    private DbfColumns() {
    }

    static List<Column> of(Layer layer) {
        List<Column> columns = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (AttributeDescriptor d : layer.featureType().getAttributeDescriptors()) {
            if (d instanceof GeometryDescriptor) {
                continue;
            }
            String attribute = d.getLocalName();
            String name = attribute.length() > MAX_NAME ? attribute.substring(0, MAX_NAME) : attribute;
            String earlier = names.put(name.toLowerCase(Locale.ROOT), attribute);
            if (earlier != null) {
                throw new CatchmentException(layer.name() + ": the attributes '" + earlier + "' and '" + attribute
                        + "' both become '" + name + "' in a shapefile, whose column names have at most 10 characters."
                        + " Rename one of them (or export to GeoPackage)");
            }
            columns.add(column(layer, attribute, name, d.getType().getBinding()));
        }
        return columns;
    }

    private static Column column(Layer layer, String attribute, String name, Class<?> binding) {
        if (binding == Boolean.class) {
            return new Column(attribute, name, 'L', 1, 0);
        }
        if (binding == LocalDate.class || Date.class.isAssignableFrom(binding)) {
            return new Column(attribute, name, 'D', 8, 0);
        }
        if (binding == Integer.class || binding == Short.class || binding == Byte.class) {
            int width = maxWidth(layer, attribute, v -> Long.toString(((Number) v).longValue()));
            return new Column(attribute, name, 'N', width <= DbfField.MAX_INTEGER_DIGITS ? DbfField.MAX_INTEGER_DIGITS : 11, 0);
        }
        if (binding == Long.class || binding == BigInteger.class) {
            int width = maxWidth(layer, attribute, Object::toString);
            return new Column(attribute, name, 'N', width <= DbfField.MAX_LONG_DIGITS ? DbfField.MAX_LONG_DIGITS : 20, 0);
        }
        if (binding == Double.class || binding == Float.class || binding == BigDecimal.class) {
            int width = maxWidth(layer, attribute, v -> formatDouble(((Number) v).doubleValue()));
            if (width > MAX_TEXT_BYTES) {
                throw new CatchmentException(layer.name() + ": attribute '" + attribute + "' holds a number too large"
                        + " for a shapefile column (" + width + " digits). Export to GeoPackage instead");
            }
            return new Column(attribute, name, 'N', Math.max(width, DOUBLE_MIN_WIDTH), DOUBLE_DECIMALS);
        }
        int width = maxWidth(layer, attribute, v -> v.toString());
        return new Column(attribute, name, 'C', Math.min(Math.max(width, 1), MAX_TEXT_BYTES), 0);
    }

    private static int maxWidth(Layer layer, String attribute, java.util.function.Function<Object, String> text) {
        int max = 0;
        for (SimpleFeature f : layer.features()) {
            Object v = f.getAttribute(attribute);
            if (v != null && !(v instanceof Double d && !Double.isFinite(d)) && !(v instanceof Float x && !Float.isFinite(x))) {
                max = Math.max(max, text.apply(v).getBytes(StandardCharsets.UTF_8).length);
            }
        }
        return max;
    }

    /** @return the value as the shapefile driver wants it for this column, or null */
    static Object value(Column c, Object v) {
        if (v == null) {
            return null;
        }
        return switch (c.type()) {
            case 'L' -> v;
            case 'D' -> v instanceof LocalDate d ? Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant()) : v;
            case 'N' -> {
                if (c.decimals() == 0) {
                    yield ((Number) v).longValue();
                }
                double d = ((Number) v).doubleValue();
                yield Double.isFinite(d) ? d : null;
            }
            default -> fit(v.toString(), c.width());
        };
    }

    private static String formatDouble(double d) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(DOUBLE_DECIMALS);
        f.setMaximumFractionDigits(DOUBLE_DECIMALS);
        return f.format(d);
    }

    /** @return the text cut, at a character boundary, to at most {@code bytes} UTF-8 bytes */
    private static String fit(String s, int bytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + n > bytes) {
                break;
            }
            b.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
