package org.catchment.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.io.AtomicOutput;

/**
 * Reads and writes analysis files (YAML, snake_case keys). Syntax errors, keys given twice and a
 * second document are errors at their line ({@link YamlLines#check}); unknown keys and values of
 * the wrong type are errors naming the key and its line; the loaded analysis is then checked by
 * {@link AnalysisValidator}.
 */
public final class AnalysisFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(SpecWords.module());

    private AnalysisFiles() {
    }

    /**
     * @param file the analysis file
     * @return the analysis, validated (input files exist, values in range)
     * @throws InputException naming the file, the line and the key for any problem
     */
    public static Analysis read(Path file) {
        return parse(text(file), file);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "the analysis file does not exist", "Check the path");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read the analysis file (" + e.getMessage() + ")",
                    "Check that it is a readable text file", e);
        }
    }

    /**
     * Reads an analysis that may still be incomplete, for the desktop app to open and finish: the
     * values and files it gives are checked as {@link #read} checks them, but a missing network,
     * ward layer or facility type is allowed ({@link Completeness}, checked at Run).
     *
     * @throws InputException naming the file, the line and the key for any problem in what it says
     */
    public static Analysis readDraft(Path file) {
        String text = text(file);
        YamlLines lines = YamlLines.check(text, file.toAbsolutePath());
        Analysis analysis = load(text, lines, file.toAbsolutePath(), file.toAbsolutePath().getParent());
        AnalysisValidator.validateDraft(analysis, lines);
        return analysis;
    }

    /**
     * Checks an analysis edited in the desktop app as a run reads it: its YAML parsed and
     * validated as a saved file's. Messages name no line (the text is not the file on disk) and,
     * while the analysis is unsaved, no file.
     *
     * @param file    the analysis file, or null while it is unsaved
     * @param baseDir the folder its relative paths are resolved against
     * @throws InputException naming the key and what to do
     */
    public static Analysis check(AnalysisSpec spec, Path file, Path baseDir) {
        YamlLines noLines = YamlLines.check("", null);
        Analysis analysis = load(toYaml(spec), noLines, file == null ? null : file.toAbsolutePath(),
                baseDir.toAbsolutePath());
        AnalysisValidator.validate(analysis, noLines);
        return analysis;
    }

    /** Parses analysis text as if it came from {@code file} (for relative paths and messages). */
    public static Analysis parse(String text, Path file) {
        YamlLines lines = YamlLines.check(text, file.toAbsolutePath());
        Analysis analysis = load(text, lines, file.toAbsolutePath(), file.toAbsolutePath().getParent());
        AnalysisValidator.validate(analysis, lines);
        return analysis;
    }

    /**
     * @param lines the text's lines, {@link YamlLines#check checked}, for messages
     * @return the analysis the text gives, not yet validated; {@code file} may be null (unsaved)
     */
    private static Analysis load(String text, YamlLines lines, Path file, Path base) {
        AnalysisSpec spec;
        try {
            spec = MAPPER.readValue(text, AnalysisSpec.class);
        } catch (JsonProcessingException e) {
            throw translate(e, file, lines);
        }
        if (spec == null) {
            throw new InputException(file, null, "the analysis file is empty",
                    "Start from data/sample/analysis.yml and docs/analysis-file.md");
        }
        return new Analysis(spec, file, base);
    }

    /** Writes an analysis as YAML, atomically; relative paths stay as they are in the spec. */
    public static void write(AnalysisSpec spec, Path file) {
        AtomicOutput.write(file, temp -> Files.writeString(temp, toYaml(spec), StandardCharsets.UTF_8));
    }

    /** @return the analysis as YAML text */
    public static String toYaml(AnalysisSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis as YAML", e);
        }
    }

    private static InputException translate(JsonProcessingException e, Path file, YamlLines lines) {
        JsonLocation loc = e.getLocation();
        int line = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? lines.lineOf(key(m)) : 0;
        if (line <= 0 && loc != null) {
            line = loc.getLineNr();
        }
        String where = line > 0 ? "line " + line : null;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new InputException(file, where, "unknown key '" + u.getPropertyName() + "'" + context(u),
                    known.isEmpty() ? "Check the spelling against docs/analysis-file.md"
                            : "The keys allowed here are: " + known, e);
        }
        if (e instanceof InvalidFormatException f) {
            return new InputException(file, where, "'" + key(f) + "' has the value '" + f.getValue()
                    + "', which is not " + article(f.getTargetType()), "Correct the value", e);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && java.util.Collection.class.isAssignableFrom(m.getTargetType())) {
            return new InputException(file, where, "'" + key(m) + "' must be a list, each item on a line of its own"
                    + " starting with '- '", "See docs/analysis-file.md for the form of each key", e);
        }
        if (e instanceof MismatchedInputException m) {
            return new InputException(file, where, "'" + key(m) + "' has the wrong kind of value: expected "
                    + article(m.getTargetType()), "See docs/analysis-file.md for the form of each key", e);
        }
        if (e instanceof JsonMappingException m) {
            return new InputException(file, where, "'" + key(m) + "': " + m.getOriginalMessage(),
                    "See docs/analysis-file.md", e);
        }
        return new InputException(file, where, "this is not valid YAML (" + e.getOriginalMessage() + ")",
                "Check the indentation and the colons around that line", e);
    }

    private static String context(JsonMappingException e) {
        String path = key(e);
        int cut = path.lastIndexOf('.');
        return cut > 0 ? " in " + path.substring(0, cut) : "";
    }

    /** @return the path of the failing key in the file's own spelling, e.g. facilities[0].bands_min */
    private static String key(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String article(Class<?> type) {
        if (type == null) {
            return "a value of the right kind";
        }
        if (type == Double.class || type == double.class || type == Integer.class || type == int.class) {
            return type == Integer.class || type == int.class ? "a whole number" : "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> options = (Class<? extends Enum<?>>) type;
            return "one of " + String.join(", ", SpecRules.words(options));
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "a section of keys";
    }
}
