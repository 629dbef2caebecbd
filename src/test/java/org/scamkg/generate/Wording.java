package org.scamkg.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates and numbers as an article writes them ("3 March 2023", "1,250,000") and as a record
 * writes them ("2023-03-03"). Written out by hand, not with a locale's formatter, so the output
 * is the same whatever the machine's default locale.
 */
final class Wording {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Wording() {}

    /** "3 March 2023". */
    static String day(LocalDate d) { return d.getDayOfMonth() + " " + month(d); }

    /** "March 2023". */
    static String month(LocalDate d) { return MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear(); }

    /** "2023-03": a date known to the month. */
    static String isoMonth(LocalDate d) { return d.toString().substring(0, 7); }

    /** 1250000 as "1,250,000". */
    static String grouped(long n) {
        String s = Long.toString(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) b.append(',');
            b.append(s.charAt(i));
        }
        return b.toString();
    }
}
