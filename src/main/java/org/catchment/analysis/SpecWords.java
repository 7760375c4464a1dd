package org.catchment.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * The Jackson module that writes and reads the enums of {@link SpecRules.Option} as the analysis
 * file spells them ({@link SpecRules#word}: {@code walk}, {@code natural_breaks}), exactly and in
 * lower case. The engine's enums stay free of YAML; a word that is not one of the allowed ones is
 * an {@link InvalidFormatException} naming the enum, which {@link AnalysisFiles} turns into a
 * message listing the allowed words.
 */
final class SpecWords {

    private SpecWords() {
    }

    /** @return the module for every option enum */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("catchment-analysis-words");
        for (SpecRules.Option o : SpecRules.Option.values()) {
            add(module, o.type());
        }
        return module;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(SimpleModule module, Class<? extends Enum<?>> type) {
        Class raw = type;
        module.addSerializer(raw, new Writer(raw));
        module.addDeserializer(raw, new Reader(raw));
    }

    private static final class Writer<E extends Enum<E>> extends StdScalarSerializer<E> {
        private static final long serialVersionUID = 1L;

        Writer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(SpecRules.word(value));
        }
    }

    private static final class Reader<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final Class<E> type;

        Reader(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING) && !p.currentToken().isScalarValue()) {
                return type.cast(ctx.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            return SpecRules.fromWord(type, text).orElseThrow(() -> InvalidFormatException.from(p,
                    "not one of " + SpecRules.words(type), text, type));
        }
    }
}
