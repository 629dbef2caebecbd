package org.scamkg.site;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count with its noun in the right number: "1 licence", "2 licences", "1,024 statements". Every
 * page that shows "N things" says it through here, so none reads "1 licences".
 */
public final class Counted {
    private Counted() {}

    /** The count, grouped in thousands, and the noun: {@code one} for exactly 1, {@code many} otherwise (0 included). */
    public static String of(long n, String one, String many) {
        return number(n) + " " + noun(n, one, many);
    }

    /** Only the noun, for a page that shows the number apart (a card with a large figure). */
    public static String noun(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
