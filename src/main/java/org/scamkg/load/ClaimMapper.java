package org.scamkg.load;

import org.scamkg.common.Literals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.scamkg.vocab.Ids;
import org.scamkg.validate.FigureInQuote;
import org.scamkg.vocab.SKG;

/**
 * Maps a {@code claims:} record: a figure or assertion, who stated it, when and on what
 * occasion, what it measures and its value, range or value in words, qualifiers, the period
 * and place it covers, what it is about and which claims it disputes.
 */
final class ClaimMapper {
    /** The units of amounts (money), whose values may have decimals; every other unit counts things. */
    static final java.util.Set<String> AMOUNT_UNITS = java.util.Set.of("usd");

    private final MappingContext ctx;

    ClaimMapper(MappingContext ctx) { this.ctx = ctx; }

    void map(RecordFields rec) {
        Optional<Resource> claim = rec.requiredRef("id", Ids.Kind.CLAIM).map(r -> ctx.model().createResource(r.iri()));
        Resource c = claim.orElse(ctx.model().createResource());
        ctx.type(c, SKG.Claim, rec.origin());
        // A source as claimant: the article states it in its own voice and names no publisher.
        link(rec, c, "claimant", SKG.claimant, true, Ids.Kind.PERSON, Ids.Kind.ORG, Ids.Kind.SOURCE);
        rec.date("stated").ifPresent(d -> ctx.date(c, SKG.statedOn, SKG.firstDay, SKG.lastDay, d, rec.origin("stated")));
        link(rec, c, "occasion", SKG.occasion, false, Ids.Kind.EVENT);
        link(rec, c, "stated_to", SKG.statedTo, false, Ids.Kind.ORG);
        link(rec, c, "scope", SKG.scope, false, Ids.Kind.PLACE);
        link(rec, c, "about", SKG.about, false, Ids.Kind.values());
        link(rec, c, "part_of", SKG.breakdownOf, false, Ids.Kind.CLAIM);
        link(rec, c, "disputes", SKG.disputes, false, Ids.Kind.CLAIM);
        Optional<String> measure = term(rec, c, "measure", "measure", SKG.measure);
        Optional<String> unit = term(rec, c, "unit", "unit", SKG.unit);
        Optional<String> approx = term(rec, c, "approx", "approximation", SKG.approximation);
        term(rec, c, "group", "group", SKG.subgroup);
        Optional<BigDecimal> value = rec.number("value");
        Optional<BigDecimal> min = rec.number("min");
        Optional<BigDecimal> max = rec.number("max");
        Optional<String> words = rec.text("words");
        Optional<String> statement = rec.text("statement");
        checkFigure(rec, value, min, max, words, statement, measure, unit);
        Optional<String> derived = rec.text("derived");
        derived.ifPresent(d -> ctx.add(c, SKG.derivation, ctx.text(d), rec.origin("derived")));
        boolean amount = unit.filter(AMOUNT_UNITS::contains).isPresent();
        value.ifPresent(v -> number(rec, c, "value", SKG.value, v, amount));
        min.ifPresent(v -> number(rec, c, "min", SKG.minValue, v, amount));
        max.ifPresent(v -> number(rec, c, "max", SKG.maxValue, v, amount));
        words.ifPresent(w -> ctx.add(c, SKG.valueInWords, ctx.text(w), rec.origin("words")));
        statement.ifPresent(s -> ctx.add(c, SKG.statement, ctx.text(s), rec.origin("statement")));
        rec.record("period").ifPresent(p -> period(p, c));
        ctx.add(c, RDFS.label, ctx.text(label(statement, measure, approx, value, min, max, words, unit)), rec.origin());
        ctx.cite(c, rec);
        CuratorNote.write(ctx, c, rec);
        checkFigureInQuote(rec, c, value, min, max, words, derived);
        rec.finish();
    }

