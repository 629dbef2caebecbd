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

    /** Issue 17 item 5: quotes made of ellipses or of letters passed the check. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"…", "...", " … ", "… …", "S … i … x", "We … a", "x", "……"})
    void quotesOfEllipsesOrSingleLettersAreRefused(String quote) {
        assertTrue(checker.check(quote).isPresent(), quote);
        assertTrue(new QuoteChecker(null).check(quote).isPresent(), "refused even without the text: " + quote);
    }

    @Test
    void aPieceMustMatchWholeWords() {
        assertTrue(checker.check("ad never real").isPresent(), "fragments of words");
        assertTrue(checker.check("He … cheat").isPresent(), "a word cut short");
        assertTrue(checker.check("had never realized").isEmpty());
        assertTrue(checker.check("… of foreigners were cheated here").isEmpty(), "an opening ellipsis");
    }

    /** Issue 17 item 19: a quote typed in one Unicode form is found in a text stored in the other. */
    @Test
    void composedAndDecomposedFormsMatch() {
        String nfc = "Sókha told the Phnom Penh Post: ‘ច្បាប់’ and Nguyễn agreed.";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertTrue(!nfc.equals(nfd));
        assertTrue(new QuoteChecker(nfd).check("Sókha told the Phnom Penh Post").isEmpty(), "NFC quote, NFD text");
        assertTrue(new QuoteChecker(nfc).check(java.text.Normalizer.normalize("and Nguyễn agreed", java.text.Normalizer.Form.NFD)).isEmpty(), "NFD quote, NFC text");
    }
}
