package org.scamkg.ftm;

import org.scamkg.vocab.Kinds;

import org.scamkg.vocab.FTM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.GEO;
import org.scamkg.store.DerivedGraph;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * Our curated graph as FollowTheMoney entities (the mapping table is docs/ftm.md). People,
 * organisations, posts, holdings, events, licences, places, sites and sources map to the
 * FollowTheMoney schema that means the same; claims and curated links become Notes; every quote
 * becomes a Documentation joining the source Document to what it supports. A fact with no
 * FollowTheMoney property is not dropped: a link between two things becomes an UnknownLink with
 * our property's name as its role, and anything else a "name: value" line of the entity's
 * description. Only what is derived at load (day numbers, normalised names, inverse links) is
 * left out, since it can be derived again.
 */
final class CuratedFtm {
    /** Derived at load from facts the export writes anyway. */
    private static final Set<Property> DERIVED = Set.of(SKG.firstDay, SKG.lastDay, SKG.startDay, SKG.endDay, SKG.periodFirstDay,
            SKG.periodLastDay, SKG.normalisedName, ORG.holds, ORG.heldBy, RDF.type, SKG.personCount, SKG.organisationCount,
            SKG.eventCount, SKG.claimCount);
    private static final Pattern POINT = Pattern.compile("(?i)\\s*POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)\\s*");

    private final Dataset dataset;
    private final Model m;
    private final Kinds kinds;
    private final Map<Resource, String> schemaOf = new HashMap<>();
    private final Map<String, FtmRecord> records = new TreeMap<>();

    private CuratedFtm(Dataset dataset) {
        this.dataset = dataset;
        this.m = ModelFactory.createModelForGraph(curatedUnion(dataset.asDatasetGraph()));
        this.kinds = Kinds.of(dataset);
    }

