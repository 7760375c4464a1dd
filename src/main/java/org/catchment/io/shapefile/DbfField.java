package org.catchment.io.shapefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * One column of a {@code .dbf} and the Java type it is read as.
 *
 * <p>C (text) is a {@link String}; N without decimals is an {@link Integer} up to 9 digits and a
 * {@link Long} up to 18 (GDAL's rule), wider ones and N with decimals and F are {@link Double};
 * L is a {@link Boolean}; D is a {@link LocalDate} (time zones cannot shift it). Text is stripped
 * of surrounding blanks; blank text, like a blank number or date, is null (dBase cannot tell them apart).
 *
 * @param name     the column name as stored
 * @param type     the dBase type letter, upper case
 * @param length   the width in bytes
 * @param decimals the number of decimals (N, F)
 * @param offset   the byte offset in a record, after the deletion flag
 */
record DbfField(String name, char type, int length, int decimals, int offset) {

    /** The widest N column without decimals that is read as an {@link Integer}. */
    static final int MAX_INTEGER_DIGITS = 9;
    /** The widest N column without decimals that is read as a {@link Long}. */
    static final int MAX_LONG_DIGITS = 18;

    DbfField {
        type = Character.toUpperCase(type);
    }

    /** @return true for the types this reader understands (C, N, F, L, D) */
    boolean supported() {
        return "CNFLD".indexOf(type) >= 0;
    }

    /** @return the Java class of the column's values */
    Class<?> binding() {
        return switch (type) {
            case 'C' -> String.class;
            case 'N' -> decimals > 0 || length > MAX_LONG_DIGITS ? Double.class
                    : length > MAX_INTEGER_DIGITS ? Long.class : Integer.class;
            case 'F' -> Double.class;
            case 'L' -> Boolean.class;
            case 'D' -> LocalDate.class;
            default -> throw new IllegalStateException("unsupported dBase type " + type);
        };
    }

    /** @return the kind of value a column of this Java class holds, in words: "a whole number", "text"... */
    static String kind(Class<?> binding) {
        if (binding == Integer.class || binding == Long.class) {
            return "a whole number";
        }
        if (binding == Double.class) {
            return "a number";
        }
        if (binding == Boolean.class) {
            return "true or false";
        }
        return binding == LocalDate.class ? "a date" : "text";
    }

    /** Converts a value of the shapefile driver (not used for dates, which it cannot read). */
    Object convert(Value value) {
        if (value == null || value == ValueNull.INSTANCE) {
            return null;
        }
        Class<?> b = binding();
        if (b == String.class) {
            String text = value.getString().strip();
            return text.isEmpty() ? null : text;
        }
        if (b == Integer.class) {
            return value.getInt();
        }
        if (b == Long.class) {
            return value.getLong();
        }
        if (b == Double.class) {
            return value.getDouble();
        }
        if (b == Boolean.class) {
            return value.getBoolean();
        }
        throw new IllegalStateException("no conversion for " + b);
    }

    /**
     * Reads a D value from its 8 raw bytes (YYYYMMDD).
     *
     * @return the date, or null for a blank or zero date
     * @throws IllegalArgumentException for text that is not a date
     */
    static LocalDate date(String raw) {
        String t = raw.trim();
        if (t.isEmpty() || t.chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            return LocalDate.parse(t, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "'%s' is not a date (YYYYMMDD)", t), e);
        }
    }
}
