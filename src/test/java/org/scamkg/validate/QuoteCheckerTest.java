package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteCheckerTest {
    private final QuoteChecker checker = new QuoteChecker("He said: “We had never realized thousands\n of foreigners were cheated here,” Hun Sen said. It’s late.");

    @Test
    void curlyQuotesAndLineBreaksDoNotMatter() {
        assertTrue(checker.check("\"We had never realized thousands of foreigners were cheated here,\"").isEmpty());
        assertTrue(checker.check("It's late.").isEmpty());
    }

    @Test
    void ellipsisJoinsPiecesThatAppearInOrder() {
        assertTrue(checker.check("We had never realized … cheated here").isEmpty());
        assertTrue(checker.check("cheated here ... We had never realized").isPresent(), "pieces out of order");
    }

    @Test
    void aQuoteNotInTheTextIsRefusedNamingThePiece() {
        assertEquals("not found verbatim in the source text: \"thousands of tourists\"", checker.check("thousands of tourists").orElseThrow());
    }

    @Test
    void moreThan25WordsIsRefusedEvenWithoutText() {
        String longQuote = "word ".repeat(26).strip();
        assertEquals("quote has 26 words; at most 25 are allowed", new QuoteChecker(null).check(longQuote).orElseThrow());
        assertTrue(new QuoteChecker(null).check("word ".repeat(25).strip()).isEmpty());
    }
}
