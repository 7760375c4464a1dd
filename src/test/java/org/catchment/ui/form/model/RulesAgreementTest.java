package org.catchment.ui.form.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.catchment.InputException;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.analysis.SpecRules.Range;
import org.catchment.ui.export.model.PrintLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every {@link Limit}, at each bound, just inside and just outside it: the analysis file's
 * validator (the value written as YAML and read back, as the app's Run and {@code catchment run}
 * do), the form's setter, the form's range (the bounds of the panel's spinners) and the export
 * dialog accept exactly the values the rules allow, and reject the others with the rules' words.
 */
class RulesAgreementTest {

    /** The numbers of the analysis file that the app does not edit: only the validator checks them. */
    private static final Set<Limit> FILE_ONLY = EnumSet.of(Limit.ACCESS_SPACING, Limit.ACCESS_TOLERANCE,
            Limit.THREADS, Limit.MIN_AREA, Limit.BASEMAP_MAX_ZOOM, Limit.TILE_SIZE);

    private static final String YAML = """
            name: Rules
            network: {roads: [roads.shp], footpaths: [paths.shp]}
            study_area: {layer: wards.shp, name_field: NAME}
            facilities:
              - {type: gp, layer: gp.shp, bands_min: [10, 20]}
              - {type: libraries, layer: libraries.shp}
              - {type: parks, layer: parks.shp, bands_min: [5, 10]}
            population: {layer: lsoa.shp, count_field: POP}
            indicators:
              - {table: imd.csv, table_key: code, layer: lsoa.shp, layer_key: CODE, field: decile}
            deserts: {min_missing: 2}
            """;

    @TempDir
    static Path dir;
    private static Path file;
    private static AnalysisSpec base;

    @BeforeAll
    static void inputs() throws IOException {
        for (String f : List.of("roads.shp", "paths.shp", "town.osm.pbf", "wards.shp", "gp.shp", "libraries.shp", "parks.shp",
                "imd.csv", "lsoa.shp")) {
            Files.writeString(dir.resolve(f), "placeholder: validation only checks that inputs exist");
        }
        file = dir.resolve("rules.yml");
        base = AnalysisFiles.parse(YAML, file).spec();
    }

    static Stream<Arguments> probes() {
        List<Arguments> out = new ArrayList<>();
        for (Limit limit : Limit.values()) {
            Range r = limit.range(base);
            double step = r.whole() ? 1 : 0.01;
            for (double v : new double[] {r.min() - step, r.min(), r.min() + step, r.max() - step, r.max(),
                r.max() + step}) {
                out.add(Arguments.of(limit, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("probes")
    void theFormTheDialogsAndTheValidatorAcceptExactlyTheSameValues(Limit limit, double value) {
        boolean allowed = limit.range(base).contains(value);
        String rulesWords = limit.check(base, value).map(SpecRules.Problem::problem).orElse(null);

        Optional<String> validator = validatorProblem(withValue(base, limit, value));
        assertThat(validator.isEmpty()).as("the validator accepts %s = %s", limit.key(), value).isEqualTo(allowed);
        validator.ifPresent(m -> assertThat(m).contains(limit.key().replace("[]", "[0]"), rulesWords));

        Optional<Consumer<AnalysisForm>> edit = formEdit(limit, value);
        assertThat(edit.isEmpty()).as("the app edits %s", limit.key()).isEqualTo(FILE_ONLY.contains(limit));
        if (edit.isPresent()) {
            AnalysisForm form = new AnalysisForm(withoutIndicator(limit));
            Optional<String> refused = refusal(() -> edit.get().accept(form));
            assertThat(refused.isEmpty()).as("the form accepts %s = %s", limit.key(), value).isEqualTo(allowed);
            refused.ifPresent(m -> assertThat(m).startsWith(capitalised(rulesWords)).endsWith(limit.advice()));
            if (refused.isEmpty()) {
                assertThat(validatorProblem(form.spec())).as("what the form accepts, the file accepts").isEmpty();
            }
            assertThat(form.range(limit).contains(value)).as("the form's range (spinner bounds)").isEqualTo(allowed);
        }
        exportDialog(limit, value).ifPresent(request -> assertThat(refusal(request).isEmpty())
                .as("the export dialog accepts %s", value).isEqualTo(allowed));
    }

    @ParameterizedTest(name = "{0} km/h warns: {1}")
    @CsvSource({"0.5, true", "1.99, true", "2, false", "4.8, false", "7, false", "7.01, true", "10, true"})
    void aWalkingSpeedOutsideTwoToSevenIsAcceptedWithAWarning(double kmh, boolean warns) {
        AnalysisSpec spec = withValue(base, Limit.WALKING_SPEED, kmh);
        assertThat(validatorProblem(spec)).isEmpty();
        AnalysisForm form = new AnalysisForm(base);
        form.setWalkingSpeedKmh(kmh);
        assertThat(form.warnings()).isEqualTo(SpecRules.warnings(spec)).hasSize(warns ? 1 : 0);
        assertThat(form.warnings()).allMatch(w -> w.startsWith("network.walking_speed_kmh is " + SpecRules.number(kmh)
                + " km/h, outside the usual 2 to 7 km/h"));
    }

    @Test
    void bandsTypeIdentifiersAndServedBandsAreCheckedAlikeToo() {
        List<List<Double>> bands = List.of(List.of(), List.of(10.0, 10.0), List.of(20.0, 10.0), List.of(5.0, 120.0));
        for (List<Double> b : bands) {
            FacilitySpec gp = base.facilities().get(0).toBuilder().bandsMin(b).servedBandMin(null).build();
            Optional<String> file = validatorProblem(withFacility(gp));
            Optional<String> form = refusal(() -> new AnalysisForm(base).setBands(0, b));
            assertThat(form.isEmpty()).as("bands %s", b).isEqualTo(file.isEmpty()).isEqualTo(b.size() == 2
                    && b.get(1) > b.get(0));
        }
        for (String id : List.of("gp2", "sports_centres", "2gp", "gp-surgeries", "_x")) {
            boolean ok = id.matches("[a-z][a-z0-9_]*");
            FacilitySpec renamed = base.facilities().get(0).toBuilder().type(id).build();
            assertThat(validatorProblem(withFacility(renamed)).isEmpty()).as("type %s", id).isEqualTo(ok);
            assertThat(refusal(() -> new AnalysisForm(base.withFacilities(base.facilities().subList(1, 3)))
                    .addType(id, "gp.shp")).isEmpty()).as("type %s in the form", id).isEqualTo(ok);
        }
        for (double served : new double[] {10, 15, 20}) {
            FacilitySpec gp = base.facilities().get(0).toBuilder().servedBandMin(served).build();
            assertThat(validatorProblem(withFacility(gp)).isEmpty())
                    .isEqualTo(refusal(() -> new AnalysisForm(base).setServedBand(0, served)).isEmpty())
                    .isEqualTo(served != 15);
        }
    }

    @ParameterizedTest(name = "roads {0}, footpaths {1}: accepted {2}")
    @CsvSource(delimiter = '|', value = {
        "roads.shp|paths.shp|true", "town.osm.pbf||true", "town.osm.pbf|paths.shp|false",
        "roads.shp town.osm.pbf||false", "town.osm.pbf roads.shp||false"})
    void networkSourcesAreCheckedAlike(String roads, String footpaths, boolean accepted) {
        List<String> r = List.of(roads.split(" "));
        List<String> p = footpaths == null ? List.of() : List.of(footpaths.split(" "));
        AnalysisSpec spec = base.withNetwork(base.network().toBuilder().roads(r).footpaths(p).build());
        assertThat(validatorProblem(spec).isEmpty()).as("the validator").isEqualTo(accepted);
        for (boolean footpathsFirst : new boolean[] {false, true}) {
            AnalysisForm form = new AnalysisForm(AnalysisSpec.named("n"));
            Optional<String> refused = refusal(() -> {
                if (footpathsFirst) {
                    p.forEach(form::addFootpaths);
                }
                r.forEach(form::addRoads);
                if (!footpathsFirst) {
                    p.forEach(form::addFootpaths);
                }
            });
            assertThat(refused.isEmpty()).as("the form, footpaths first: %s", footpathsFirst).isEqualTo(accepted);
        }
    }

    /** @return the spec with the limit's key set to {@code value} (the first item of a list) */
    private static AnalysisSpec withValue(AnalysisSpec s, Limit limit, double v) {
        return switch (limit) {
            case WALKING_SPEED -> s.withNetwork(s.network().toBuilder().walkingSpeedKmh(v).build());
            case FOOTPATH_TOLERANCE -> s.withNetwork(s.network().toBuilder().footpathToleranceM(v).build());
            case SNAP_TOLERANCE -> s.withNetwork(s.network().toBuilder().snapToleranceM(v).build());
            case BAND -> withFacility(s.facilities().get(0).toBuilder().bands(v).build());
            case TRIM_DISTANCE -> s.withCatchments(s.catchments().toBuilder().trimDistanceM(v).build());
            case ACCESS_SPACING -> s.withCatchments(s.catchments().toBuilder().accessSpacingM(v).build());
            case ACCESS_TOLERANCE -> s.withCatchments(s.catchments().toBuilder().accessToleranceM(v).build());
            case THREADS -> s.withCatchments(s.catchments().toBuilder().threads((int) v).build());
            case CLASS_COUNT -> s.withIndicators(List.of(s.indicators().get(0).toBuilder().count((int) v).build()));
            case MIN_MISSING -> s.withDeserts(s.deserts().withMinMissing((int) v));
            case MIN_AREA -> s.withDeserts(s.deserts().withMinAreaM2(v));
            case MAP_WIDTH -> s.withOutput(s.output().toBuilder().widthPx((int) v).build());
            case MAP_HEIGHT -> s.withOutput(s.output().toBuilder().heightPx((int) v).build());
            case MAP_DPI -> s.withOutput(s.output().toBuilder().dpi((int) v).build());
            case BASEMAP_MAX_ZOOM -> s.withOutput(s.output().toBuilder().basemapMaxZoom((int) v).build());
            case STYLE_CLASS_COUNT -> s.withMap(styled((int) v));
            case TILE_SIZE -> s.withTiles(org.catchment.analysis.TilesSpec.grid(v));
        };
    }

    /** @return how the app sets the limit's key, or empty for a key only the analysis file sets */
    private static Optional<Consumer<AnalysisForm>> formEdit(Limit limit, double v) {
        int w = base.output().widthPx();
        int h = base.output().heightPx();
        int dpi = base.output().dpi();
        Consumer<AnalysisForm> edit = switch (limit) {
            case WALKING_SPEED -> f -> f.setWalkingSpeedKmh(v);
            case FOOTPATH_TOLERANCE -> f -> f.setFootpathToleranceM(v);
            case SNAP_TOLERANCE -> f -> f.setSnapToleranceM(v);
            case BAND -> f -> f.setBands(0, List.of(v));
            case TRIM_DISTANCE -> f -> f.setTrimDistanceM(v);
            case CLASS_COUNT -> f -> f.addIndicator(base.indicators().get(0).toBuilder().count((int) v).build());
            case MIN_MISSING -> f -> f.setMinMissing((int) v);
            case MAP_WIDTH -> f -> f.setMapSize((int) v, h, dpi);
            case MAP_HEIGHT -> f -> f.setMapSize(w, (int) v, dpi);
            case MAP_DPI -> f -> f.setMapSize(w, h, (int) v);
            case STYLE_CLASS_COUNT -> f -> f.setMap(styled((int) v));
            case ACCESS_SPACING, ACCESS_TOLERANCE, THREADS, MIN_AREA, BASEMAP_MAX_ZOOM, TILE_SIZE -> null;
        };
        return Optional.ofNullable(edit);
    }

    /** @return the export dialog's parsing of the value typed into its field, for the map limits */
    private static Optional<Runnable> exportDialog(Limit limit, double v) {
        String w = Integer.toString(base.output().widthPx());
        String h = Integer.toString(base.output().heightPx());
        String d = Integer.toString(base.output().dpi());
        String typed = Long.toString((long) v);
        return Optional.ofNullable(switch (limit) {
            case MAP_WIDTH -> () -> printLayout(typed, h, d);
            case MAP_HEIGHT -> () -> printLayout(w, typed, d);
            case MAP_DPI -> () -> printLayout(w, h, typed);
            default -> null;
        });
    }

    /** The print layout dialog's model given a custom page size and resolution as typed, then asked for its request. */
    private static void printLayout(String width, String height, String dpi) {
        PrintLayout layout = new PrintLayout(base.output(), "Rules");
        layout.setPaper(PrintLayout.Paper.CUSTOM);
        layout.setSize(width, height, dpi);
        layout.request();
    }

    /** @return a map styling the wards in {@code count} classes */
    private static MapSpec styled(int count) {
        return new MapSpec(null, List.of(new MapSpec.LayerSpec("Wards", true,
                new MapSpec.FieldStyleSpec("NAME", MapSpec.Classes.QUANTILES, count, null))));
    }

    /** The form adds indicators one by one: start the indicator count's edit without the one the file has. */
    private static AnalysisSpec withoutIndicator(Limit limit) {
        return limit == Limit.CLASS_COUNT ? base.withIndicators(List.of()) : base;
    }

    private static AnalysisSpec withFacility(FacilitySpec first) {
        List<FacilitySpec> list = new ArrayList<>(base.facilities());
        list.set(0, first);
        return base.withFacilities(list);
    }

    /** @return the validator's message for the spec saved and read back, or empty when it is accepted */
    private static Optional<String> validatorProblem(AnalysisSpec spec) {
        try {
            AnalysisFiles.parse(AnalysisFiles.toYaml(spec), file);
            return Optional.empty();
        } catch (InputException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> refusal(Runnable edit) {
        try {
            edit.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
