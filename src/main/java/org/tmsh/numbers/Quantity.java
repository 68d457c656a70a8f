package org.tmsh.numbers;

import java.util.Locale;

/**
 * A number or a date found in a segment, by value: {@link #value()} is the same for every way a
 * language writes it ("1.500" in German and "1,500" in English are both {@code 1500}; "3. November",
 * "November 3" and "3 November" are all {@code --11-03}).
 *
 * <p>Values: a number is its decimal value in plain notation ("1500", "3.5", "-2"); a percentage and
 * an ordinal the value of their number; a date ISO 8601 style, with {@code --} for a missing year and
 * without the day when only month and year are written ("2024-11-02", "--11-02", "2024-11", "--11");
 * a time {@code HH:MM}. A number that no convention reads (a version "7.4.2") keeps its text.
 *
 * @param kind  what the value is
 * @param value the value, comparable across languages
 * @param text  the text as written
 * @param start start offset in the segment
 * @param end   end offset in the segment
 */
public record Quantity(Kind kind, String value, String text, int start, int end) {

    /** What a value is. */
    public enum Kind {
        NUMBER, PERCENT, ORDINAL, DATE, TIME;

        /** Whether the value is a number (so that an ordinal may stand for a number of the same value). */
        public boolean numeric() {
            return this == NUMBER || this == PERCENT || this == ORDINAL;
        }
    }

    /** {@code kind:value}, the form that examples and notes use. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }

    @Override
    public String toString() {
        return key();
    }
}
