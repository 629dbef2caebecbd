package org.scamkg.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A date at the precision a source supports: a day ({@code xsd:date}), a month
 * ({@code xsd:gYearMonth}) or a year ({@code xsd:gYear}). A month stays a month: the literal keeps
 * the precision, and {@link #firstDay()}/{@link #lastDay()} give the span it may fall in as day
 * numbers (days since 1970-01-01), which queries compare as integers (docs/design.md, "Dates").
 */
public record DateValue(String lexical, Precision precision, LocalDate first, LocalDate last) {
    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public static Optional<DateValue> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null)
                return Optional.of(new DateValue(m.group(1), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null)
                return Optional.of(new DateValue(text.strip(), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
            LocalDate d = LocalDate.of(year, ym.getMonthValue(), Integer.parseInt(m.group(3)));
            return Optional.of(new DateValue(text.strip(), Precision.DAY, d, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long firstDay() { return first.toEpochDay(); }

    public long lastDay() { return last.toEpochDay(); }

    public XSDDatatype datatype() {
        return switch (precision) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }

    public Literal literal() { return ResourceFactory.createTypedLiteral(lexical, datatype()); }
}