    /** Every graph but the imports (an import may be millions of triples, and its entities are written from their ftm: triples) and the derived graph (no source's claim). */
    private static Graph curatedUnion(DatasetGraph dsg) {
        MultiUnion union = new MultiUnion();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().startsWith(Ids.IMPORT_GRAPH_PREFIX) && !DerivedGraph.isDerived(g)) union.addGraph(dsg.getGraph(g));
        });
        return union;
    }

    /** The curated entities of the store, sorted by id; call inside a read transaction. */
    static Collection<FtmRecord> of(Dataset dataset) {
        CuratedFtm c = new CuratedFtm(dataset);
        c.assignSchemata();
        new ArrayList<>(c.schemaOf.keySet()).stream().sorted(Comparator.comparing(Resource::getURI)).forEach(c::build);
        c.citations();
        return c.records.values();
    }

    // --- pass 1: which FollowTheMoney schema each of our entities becomes ---

    private void assignSchemata() {
        m.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Ids.ID) && FTM.idOf(s.getURI()).isEmpty())
                schemaFor(s).ifPresent(x -> schemaOf.put(s, x));
        });
        // An attestation of something FollowTheMoney cannot document (a holding is an Interval,
        // not a Thing) is written into that thing's description instead, by citations().
        schemaOf.keySet().removeIf(s -> s.hasProperty(RDF.type, SKG.Attestation) && !isThing(s.getPropertyResourceValue(SKG.attests)));
    }

    /** The schema of the most specific of its classes that the ontology writes as one (skg:ftmSchema). */
    private Optional<String> schemaFor(Resource s) {
        return kinds.ftmSchema(s.listProperties(RDF.type).mapWith(Statement::getObject).toList());
    }

    private boolean isThing(Resource r) {
        if (r == null) return false;
        String schema = schemaOf.get(r);
        if (schema == null) schema = schemaFor(r).orElse(null);
        return schema != null && FtmSchemata.get().schema(schema).orElseThrow().is("Thing");
    }

    // --- pass 2: each entity, fact by fact ---

    private void build(Resource s) {
        FtmRecord r = record(s);
        for (Statement st : s.listProperties().toList()) {
            if (DERIVED.contains(st.getPredicate())) continue;
            if (!mapped(r, st)) generic(r, st);
        }
        finish(r, s);
    }

    private FtmRecord record(Resource s) {
        String id = id(s);
        return records.computeIfAbsent(id, k -> new FtmRecord(k, schemaOf.get(s)));
    }

    /** Writes one fact by the rows of the mapping table (ftm/mapping.tsv) for this property; false when none applies. */
    private boolean mapped(FtmRecord r, Statement st) {
        FtmSchemata.Schema schema = FtmSchemata.get().schema(r.schema()).orElseThrow();
        boolean done = false;
        for (FtmMapping.Row row : FtmMapping.get().exportRows(schema, st.getPredicate())) done |= apply(row, r, st);
        return done;
    }

    private boolean apply(FtmMapping.Row row, FtmRecord r, Statement st) {
        Property p = st.getPredicate();
        RDFNode o = st.getObject();
        String prop = row.ftm().orElse(null);
        switch (row.hook()) {
            case PROOF -> { // the source's Document; Interval schemata have no proof: their citations name the source
                if (!o.isResource() || !"Document".equals(schemaOf.get(o.asResource()))) return false;
                if (r.has(prop)) r.add(prop, id(o.asResource()));
                return true;
            }
            case REFERENTS -> {
                if (!o.isURIResource() || FTM.idOf(o.asResource().getURI()).isEmpty()) return false;
                r.meta("referents", FTM.idOf(o.asResource().getURI()).get());
                return true;
            }
            case CITED_APART -> { return true; } // quotes are written by citations()
            case ROLE_LINE -> { // FollowTheMoney has no role for those involved: the role is kept as a line
                if (o.isResource()) r.add("description", label(p) + ": " + caption(o.asResource()));
                return link(r, prop, p, o);
            }
            case LOCATION -> {
                if (o.isResource()) {
                    r.add("location", label(o.asResource()));
                    countryCode(o.asResource()).ifPresent(c -> r.add("country", c));
                }
                return link(r, prop, p, o);
            }
            case CONTRACT_AWARD -> { // FollowTheMoney gives a licence's holder through a ContractAward
                if (!o.isResource() || !schemaOf.containsKey(o.asResource())) return false;
                FtmRecord award = new FtmRecord(FtmIds.derived("award", r.id(), id(o.asResource())), "ContractAward");
                award.add("contract", r.id());
                award.add("supplier", id(o.asResource()));
                award.add("role", "licensee");
                records.put(award.id(), award);
                return true;
            }
            case SAME_AS_LINE -> {
                if (!o.isURIResource()) return false;
                String iri = o.asResource().getURI();
                r.add("description", "same as: FollowTheMoney entity " + FTM.idOf(iri).orElse(iri) + " of dataset "
                        + iri.substring((Ids.ID + "ftm/").length(), iri.lastIndexOf('/')));
                return true;
            }
            case POINT -> { return o.isResource() && point(r, o.asResource()); }
            case AND_LINK -> { // the name, and, through generic(), the link itself
                if (o.isResource()) r.add(prop, label(o.asResource()));
                return false;
            }
            default -> { }
        }
        if (prop == null || !r.has(prop)) return false;
        switch (row.form()) {
            case ENTITY -> { return link(r, prop, p, o); }
            case TEXT, DATE -> r.add(prop, text(o));
            case LABEL -> {
                if (!o.isResource()) return false;
                r.add(prop, label(o.asResource()));
            }
            case LOWER -> r.add(prop, text(o).toLowerCase(Locale.ROOT));
            case ISO639_2 -> r.add(prop, Locale.forLanguageTag(text(o)).getISO3Language());
            case COUNTRY -> {
                Optional<String> code = o.isResource() ? countryCode(o.asResource()) : Optional.empty();
                if (code.isEmpty()) return false;
                r.add(prop, code.get());
            }
        }
        return true;
    }

    /** A fact FollowTheMoney has no property for: a link becomes an UnknownLink, a value a description line. */
    private void generic(FtmRecord r, Statement st) {
        String name = label(st.getPredicate());
        if (st.getObject().isLiteral()) r.add("description", name + ": " + text(st.getObject()));
        else relate(r, name, st.getObject().asResource());
    }

    private void finish(FtmRecord r, Resource s) {
        switch (r.schema()) {
            case "Organization" -> kind(s).ifPresent(k -> r.add("classification", k));
            case "Address" -> {
                List<String> chain = new ArrayList<>();
                Set<Resource> seen = new HashSet<>();
                for (Resource x = s; x != null && seen.add(x); x = x.getPropertyResourceValue(SchemaDO.containedInPlace)) chain.add(label(x));
                r.add("full", String.join(", ", chain));
                countryCode(s).ifPresent(c -> r.add("country", c));
                if (s.hasProperty(RDF.type, SKG.Site)) kind(s).ifPresent(k -> r.add("remarks", k));
            }
            case "Document" -> {
                r.add("mimeType", "text/plain");
                if (r.values("fileName").isEmpty()) r.add("fileName", s.getURI().substring(s.getURI().lastIndexOf('/') + 1));
            }
            case "Documentation" -> r.add("role", "attestation");
            case "Note" -> {
                if (s.hasProperty(RDF.type, SKG.Link) && r.values("name").isEmpty())
                    r.add("name", "Curated link of " + r.values("entity").stream().findFirst().orElse("?"));
            }
            default -> { }
        }
    }

    // --- pass 3: quotes ---

    /**
     * Each quote with its source, from the source's own graph: a Documentation joining the source
     * Document to the entity it supports, or, for what FollowTheMoney cannot document (a holding),
     * a line of that entity's description.
     */
    private void citations() {
        m.listStatements(null, SKG.quote, (RDFNode) null).toList().stream()
                .map(Statement::getSubject).distinct().sorted(Comparator.comparing(Resource::toString)).forEach(x -> {
                    if (x.hasProperty(RDF.type, SKG.Attestation)) {
                        if (!schemaOf.containsKey(x)) attestationAsText(x);
                        return;
                    }
                    if (!schemaOf.containsKey(x)) return;
                    for (Resource source : x.listProperties(PROV.wasDerivedFrom).mapWith(Statement::getResource).toList())
                        cite(x, source, quotesFrom(x, source));
                });
    }

    private void cite(Resource x, Resource source, List<String> quotes) {
        if (quotes.isEmpty() || !schemaOf.containsKey(source)) return;
        FtmRecord target = record(x);
        if (isThing(x)) {
            FtmRecord doc = records.computeIfAbsent(FtmIds.derived("cited", id(x), id(source)), k -> new FtmRecord(k, "Documentation"));
            doc.add("document", id(source)).add("entity", id(x)).add("role", "evidence");
            quotes.forEach(q -> doc.add("summary", q));
        } else {
            quotes.forEach(q -> target.add("description", "quote from " + caption(source) + ": \u201c" + q + "\u201d"));
        }
    }

    private void attestationAsText(Resource a) {
        Resource target = a.getPropertyResourceValue(SKG.attests);
        Resource source = a.getPropertyResourceValue(PROV.wasDerivedFrom);
        if (target == null || source == null || !schemaOf.containsKey(target)) return;
        String on = a.hasProperty(SKG.attestedOn) ? " on " + text(a.getProperty(SKG.attestedOn).getObject()) : "";
        // an event's date as one source gives it: FollowTheMoney's date, and a line naming the source
        if (a.hasProperty(SKG.date)) {
            String date = text(a.getProperty(SKG.date).getObject());
            record(target).add("date", date).add("description", "dated " + date + " by " + caption(source));
        }
        for (Statement q : a.listProperties(SKG.quote).toList())
            record(target).add("description", "attested by " + caption(source) + on + ": \u201c" + text(q.getObject()) + "\u201d");
    }

    /**
     * The quotes that {@code source} gives for {@code x}. The loader writes an entity's quote into the
     * graph of the source it comes from, so the pairing is exact even when several sources cite it.
     */
    private List<String> quotesFrom(Resource x, Resource source) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<String> out = new ArrayList<>();
        dsg.find(Node.ANY, x.asNode(), SKG.quote.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().getURI().startsWith(Ids.IMPORT_GRAPH_PREFIX)
                    && dsg.contains(q.getGraph(), x.asNode(), PROV.wasDerivedFrom.asNode(), source.asNode()))
                out.add(q.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    // --- helpers ---

    /** An entity-valued property when the target's schema is in its range; otherwise an UnknownLink. */
    private boolean link(FtmRecord r, String property, Property p, RDFNode o) {
        if (!o.isResource() || !schemaOf.containsKey(o.asResource())) return false;
        String target = schemaOf.get(o.asResource());
        Optional<String> range = FtmSchemata.get().schema(r.schema()).orElseThrow().properties().get(property).range();
        if (range.isEmpty() || FtmSchemata.get().schema(target).orElseThrow().is(range.get())) r.add(property, id(o.asResource()));
        else relate(r, label(p), o.asResource());
        return true;
    }

    /** A link FollowTheMoney has no property for: an UnknownLink between two Things, else a description line. */
    private void relate(FtmRecord from, String role, Resource to) {
        if (schemaOf.containsKey(to) && from.is("Thing") && isThing(to)) {
            FtmRecord link = records.computeIfAbsent(FtmIds.derived("link", from.id(), role, id(to)), k -> new FtmRecord(k, "UnknownLink"));
            link.add("subject", from.id()).add("object", id(to)).add("role", role);
        } else {
            from.add("description", role + ": " + caption(to));
        }
    }

    private boolean point(FtmRecord r, Resource geometry) {
        Statement wkt = geometry.getProperty(GEO.asWKT);
        if (wkt == null) return true;
        Matcher mt = POINT.matcher(wkt.getString());
        if (mt.matches()) {
            r.add("longitude", mt.group(1));
            r.add("latitude", mt.group(2));
        } else {
            r.add("description", "geometry: " + wkt.getString());
        }
        return true;
    }

    private String id(Resource r) { return FtmIds.of(r.getURI()).orElse(r.getURI()); }

    /** The ISO code FollowTheMoney uses (lower case) of a place's country, following containment. */
    private Optional<String> countryCode(Resource place) {
        Set<Resource> seen = new HashSet<>();
        for (Resource x = place; x != null && seen.add(x); x = x.getPropertyResourceValue(SchemaDO.containedInPlace)) {
            Statement c = x.getProperty(SKG.countryCode);
            if (c != null) return Optional.of(c.getString().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** The label of the most specific scamkg class of an organisation or site ("political party", "compound"). */
    private Optional<String> kind(Resource s) {
        return s.listProperties(RDF.type).mapWith(Statement::getResource)
                .filterKeep(t -> t.isURIResource() && t.getURI().startsWith(SKG.NS) && !t.equals(SKG.Site)).toList().stream()
                .map(this::label).sorted().findFirst();
    }

    private String label(Resource r) {
        for (Property p : List.of(RDFS.label, SKOS.prefLabel, DCTerms.title)) {
            List<String> ls = r.listProperties(p).mapWith(st -> text(st.getObject())).toList();
            if (!ls.isEmpty()) return ls.stream().sorted().findFirst().get();
        }
        return r.isURIResource() ? Ids.shortForm(r.getURI()) : r.toString();
    }

    /** How a thing is named in a description line: its label and its FollowTheMoney id. */
    private String caption(Resource r) {
        String name = label(r);
        if (r.hasProperty(RDF.type, SKG.Holding)) {
            Resource h = r.getPropertyResourceValue(SKG.holder);
            Resource p = r.getPropertyResourceValue(SKG.post);
            if (h != null && p != null) name = label(h) + " as " + label(p);
        }
        return schemaOf.containsKey(r) ? name + " [" + id(r) + "]" : name;
    }

    private static String text(RDFNode o) {
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.isURIResource() ? o.asResource().getURI() : o.toString();
    }
}