    private void checkFigure(RecordFields rec, Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max,
                             Optional<String> words, Optional<String> statement, Optional<String> measure, Optional<String> unit) {
        if (value.isPresent() && (min.isPresent() || max.isPresent()))
            rec.problem("value", "give either value, or min and max for a range, not both");
        if (min.isPresent() != max.isPresent())
            rec.problem(min.isPresent() ? "max" : "min", "a range needs both min and max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0)
            rec.problem("max", "max is smaller than min");
        // A number given but malformed is reported where it stands, not as a missing figure.
        boolean number = value.isPresent() || min.isPresent() || rec.has("value") || rec.has("min");
        if ((number || words.isPresent()) && measure.isEmpty() && !rec.has("measure"))
            rec.problem("measure", "a figure needs the measure it counts");
        if (number && unit.isEmpty() && !rec.has("unit"))
            rec.problem("unit", "a number needs its unit");
        if (!number && words.isEmpty() && statement.isEmpty() && !rec.has("words"))
            rec.problem("statement", "a claim without a figure needs its statement in plain words");
    }

    /**
     * Counts are whole numbers, written as {@code xsd:integer}, so that a plain triple pattern
     * ({@code ?c skg:value 100000}) matches them; amounts of money keep {@code xsd:decimal}.
     */
    private void number(RecordFields rec, Resource c, String field, Property p, BigDecimal v, boolean amount) {
        if (amount) {
            ctx.add(c, p, Literals.decimal(v), rec.origin(field));
            return;
        }
        BigDecimal whole = v.stripTrailingZeros();
        if (whole.scale() > 0) {
            rec.problem(field, "a count is a whole number; found " + v.toPlainString());
            return;
        }
        ctx.add(c, p, Literals.integer(whole.longValueExact()), rec.origin(field));
    }

    /**
     * The figure must be in the quote, in digits or words, unless the record says how it was
     * derived (FigureInQuote); a derivation on a figure the quote states is refused too, since it
     * would tell users the number is worked out when the source says it.
     */
    private void checkFigureInQuote(RecordFields rec, Resource c, Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max,
                                    Optional<String> words, Optional<String> derived) {
        List<BigDecimal> numbers = new ArrayList<>();
        value.ifPresent(numbers::add);
        min.ifPresent(numbers::add);
        max.ifPresent(numbers::add);
        if (numbers.isEmpty() && words.isEmpty()) {
            if (derived.isPresent()) rec.problem("derived", "only a figure (value, min and max, or words) can be derived");
            return;
        }
        // only the quotes found verbatim (those cited): one that is not is reported as such
        List<String> quotes = c.listProperties(SKG.quote).toList().stream().map(s -> s.getString()).toList();
        if (quotes.isEmpty()) return;
        Optional<String> reason = FigureInQuote.check(numbers, words, quotes);
        if (reason.isPresent() && derived.isEmpty())
            rec.problem(value.isPresent() ? "value" : min.isPresent() ? "min" : "words", reason.get());
        if (reason.isEmpty() && derived.isPresent())
            rec.problem("derived", "the quote states this figure, so it is not derived; remove 'derived'");
    }

    private void period(RecordFields p, Resource c) {
        p.date("from").ifPresent(d -> ctx.date(c, SKG.periodStart, SKG.periodFirstDay, null, d, p.origin("from")));
        p.date("to").ifPresent(d -> ctx.date(c, SKG.periodEnd, null, SKG.periodLastDay, d, p.origin("to")));
        p.text("as").ifPresent(t -> ctx.add(c, SKG.periodDescription, ctx.text(t), p.origin("as")));
        if (!p.has("from") && !p.has("to") && !p.has("as")) p.problem("as", "a period needs from, to or as (the words of the source)");
        p.finish();
    }

    private void link(RecordFields rec, Resource c, String field, Property p, boolean required, Ids.Kind... kinds) {
        var refs = rec.refs(field, kinds);
        if (required && refs.isEmpty() && !rec.has(field)) rec.problem(field, "required field is missing");
        for (var r : refs) ctx.resolve(r.value(), r.origin()).ifPresent(t -> ctx.add(c, p, t, r.origin()));
    }

    private Optional<String> term(RecordFields rec, Resource c, String field, String scheme, Property p) {
        Optional<String> t = rec.text(field);
        t.flatMap(v -> ctx.term(scheme, v, rec.origin(field))).ifPresent(r -> ctx.add(c, p, r, rec.origin(field)));
        return t;
    }

    /** A readable label: the statement, or "measure: qualifier figure" ($ for US dollars). */
    static String label(Optional<String> statement, Optional<String> measure, Optional<String> approx, Optional<BigDecimal> value,
                        Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<String> words, Optional<String> unit) {
        if (statement.isPresent() && value.isEmpty() && min.isEmpty()) return statement.get();
        String currency = unit.filter("usd"::equals).map(u -> "$").orElse("");
        String figure = value.map(v -> currency + format(v))
                .or(() -> min.flatMap(lo -> max.map(hi -> currency + format(lo) + "–" + currency + format(hi))))
                .or(() -> words).orElse("");
        String qualifier = approx.map(a -> a + " ").orElse("");
        return measure.map(m -> m.replace('-', ' ')).orElse("figure") + ": " + qualifier + figure;
    }

    private static String format(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(6);
        return f.format(v);
    }
}
