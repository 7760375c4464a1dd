package org.catchment.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenStreetMap tag presets of the seven social-infrastructure facility types, named as the
 * types usually are ({@code osm_tags: gp}). Where Geofabrik's free shapefiles have a feature class
 * for the type, the preset is the tag that class is made from, so a type read from an extract by its
 * preset holds the same objects as the Geofabrik POI layers filtered by that {@code fclass}
 * ({@code docs/method.md} gives each preset's sources: the OpenStreetMap wiki's tag page and
 * Geofabrik's "OpenStreetMap Data in Layered GIS Format").
 */
public final class OsmPresets {

    /**
     * One preset.
     *
     * @param name  what {@code osm_tags} writes
     * @param label the facility type it is made for
     * @param tags  its keys and values
     */
    public record Preset(String name, String label, Map<String, List<String>> tags) {
    }

    private static final List<Preset> PRESETS = List.of(
            new Preset("gp", "GP surgeries", Map.of("amenity", List.of("doctors"))),
            new Preset("libraries", "Libraries", Map.of("amenity", List.of("library"))),
            new Preset("parks", "Children's parks", Map.of("leisure", List.of("playground"))),
            new Preset("community_centres", "Community centres", Map.of("amenity", List.of("community_centre"))),
            new Preset("sports_centres", "Sports centres", Map.of("leisure", List.of("sports_centre"))),
            new Preset("foodbanks", "Foodbanks", Map.of("social_facility", List.of("food_bank"))),
            new Preset("retail_centres", "Retail centres", Map.of("shop",
                    List.of("supermarket", "mall", "department_store"))));

    private OsmPresets() {
    }

    /** @return the preset of this name, or empty */
    public static Optional<Preset> find(String name) {
        return PRESETS.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return every preset, in the order the docs list them */
    public static List<Preset> all() {
        return PRESETS;
    }

    /** @return the presets' names */
    public static List<String> names() {
        return PRESETS.stream().map(Preset::name).toList();
    }
}
