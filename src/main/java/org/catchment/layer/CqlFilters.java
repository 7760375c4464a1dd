package org.catchment.layer;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.filter.Filter;
import org.geotools.filter.FilterAttributeExtractor;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * The CQL filters of the analysis file and the app ({@code fclass = 'library'},
 * {@code "Area name" = 'Trafford'}), parsed once here: GeoTools' (E)CQL, whose field names
 * {@link Layer#filter} then reads from any field a file can hold. Both the analysis file's
 * {@code filter} keys and the attribute table's filter box use it, so they accept the same text.
 */
public final class CqlFilters {

    private CqlFilters() {
    }

    /**
     * @param cql a filter, or null or blank for none
     * @return the filter, or null for none
     * @throws IllegalArgumentException "the filter "..." is not valid CQL (what the parser says)"
     */
    public static Filter parse(String cql) {
        if (cql == null || cql.isBlank()) {
            return null;
        }
        try {
            return ECQL.toFilter(cql);
        } catch (CQLException e) {
            throw new IllegalArgumentException("the filter \"" + cql + "\" is not valid CQL ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** @return the field names the filter uses that the layer does not have (so it would keep nothing) */
    public static List<String> unknownFields(Layer layer, Filter filter) {
        List<String> unknown = new ArrayList<>();
        if (filter == null) {
            return unknown;
        }
        FilterAttributeExtractor names = new FilterAttributeExtractor();
        filter.accept(names, null);
        for (String attribute : names.getAttributeNames()) {
            if (layer.findAttribute(attribute).isEmpty()) {
                unknown.add(attribute);
            }
        }
        return unknown;
    }
}
