package org.catchment.layer;

import java.util.Objects;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryType;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.expression.ExpressionVisitor;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.filter.visitor.DuplicatingFilterVisitor;
import org.geotools.util.Converters;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Binds the field names of a filter to a layer's attributes, so that every field a file can hold
 * can be filtered on. GeoTools looks a field name up as an XML name, and a name such as
 * {@code Area name}, {@code 2019 pop} or {@code Population (2021)} is not one: its value is
 * silently null and the filter matches nothing. Here each name that is one of the layer's
 * attributes (spelt exactly, else ignoring case) reads that attribute by position instead;
 * geometry names and other names are left to GeoTools.
 */
final class FieldFilter {

    private FieldFilter() {
    }

    /** @return the filter, its field names read straight from the features of {@code type} */
    static Filter bind(Filter filter, SimpleFeatureType type) {
        return (Filter) filter.accept(new Binder(type), null);
    }

    /** @return the attribute of {@code type} named {@code name} (exactly, else ignoring case), not a geometry */
    static Optional<AttributeDescriptor> attribute(SimpleFeatureType type, String name) {
        AttributeDescriptor exact = type.getDescriptor(name);
        AttributeDescriptor found = exact != null ? exact : type.getAttributeDescriptors().stream()
                .filter(d -> d.getLocalName().equalsIgnoreCase(name)).findFirst().orElse(null);
        return found == null || found.getType() instanceof GeometryType ? Optional.empty() : Optional.of(found);
    }

    private static final class Binder extends DuplicatingFilterVisitor {
        private final SimpleFeatureType type;

        Binder(SimpleFeatureType type) {
            this.type = type;
        }

        @Override
        public Object visit(PropertyName expression, Object extraData) {
            return attribute(type, expression.getPropertyName())
                    .<Object>map(d -> new Field(d.getLocalName(), type.indexOf(d.getLocalName())))
                    .orElseGet(() -> super.visit(expression, extraData));
        }
    }

    /** A field read by its position in the feature type. */
    private static final class Field implements PropertyName {
        private final String name;
        private final int index;

        Field(String name, int index) {
            this.name = name;
            this.index = index;
        }

        @Override
        public String getPropertyName() {
            return name;
        }

        @Override
        public NamespaceSupport getNamespaceContext() {
            return null;
        }

        @Override
        public Object evaluate(Object object) {
            return object instanceof SimpleFeature f ? f.getAttribute(index) : null;
        }

        @Override
        public <T> T evaluate(Object object, Class<T> context) {
            Object value = evaluate(object);
            if (value == null || context == null) {
                @SuppressWarnings("unchecked")
                T same = (T) value;
                return same;
            }
            return Converters.convert(value, context);
        }

        @Override
        public Object accept(ExpressionVisitor visitor, Object extraData) {
            return visitor.visit(this, extraData);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && f.name.equals(name) && f.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
