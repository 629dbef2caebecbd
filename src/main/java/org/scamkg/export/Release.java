package org.scamkg.export;

import org.scamkg.ftm.FtmExport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.scamkg.site.Templates;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Ids;

/**
 * A release: the whole graph in every export format (FollowTheMoney lines too), the JSON-LD context, the ontology's
 * documentation, a VoID + DCAT description of it all, and SHA-256 checksums (SHA256SUMS, in the
 * format {@code sha256sum -c} reads). One line of progress per file.
 */
public final class Release {
    private Release() {}

    /**
     * Writes the release into {@code dir}. Download URLs in the description are {@code downloadBase}
     * plus each file's relative path; by default the directory's own file: URL.
     */
    public static List<DatasetDescription.Distribution> write(Dataset store, Path dir, String endpoint, Optional<String> downloadBase,
                                                                PrintWriter progress) {
        String base = downloadBase.map(b -> b.endsWith("/") ? b : b + "/").orElse(dir.toAbsolutePath().normalize().toUri().toString());
        try {
            // Built beside its place and swapped in whole: a failure leaves the earlier release.
            return AtomicFiles.directory(dir, work -> write(store, work, base, endpoint, progress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DatasetDescription.Distribution> write(Dataset store, Path dir, String base, String endpoint, PrintWriter progress) throws IOException {
        {
            List<DatasetDescription.Distribution> files = new ArrayList<>();
            for (RdfFormat f : RdfFormat.values()) {
                Path p = dir.resolve("scamkg." + f.extension);
                long n;
                try (OutputStream out = Files.newOutputStream(p)) {
                    n = RdfExport.write(store, f, Optional.empty(), out);
                }
                files.add(distribution(dir, base, p, f.contentType()));
                progress.printf("wrote %-16s %,d %s%n", p.getFileName(), n, f.quads ? "quads" : "triples");
                progress.flush();
            }
            EntityGraph network = EntityGraph.of(store);
            Path gexf = dir.resolve("scamkg.gexf");
            try (OutputStream out = Files.newOutputStream(gexf)) {
                NetworkWriter.gexf(network, out);
            }
            files.add(distribution(dir, base, gexf, "application/gexf+xml"));
            Path graphml = dir.resolve("scamkg.graphml");
            try (OutputStream out = Files.newOutputStream(graphml)) {
                NetworkWriter.graphml(network, out);
            }
            files.add(distribution(dir, base, graphml, "application/graphml+xml"));
            progress.printf("wrote %-16s %,d nodes, %,d edges (and scamkg.graphml)%n", gexf.getFileName(), network.nodes().size(), network.edges().size());
            Path ftm = dir.resolve("scamkg.ftm.jsonl");
            FtmExport.Counts entities;
            try (OutputStream out = Files.newOutputStream(ftm)) {
                entities = FtmExport.write(store, out, progress);
            }
            files.add(distribution(dir, base, ftm, "application/x-ndjson"));
            progress.printf("wrote %-16s %,d FollowTheMoney entities%n", ftm.getFileName(), entities.total());
            var rows = CsvExport.write(store, dir.resolve("csv"));
            for (String table : rows.keySet()) files.add(distribution(dir, base, dir.resolve("csv").resolve(table + ".csv"), "text/csv"));
            progress.printf("wrote %-16s %s%n", "csv/", rows);
            Path context = dir.resolve("context.jsonld");
            Files.writeString(context, JsonLdContext.text(ReadTransactions.calculate(store, () -> RdfExport.context(store.asDatasetGraph()))));
            files.add(distribution(dir, base, context, "application/ld+json"));
            Path doc = dir.resolve("ontology.html");
            Files.writeString(doc, ReadTransactions.calculate(store, () -> OntologyDoc.standalone(ModelFactory.createModelForGraph(
                    store.asDatasetGraph().getGraph(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH))))));
            // The page links to its style sheet by a relative name, so the release opens as files.
            Files.write(dir.resolve(OntologyDoc.STYLE_SHEET), Templates.styleSheet());
            files.add(distribution(dir, base, doc, "text/html"));
            progress.printf("wrote %-16s and ontology.html (with %s)%n", context.getFileName(), OntologyDoc.STYLE_SHEET);
            Path voidFile = dir.resolve("void.ttl");
            try (OutputStream out = Files.newOutputStream(voidFile)) {
                RDFDataMgr.write(out, DatasetDescription.of(store, endpoint, files), RDFFormat.TURTLE_PRETTY);
            }
            progress.printf("wrote %-16s the dataset description (VoID + DCAT)%n", voidFile.getFileName());
            writeChecksums(dir);
            progress.printf("wrote %-16s SHA-256 of every file%n", "SHA256SUMS");
            progress.flush();
            return files;
        }
    }

    private static DatasetDescription.Distribution distribution(Path dir, String base, Path file, String mediaType) throws IOException {
        return new DatasetDescription.Distribution(base + dir.relativize(file).toString().replace('\\', '/'), mediaType, Files.size(file), sha256(file));
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeChecksums(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SHA256SUMS")).sorted().toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path p : all) b.append(sha256(p)).append("  ").append(dir.relativize(p).toString().replace('\\', '/')).append('\n');
        Files.writeString(dir.resolve("SHA256SUMS"), b.toString(), StandardCharsets.UTF_8);
    }
}
