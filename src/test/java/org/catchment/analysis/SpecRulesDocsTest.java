package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.analysis.SpecRules.Option;
import org.catchment.analysis.SpecRules.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/analysis-file.md lists the limits and the allowed words once, in "Limits and allowed
 * values": its tables say exactly what {@link SpecRules} says, key by key.
 */
class SpecRulesDocsTest {

    private static List<String> section;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs", "analysis-file.md"));
        int start = lines.indexOf("## Limits and allowed values");
        assertThat(start).as("the section exists").isPositive();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        section = lines.subList(start, end);
    }

    /** @return the rows of the section's tables whose first cell is a key, by key, as their other cells */
    private static Map<String, List<String>> rows(int columns) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : section) {
            List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
            if (line.startsWith("| `") && cells.size() == columns + 2) {
                out.put(cells.get(1).replace("`", ""), cells.subList(2, columns + 1));
            }
        }
        return out;
    }

    @Test
    void theLimitsTableHasEveryLimitWithItsRangeUnitAndWarning() {
        Map<String, List<String>> table = rows(5);
        assertThat(table.keySet()).containsExactlyElementsOf(Arrays.stream(Limit.values()).map(Limit::key).toList());
        for (Limit limit : Limit.values()) {
            List<String> row = table.get(limit.key());
            Range r = limit.range();
            String[] allowed = row.get(0).split(" to ", 2);
            assertThat(number(allowed[0])).as("%s from", limit.key()).isEqualTo(r.min());
            assertThat(number(allowed[1])).as("%s up to", limit.key()).isEqualTo(r.max());
            assertThat(row.get(1)).as("%s unit", limit.key()).isEqualTo(r.unit());
            assertThat(row.get(2)).as("%s warns outside", limit.key()).isEqualTo(limit.usual()
                    .map(u -> SpecRules.number(u.min()) + " to " + SpecRules.number(u.max())).orElse(""));
            assertThat(row.get(3)).as("%s says why", limit.key()).isNotBlank();
        }
    }

    @Test
    void theWordsTableHasEveryOptionWithItsWords() {
        Map<String, List<String>> table = rows(2);
        assertThat(table.keySet()).containsExactlyElementsOf(Arrays.stream(Option.values()).map(Option::key).toList());
        for (Option option : Option.values()) {
            assertThat(table.get(option.key()).get(0)).isEqualTo(option.words().stream().map(w -> "`" + w + "`")
                    .collect(Collectors.joining(", ")));
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
