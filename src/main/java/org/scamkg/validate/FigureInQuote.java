package org.scamkg.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a claim's figure is stated in its quote (docs/data.md, "Figures"): a number in
 * digits ("361", "1,600", "$40 million", "7th") or in words ("nine", "two million", "a
 * hundred"), and a figure in words ("hundreds") as those words. A quote verbatim in the text
 * that does not state the figure would let a mistyped number (3,610 for "rescuing 361 people")
 * pass as cited; a record whose figure is worked out rather than stated says so in its
 * {@code derived} field instead.
 */
public final class FigureInQuote {
    private FigureInQuote() {}

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
            Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L),
            // ordinals a source may use for a count of editions ("the eighth")
            Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("fourth", 4L),
            Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L), Map.entry("eighth", 8L),
            Map.entry("ninth", 9L), Map.entry("tenth", 10L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    /** Digits with optional thousands separators and decimals, then an optional scale word ("40 million", "1.5 billion"). */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!,\\d{3})(?:\\s*(hundred|thousand|million|billion|trillion)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z]+", Pattern.CASE_INSENSITIVE);

    /**
     * A reason the figure is not stated in any of the quotes, or empty when it is.
     *
     * @param numbers the value, or the min and max of a range: each must be stated
     * @param words   the figure in words ("hundreds"), when the claim gives one
     */
    public static Optional<String> check(List<BigDecimal> numbers, Optional<String> words, List<String> quotes) {
        String all = String.join(" \u2016 ", quotes);
        List<BigDecimal> stated = numbersIn(all);
        for (BigDecimal n : numbers)
            if (stated.stream().noneMatch(s -> s.compareTo(n) == 0))
                return Optional.of("the figure " + n.stripTrailingZeros().toPlainString() + " is not in its quote, in digits or in words"
                        + (stated.isEmpty() ? "" : " (the quote states " + describe(stated) + ")")
                        + "; correct it, or say how it was worked out in 'derived'");
        if (words.isPresent() && !normalise(all).contains(normalise(words.get())))
            return Optional.of("the figure \"" + words.get() + "\" is not in its quote; correct it, or say how it was worked out in 'derived'");
        return Optional.empty();
    }

    /** Every number a text states, in digits or in words. */
    public static List<BigDecimal> numbersIn(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if (m.group(3) != null) n = n.multiply(BigDecimal.valueOf(SCALES.get(m.group(3).toLowerCase(Locale.ROOT))));
            out.add(n);
        }
        out.addAll(wordNumbers(text));
        return out;
    }

    /** Numbers written in words: "nine", "twenty-five", "two million", "a hundred", "three hundred thousand". */
    static List<BigDecimal> wordNumbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('-', ' '));
        long total = 0, current = 0;
        boolean inNumber = false, sawDigitWord = false;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            Long small = SMALL.get(w);
            Long scale = SCALES.get(w);
            if (small != null) {
                // "a"/"an" is a number only before a scale word ("a hundred"); seen alone it ends nothing
                if ((w.equals("a") || w.equals("an"))) {
                    if (inNumber) { out.add(BigDecimal.valueOf(total + current)); total = 0; current = 0; inNumber = false; sawDigitWord = false; }
                    current = 1; inNumber = true; sawDigitWord = false;
                    continue;
                }
                if (inNumber && sawDigitWord && current % 10 != 0 && small < 10) {
                    out.add(BigDecimal.valueOf(total + current)); total = 0; current = 0;
                }
                current += small; inNumber = true; sawDigitWord = true;
            } else if (scale != null && inNumber) {
                if (scale == 100) current *= 100;
                else { total += current * scale; current = 0; }
                sawDigitWord = true;
            } else if (w.equals("and") && inNumber) {
                // "one hundred and five"
            } else {
                if (inNumber && sawDigitWord) out.add(BigDecimal.valueOf(total + current));
                total = 0; current = 0; inNumber = false; sawDigitWord = false;
            }
        }
        if (inNumber && sawDigitWord) out.add(BigDecimal.valueOf(total + current));
        return out;
    }

    private static String describe(List<BigDecimal> stated) {
        return String.join(", ", stated.stream().map(b -> b.stripTrailingZeros().toPlainString()).distinct().toList());
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }
}
