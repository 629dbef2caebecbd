package org.scamkg.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * The kind words curators write ({@code company}, {@code province}, {@code compound}) and the RDF
 * types each one gives. The general type (organisation, place, site) is always added too, so a
 * query needs no inference to find every organisation.
 */
public final class EntityKinds {
    private static final Map<String, Resource> ORG_KINDS = new LinkedHashMap<>();
    private static final Map<String, Resource> PLACE_KINDS = new LinkedHashMap<>();
    private static final Map<String, Resource> SITE_KINDS = new LinkedHashMap<>();
    private static final Map<String, Resource> SOURCE_KINDS = new LinkedHashMap<>();

    static {
        ORG_KINDS.put("company", SKG.Company);
        ORG_KINDS.put("government-body", SKG.GovernmentBody);
        ORG_KINDS.put("international-body", SKG.InternationalBody);
        ORG_KINDS.put("media-outlet", SKG.MediaOutlet);
        ORG_KINDS.put("ngo", SKG.NonGovernmentalOrganisation);
        ORG_KINDS.put("political-party", SKG.PoliticalParty);
        PLACE_KINDS.put("city", SchemaDO.City);
        PLACE_KINDS.put("country", SchemaDO.Country);
        PLACE_KINDS.put("province", SchemaDO.AdministrativeArea);
        PLACE_KINDS.put("region", SchemaDO.Place);
        SITE_KINDS.put("casino", SKG.Casino);
        SITE_KINDS.put("compound", SKG.Compound);
        SITE_KINDS.put("infrastructure", SKG.Infrastructure);
        SITE_KINDS.put("venue", SKG.Venue);
        SOURCE_KINDS.put("news-article", SchemaDO.NewsArticle);
        SOURCE_KINDS.put("report", SchemaDO.Report);
        SOURCE_KINDS.put("dataset", SchemaDO.Dataset);
    }

    private EntityKinds() {}

    /** The kind words allowed for an entity kind; empty when the kind takes none (person, post). */
    public static List<String> wordsFor(Ids.Kind kind) {
        return switch (kind) {
            case ORG -> List.copyOf(ORG_KINDS.keySet());
            case PLACE -> List.copyOf(PLACE_KINDS.keySet());
            case SITE -> List.copyOf(SITE_KINDS.keySet());
            case SOURCE -> List.copyOf(SOURCE_KINDS.keySet());
            default -> List.of();
        };
    }

    /** The types for an entity of {@code kind} described as {@code word}; the caller has checked the word. */
    public static List<Resource> types(Ids.Kind kind, String word) {
        return switch (kind) {
            case PERSON -> List.of(FOAF.Person);
            case ORG -> List.of(ORG.Organization, ORG_KINDS.get(word));
            case PLACE -> word.equals("region") ? List.of(SchemaDO.Place) : List.of(SchemaDO.Place, PLACE_KINDS.get(word));
            case SITE -> List.of(SKG.Site, SITE_KINDS.get(word));
            case POST -> List.of(ORG.Post);
            case SOURCE -> List.of(SchemaDO.CreativeWork, SOURCE_KINDS.get(word));
            default -> throw new IllegalArgumentException("not an entity kind: " + kind);
        };
    }

    /** The entity kinds that registries and source {@code entities:} may define. */
    public static final List<Ids.Kind> ENTITY_KINDS =
            List.of(Ids.Kind.PERSON, Ids.Kind.ORG, Ids.Kind.PLACE, Ids.Kind.SITE, Ids.Kind.POST);
}
