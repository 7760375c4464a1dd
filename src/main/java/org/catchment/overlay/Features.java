package org.catchment.overlay;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;

/** Field look-up and error wording shared by the classes that read layers. */
final class Features {

    private Features() {
    }

    /** @return the layer's file, or null for a layer built in memory */
    static Path file(Layer layer) {
        return layer.source().orElse(null);
    }

    /** @return "layer wards, feature 3 (wards.3)": where a problem is, for messages */
    static String where(Layer layer, int index, SimpleFeature feature) {
        return "layer " + layer.name() + ", feature " + (index + 1) + " (" + feature.getID() + ")";
    }

    /**
     * @param role what the field is for, for the message ("zone name", "population count")
     * @return the field's name as spelt in the layer (matched ignoring case)
     * @throws InputException naming the fields that do exist
     */
    static String field(Layer layer, String name, String role) {
        return layer.findAttribute(name).orElseThrow(() -> new InputException(file(layer), "layer " + layer.name(),
                "there is no " + role + " field '" + name + "'; the fields are "
                        + layer.featureType().getAttributeDescriptors().stream()
                                .map(d -> d.getLocalName())
                                .filter(n -> !n.equals(layer.geometryName()))
                                .collect(Collectors.joining(", ")),
                "Give one of these as the " + role + " field"));
    }

    /** @throws InputException unless the layer holds {@code kind} */
    static void requireKind(Layer layer, GeometryKind kind, String role) {
        if (layer.kind() != kind && !(layer.isEmpty() && layer.kind() == null)) {
            throw new InputException(file(layer), "layer " + layer.name(),
                    role + " must be " + kind.plural() + " but the layer holds "
                            + (layer.kind() == null ? "mixed geometries" : layer.kind().plural()),
                    "Choose a layer of " + kind.plural());
        }
    }
}
