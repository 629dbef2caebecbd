package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A figure must be in its quote, in digits or in words (docs/data.md, "Figures"). */
class FigureInQuoteTest {
    private static Optional<String> check(long n, String quote) {
        return FigureInQuote.check(List.of(BigDecimal.valueOf(n)), Optional.empty(), List.of(quote));
    }

    @Test
    void digitsMatch() {
        assertEquals(Optional.empty(), check(361, "Authorities have conducted searches at various locations, rescuing 361 people"));
        assertTrue(check(3610, "rescuing 361 people").isPresent(), "3,610 is not 361");
        assertTrue(check(36, "rescuing 361 people").isPresent(), "36 is not a part of 361");
    }

    @Test
    void thousandsSeparatorsMatch() {
        assertEquals(Optional.empty(), check(1600, "authorities rescued over 1,600 people"));
        assertTrue(check(600, "authorities rescued over 1,600 people").isPresent(), "600 is only the tail of 1,600");
        assertTrue(check(1, "authorities rescued over 1,600 people").isPresent(), "1 is only the head of 1,600");
        assertEquals(Optional.empty(), check(1213, "law enforcement has investigated 1213 criminal cases"));
    }

    @Test
    void scaleWordsMultiply() {
        assertEquals(Optional.empty(), check(40_000_000, "Cambodians were defrauded of nearly $40 million in the first half of the year."));
        assertTrue(check(40, "defrauded of nearly $40 million").isPresent(), "40 is not $40 million");
        assertEquals(Optional.empty(), check(1_500_000_000, "earned 1.5 billion dollars"));
    }

    @Test
    void numbersInWordsMatch() {
        assertEquals(Optional.empty(), check(9, "including nine cases in which 54 people from six countries were trafficked"));
        assertEquals(Optional.empty(), check(6, "54 people from six countries were trafficked"));
        assertEquals(Optional.empty(), check(2_000_000, "nearly two million of the popular vote"));
        assertEquals(Optional.empty(), check(25, "twenty-five people"));
        assertEquals(Optional.empty(), check(100, "a hundred people"));
        assertEquals(Optional.empty(), check(105, "one hundred and five people"));
        assertTrue(check(10, "including nine cases").isPresent(), "nine is not ten");
        assertTrue(check(1, "a report").isPresent(), "a lone article is not a number");
    }

    @Test
    void ordinalsGiveTheirNumber() {
        assertEquals(Optional.empty(), check(7, "the Royal Government of the 7th legislature"));
        assertEquals(Optional.empty(), check(8, "the eighth annual day"));
    }

    @Test
    void bothEndsOfARangeMustBeStated() {
        String q = "the government estimated about 70,000 to 100,000 people have come to work in illegal online gambling";
        assertEquals(Optional.empty(), FigureInQuote.check(List.of(BigDecimal.valueOf(70_000), BigDecimal.valueOf(100_000)), Optional.empty(), List.of(q)));
        assertTrue(FigureInQuote.check(List.of(BigDecimal.valueOf(70_000), BigDecimal.valueOf(150_000)), Optional.empty(), List.of(q)).isPresent());
    }

    @Test
    void figuresInWordsMustBeTheQuotesWords() {
        assertEquals(Optional.empty(), FigureInQuote.check(List.of(), Optional.of("hundreds"), List.of("but we have found that hundreds are the real victims")));
        assertEquals(Optional.empty(), FigureInQuote.check(List.of(), Optional.of("billions of dollars"), List.of("scams estimated to have earned criminals Billions of dollars")));
        assertTrue(FigureInQuote.check(List.of(), Optional.of("thousands"), List.of("but we have found that hundreds are the real victims")).isPresent());
    }

    @Test
    void anyOfSeveralQuotesMayStateIt() {
        assertEquals(Optional.empty(), FigureInQuote.check(List.of(BigDecimal.valueOf(259)), Optional.empty(),
                List.of("Minister Cites 259 Forced Labor Incidents", "including cases of forced labor")));
    }

    @Test
    void theReasonSaysWhatTheQuoteStates() {
        String reason = check(3610, "rescuing 361 people").orElseThrow();
        assertTrue(reason.contains("3610") && reason.contains("361") && reason.contains("derived"), reason);
    }
}
