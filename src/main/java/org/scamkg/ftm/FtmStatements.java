package org.scamkg.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.common.LoadException;
import org.scamkg.common.NameNormaliser;
import org.scamkg.common.Problem;
import org.scamkg.load.SourceCounts;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.scamkg.store.KgStore;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.FTM;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Kinds;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Imports a FollowTheMoney statements file (the {@code statements.csv} OpenSanctions publishes:
 * one row per property value, with the entity, the property, the value, the source list
 * ({@code dataset}) and when that list first and last carried it) into {@code graph/import/<name>},
 * in one write transaction, replacing an earlier import of that name.
 *
 * <p>Each row becomes the entity's verbatim {@code ftm:} value, as an entities file would, and a
 * statement node that keeps its provenance: an {@code skg:Attestation} of the entity, reified as an
 * {@code rdf:Statement} (subject, predicate, object), derived from its list (a source of its own,
 * {@code source/import-<name>-<list>}), with its first and last seen. So a sanctions entry keeps
 * which list said what and since when. Once every row is in, each entity is mapped into our
 * ontology as an entities file's would be (names, countries, relations…), from its values.
 *
 * <p>Rows are read and written one at a time; the mapping pass reads each entity back from the
 * store, so memory does not grow with the file. A row that cannot be read (a missing column, an
 * unknown schema or property, an id that is not FollowTheMoney's) refuses the file, with its line.
 */
public final class FtmStatements {
    /** The columns a statements file must have; the others FollowTheMoney writes are read when present. */
    static final List<String> REQUIRED = List.of("entity_id", "prop", "schema", "value", "dataset");
    static final Set<String> KNOWN = Set.of("id", "entity_id", "canonical_id", "prop", "prop_type", "schema", "value", "dataset", "lang",
            "original_value", "first_seen", "last_seen", "target", "external", "origin");

    private FtmStatements() {}

    public static FtmImport.Result run(KgStore store, Path file, String name, NameNormaliser names, PrintWriter progress) {
        return FtmImport.inOneTransaction(store, file, name, ds -> new Run(ds, file, name, names, progress).go());
    }

    private static final class Run {
        private final DatasetGraph dsg;
        private final Path file;
        private final String name;
        private final Node graph;
        private final Node importSource;
        private final PrintWriter progress;
        private final FtmMapper mapper;
        private final Set<String> lists = new HashSet<>();
        private final List<Problem> bad = new ArrayList<>();
        private long errors;
        private long setAside;
        private long quads;

        Run(Dataset ds, Path file, String name, NameNormaliser names, PrintWriter progress) {
            this.dsg = ds.asDatasetGraph();
            this.file = file;
            this.name = name;
            this.graph = NodeFactory.createURI(Ids.importGraph(name));
            this.importSource = NodeFactory.createURI(Ids.ID + "source/import-" + name);
            this.progress = progress;
            this.mapper = new FtmMapper(name, importSource.getURI(), FtmImport.countryPlaces(ds), FtmImport.licenceTypes(ds), names,
                    ReadTransactions.calculate(ds, () -> Kinds.of(ds)));
        }

        FtmImport.Result go() {
            dsg.removeGraph(graph);
            source(importSource, "FollowTheMoney statements " + name, file.getFileName().toString());
            String display = file.toString();
            long rows = 0;
            long lastReport = System.currentTimeMillis();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> it = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                         .readerForMapOf(String.class).with(new CsvMapper().schemaFor(Map.class).withHeader()).readValues(in)) {
                while (true) {
                    Map<String, String> row;
                    int line = (int) it.getCurrentLocation().getLineNr();
                    try {
                        if (!it.hasNextValue()) break;
                        line = (int) it.getParser().currentTokenLocation().getLineNr() + 1; // the line after the previous row
                        row = it.nextValue();
                    } catch (RuntimeException | IOException e) {
                        fail(display, line, "-", "not a CSV row: " + e.getMessage().lines().findFirst().orElse(""));
                        break;
                    }
                    rows++;
                    if (rows == 1) checkColumns(row, display);
                    if (errors > 0 && rows == 1) break;
                    statement(row, display, line);
                    if (System.currentTimeMillis() - lastReport > FtmImport.PROGRESS_MILLIS) {
                        progress.printf("… %,d statements, %,d quads%s%n", rows, quads, errors > 0 ? ", " + errors + " bad" : "");
                        progress.flush();
                        lastReport = System.currentTimeMillis();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FtmImport.refuseIfAny(bad, errors, display, "rows");
            List<FtmReferences.Dangling> dangling = FtmReferences.dangling(dsg, graph, FtmImport.MAX_REPORTED);
            if (!dangling.isEmpty())
                throw new LoadException(dangling.stream().map(d -> new Problem(display, 0, "-", "entity " + d.from() + ": properties." + d.property()
                        + ": '" + d.to() + "' is not the id of an entity in this file")).toList());
            long entities = mapEntities();
            // the dataset's counts for the source catalogue, as an entities file's import writes them
            for (Triple t : SourceCounts.triples(importSource, count(FOAF.Person.asNode()), count(ORG.Organization.asNode()), count(SKG.Event.asNode()), 0))
                add(t.getSubject(), t.getPredicate(), t.getObject());
            if (setAside > 0) progress.printf("%,d values not valid for their FollowTheMoney type were kept verbatim and not mapped%n", setAside);
            progress.flush();
            return new FtmImport.Result(rows, entities, quads, setAside);
        }

        private void checkColumns(Map<String, String> row, String display) {
            for (String c : REQUIRED)
                if (!row.containsKey(c)) fail(display, 1, c, "missing column; a statements file has " + String.join(", ", REQUIRED) + " at least");
            for (String c : row.keySet())
                if (!KNOWN.contains(c)) fail(display, 1, c, "unknown column; the columns are " + String.join(", ", new java.util.TreeSet<>(KNOWN)));
        }

        /** One row: the verbatim value and its statement node. */
        private void statement(Map<String, String> row, String display, int line) {
            String entityId = Optional.ofNullable(row.get("canonical_id")).filter(s -> !s.isBlank()).orElse(row.getOrDefault("entity_id", ""));
            String schemaName = row.getOrDefault("schema", "");
            String prop = row.getOrDefault("prop", "");
            String value = row.getOrDefault("value", "");
            String list = row.getOrDefault("dataset", "");
            if (!FtmLineParser.isId(entityId)) { fail(display, line, "entity_id", "'" + entityId + "' is not a FollowTheMoney id"); return; }
            Optional<FtmSchemata.Schema> schema = FtmSchemata.get().schema(schemaName).filter(s -> !s.isAbstract());
            if (schema.isEmpty()) { fail(display, line, "schema", "'" + schemaName + "' is not a schema of FollowTheMoney's model an entity may have"); return; }
            String listSlug = list.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (!Ids.isSlug(listSlug)) { fail(display, line, "dataset", "'" + list + "' is not a dataset name"); return; }
            Node entity = NodeFactory.createURI(FTM.entityIri(name, entityId));
            add(entity, RDF.type.asNode(), FTM.schema(schemaName).asNode());
            add(entity, SKG.ftmId.asNode(), NodeFactory.createLiteralString(entityId));
            add(entity, PROV.wasDerivedFrom.asNode(), importSource);
            if (prop.equals("id")) return; // FollowTheMoney's statement that the entity exists
            FtmSchemata.Property p = schema.get().properties().get(prop);
            if (p == null) { fail(display, line, "prop", "'" + prop + "' is not a property of " + schemaName); return; }
            Node object;
            if (p.isEntity()) {
                if (!FtmLineParser.isId(value)) { fail(display, line, "value", "'" + value + "' is not a FollowTheMoney id"); return; }
                object = NodeFactory.createURI(FTM.entityIri(name, value));
            } else {
                object = NodeFactory.createLiteralString(value);
                if (FtmValues.problem(p.type(), value).isPresent()) setAside++;
            }
            Node predicate = FTM.property(p.definedBy(), prop).asNode();
            add(entity, predicate, object);
            // the statement, with the list that makes it and since when
            Node listSource = NodeFactory.createURI(Ids.ID + "source/import-" + name + "-" + listSlug);
            if (lists.add(listSlug)) source(listSource, "FollowTheMoney dataset " + list + " (in import " + name + ")", list);
            Node st = NodeFactory.createURI(entity.getURI() + "/statement/" + FtmIds.sha1(String.join("\u0000", prop, value, list)));
            add(st, RDF.type.asNode(), RDF.Statement.asNode());
            add(st, RDF.type.asNode(), SKG.Attestation.asNode());
            add(st, SKG.attests.asNode(), entity);
            add(st, RDF.subject.asNode(), entity);
            add(st, RDF.predicate.asNode(), predicate);
            add(st, RDF.object.asNode(), object);
            add(st, PROV.wasDerivedFrom.asNode(), listSource);
            seen(st, SKG.firstSeen.asNode(), row.get("first_seen"));
            seen(st, SKG.lastSeen.asNode(), row.get("last_seen"));
        }

        /** Maps each entity, read back from its verbatim values, into our ontology; answers how many entities there are. */
        private long mapEntities() {
            List<Node> entities = new ArrayList<>();
            dsg.find(graph, Node.ANY, SKG.ftmId.asNode(), Node.ANY).forEachRemaining(q -> entities.add(q.getSubject()));
            for (Node e : entities) {
                String id = dsg.find(graph, e, SKG.ftmId.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                List<String> schemata = new ArrayList<>();
                dsg.find(graph, e, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> FTM.schemaName(q.getObject().getURI()).ifPresent(schemata::add));
                String schemaName = mostSpecific(schemata);
                FtmSchemata.Schema schema = FtmSchemata.get().schema(schemaName).orElseThrow();
                Map<String, List<String>> props = new LinkedHashMap<>();
                List<FtmEntity.Invalid> invalid = new ArrayList<>();
                for (FtmSchemata.Property p : schema.properties().values()) {
                    dsg.find(graph, e, FTM.property(p.definedBy(), p.name()).asNode(), Node.ANY).forEachRemaining(q -> {
                        Node o = q.getObject();
                        String v = o.isURI() ? FTM.idOf(o.getURI()).orElse(o.getURI()) : o.getLiteralLexicalForm();
                        props.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(v);
                        if (!p.isEntity()) FtmValues.problem(p.type(), v).ifPresent(why -> invalid.add(new FtmEntity.Invalid(p.name(), v, why)));
                    });
                }
                // the mapping only: the verbatim values are in already
                mapper.mapOnly(new FtmEntity(id, schemaName, props, Map.of(), invalid), t -> add(t.getSubject(), t.getPredicate(), t.getObject()));
            }
            return entities.size();
        }

        /** FollowTheMoney merges an entity's schemata to the most specific one; the first when they are unrelated. */
        private static String mostSpecific(List<String> schemata) {
            FtmSchemata model = FtmSchemata.get();
            for (String s : schemata)
                if (schemata.stream().allMatch(o -> model.schema(s).orElseThrow().is(o))) return s;
            return schemata.get(0);
        }

        private long count(Node type) {
            long[] n = {0};
            dsg.find(graph, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> n[0]++);
            return n[0];
        }

        private void source(Node source, String title, String fileName) {
            add(source, RDF.type.asNode(), SchemaDO.CreativeWork.asNode());
            add(source, RDF.type.asNode(), SchemaDO.Dataset.asNode());
            add(source, DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
            add(source, SKG.localFile.asNode(), NodeFactory.createLiteralString(fileName));
        }

        private void seen(Node st, Node p, String v) {
            if (v == null || v.isBlank()) return;
            String t = v.strip().replace(' ', 'T');
            if (t.length() == 10) t += "T00:00:00";
            if (XSDDatatype.XSDdateTime.isValid(t)) add(st, p, NodeFactory.createLiteralDT(t, XSDDatatype.XSDdateTime));
        }

        private void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, Triple.create(s, p, o));
            if (!dsg.contains(q)) {
                dsg.add(q);
                quads++;
            }
        }

        private void fail(String display, int line, String field, String reason) {
            errors++;
            if (bad.size() < FtmImport.MAX_REPORTED) bad.add(new Problem(display, line, field, reason));
        }
    }
}
