package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.catchment.analysis.AnalysisSpec.CatchmentSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders carry every component of their record: a record whose every component is set to a
 * value other than its default (found by reflection, so a component added later is covered) comes
 * back equal from {@code toBuilder().build()}, and a builder with nothing set builds the defaults.
 */
class SpecBuildersTest {

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of(NetworkSpec.class, (UnaryOperator<Object>) r -> ((NetworkSpec) r).toBuilder().build()),
                Arguments.of(StudyAreaSpec.class, (UnaryOperator<Object>) r -> ((StudyAreaSpec) r).toBuilder().build()),
                Arguments.of(FacilitySpec.class, (UnaryOperator<Object>) r -> ((FacilitySpec) r).toBuilder().build()),
                Arguments.of(CatchmentSpec.class, (UnaryOperator<Object>) r -> ((CatchmentSpec) r).toBuilder().build()),
                Arguments.of(IndicatorSpec.class, (UnaryOperator<Object>) r -> ((IndicatorSpec) r).toBuilder().build()),
                Arguments.of(OutputSpec.class, (UnaryOperator<Object>) r -> ((OutputSpec) r).toBuilder().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void toBuilderKeepsEveryComponent(Class<? extends Record> type, UnaryOperator<Object> rebuild) throws Exception {
        for (boolean flag : new boolean[] {true, false}) {
            Object record = filled(type, flag);
            assertThat(rebuild.apply(record)).isEqualTo(record);
        }
    }

    @org.junit.jupiter.api.Test
    void anEmptyBuilderBuildsTheDefaults() {
        assertThat(NetworkSpec.builder().build()).isEqualTo(new NetworkSpec(null, null, null, null, null, null, null,
                null, null, null));
        assertThat(CatchmentSpec.builder().build().trimDistanceM()).isEqualTo(100.0);
        assertThat(OutputSpec.builder().build().dpi()).isEqualTo(300);
        FacilitySpec gp = FacilitySpec.builder("gp").layer("gp.shp").build();
        assertThat(gp.label()).isEqualTo("gp");
        assertThat(gp.layers()).containsExactly("gp.shp");
        assertThat(gp.bandsMin()).containsExactly(10.0, 20.0);
        assertThat(FacilitySpec.builder("gp").bands(5, 10).build().bandsMin()).containsExactly(5.0, 10.0);
    }

    /** @return the record with each component set to a value unlike its default (booleans all {@code flag}) */
    private static Object filled(Class<? extends Record> type, boolean flag) throws Exception {
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = value(parts[i].getType(), parts[i].getGenericType(), i, flag);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, int i, boolean flag) throws Exception {
        if (type == String.class) {
            return "text" + i;
        }
        if (type == Double.class) {
            return 7.0 + i;
        }
        if (type == Integer.class) {
            return 7 + i;
        }
        if (type == Boolean.class) {
            return flag;
        }
        if (type == OsmTags.class) {
            return OsmTags.of(java.util.Map.of("key" + i, List.of("value" + i)));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == Double.class) {
                return List.of(3.0 + i, 9.0 + i);
            }
            if (element == String.class) {
                return List.of("a" + i, "b" + i);
            }
            if (element instanceof Class<?> c && c.isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> r = (Class<? extends Record>) c;
                return List.of(filled(r, true));
            }
        }
        throw new AssertionError("no test value for " + generic);
    }
}
