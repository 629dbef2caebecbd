package org.scamkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every unit shares, fixed in size whatever the scale: a synthetic country (code XS, from
 * ISO 3166's user-assigned range, which no country has), its provinces, the agencies that raid,
 * license, repatriate and report (reused by every unit, as the real ministries and police are),
 * and their posts, each held by three officials in turn. Who holds a post depends on the date,
 * so a unit quotes whoever held it then; posts are ranked by prominence and drawn by Zipf's law,
 * so a few officials are quoted often. It also writes the one shared source, a synthetic
 * directory that attests every term of office with its start and end and mentions every shared
 * entity (so none is without a source).
 */
final class SyntheticWorld {
    static final String COUNTRY = "place/synthetic-republic";
    static final String COUNTRY_NAME = "Synthetic Republic";
    static final String COUNTRY_CODE = "XS";
    static final int PROVINCES = 8;

    static final String GOVERNMENT = "org/synthetic-government";
    static final String MINISTRY = "org/synthetic-ministry-of-interior";
    static final String NATIONAL_POLICE = "org/synthetic-national-police";
    static final String GAMBLING_COMMISSION = "org/synthetic-gambling-commission";
    static final String COMMITTEE = "org/synthetic-counter-trafficking-committee";
    static final String IMMIGRATION = "org/synthetic-immigration-department";
    static final String RIGHTS_WATCH = "org/synthetic-rights-watch";
    static final String VICTIM_AID = "org/synthetic-victim-aid";
    static final String ANTI_FRAUD_OFFICE = "org/synthetic-anti-fraud-office";
    static final String NEWS_AGENCY = "org/synthetic-news-agency";

    /** The earliest and latest publication dates of unit articles; every post has a holder throughout. */
    static final LocalDate FIRST_ARTICLE = LocalDate.of(2020, 1, 1);
    static final LocalDate LAST_ARTICLE = LocalDate.of(2025, 6, 30);

    /** A shared organisation: its registry row and how articles name it. */
    record Agency(String ref, String kind, String name, String parent, boolean national, String note) {
        String slug() { return ref.substring("org/".length()); }
    }

    /** A post, its organisation, the title articles put before a holder's name, and whether it is a government office. */
    record Post(String ref, String name, String organisation, String title, boolean government) {
        String slug() { return ref.substring("post/".length()); }
    }

    /** One term of office; {@code end} is null for the holder still in office. */
    record Term(SyntheticNames.Person holder, Post post, LocalDate start, LocalDate end) {
        String holderRef() { return "person/" + holder.slug(); }
        boolean covers(LocalDate d) { return !d.isBefore(start) && (end == null || !d.isAfter(end)); }
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency(GOVERNMENT, "government-body", "Government of the Synthetic Republic", "", true, "Synthetic: generated for benchmarks."),
            new Agency(MINISTRY, "government-body", "Ministry of Interior of the Synthetic Republic", GOVERNMENT, true, ""),
            new Agency(NATIONAL_POLICE, "government-body", "Synthetic National Police", MINISTRY, true, ""),
            new Agency(GAMBLING_COMMISSION, "government-body", "Synthetic Gambling Commission", GOVERNMENT, true,
                    "Issues every casino and online gambling licence in the synthetic data."),
            new Agency(COMMITTEE, "government-body", "Synthetic Committee for Counter Trafficking", GOVERNMENT, true, ""),
            new Agency(IMMIGRATION, "government-body", "Synthetic Immigration Department", MINISTRY, true, ""),
            new Agency(RIGHTS_WATCH, "ngo", "Synthetic Rights Watch", "", true, ""),
            new Agency(VICTIM_AID, "ngo", "Synthetic Victim Aid", "", true, ""),
            new Agency(ANTI_FRAUD_OFFICE, "international-body", "Synthetic International Anti-Fraud Office", "", false, ""),
            new Agency(NEWS_AGENCY, "media-outlet", "Synthetic News Agency", "", true, "Publisher of every synthetic source."));

    /** Posts by prominence: the first is quoted most. */
    static final List<Post> POSTS = List.of(
            new Post("post/synthetic-prime-minister", "Prime Minister of the Synthetic Republic", GOVERNMENT, "Prime Minister", true),
            new Post("post/synthetic-minister-of-interior", "Minister of Interior of the Synthetic Republic", MINISTRY, "Interior Minister", true),
            new Post("post/synthetic-national-police-spokesperson", "Spokesperson of the Synthetic National Police", NATIONAL_POLICE,
                    "National Police spokesperson", true),
            new Post("post/synthetic-counter-trafficking-committee-chair", "Chair of the Synthetic Committee for Counter Trafficking", COMMITTEE,
                    "counter-trafficking committee chair", true),
            new Post("post/synthetic-gambling-commission-chair", "Chair of the Synthetic Gambling Commission", GAMBLING_COMMISSION,
                    "Gambling Commission chair", true),
            new Post("post/synthetic-immigration-director", "Director of the Synthetic Immigration Department", IMMIGRATION,
                    "Immigration Department director", true),
            new Post("post/synthetic-counter-trafficking-committee-vice-chair", "Vice Chair of the Synthetic Committee for Counter Trafficking",
                    COMMITTEE, "counter-trafficking committee vice chair", true),
            new Post("post/synthetic-rights-watch-director", "Director of Synthetic Rights Watch", RIGHTS_WATCH,
                    "Synthetic Rights Watch director", false),
            new Post("post/synthetic-victim-aid-director", "Director of Synthetic Victim Aid", VICTIM_AID, "Synthetic Victim Aid director", false),
            new Post("post/synthetic-anti-fraud-office-representative", "Representative of the Synthetic International Anti-Fraud Office",
                    ANTI_FRAUD_OFFICE, "Anti-Fraud Office representative", false));

    static final int TERMS_PER_POST = 3;
    /** How steeply prominence falls off: post 1 is quoted about twice as often as post 2. */
    static final double POST_ZIPF = 1.1;
    /** Most compounds cluster in a few provinces. */
    static final double PROVINCE_ZIPF = 1.0;

    private final List<Term> terms = new ArrayList<>();

    SyntheticWorld(long seed) {
        Draws d = Draws.of(seed, 0, Draws.Stream.WORLD);
        int n = 0;
        for (Post p : POSTS) {
            LocalDate start = LocalDate.of(2018, 1, 1).plusDays(d.between(0, 364));
            LocalDate second = LocalDate.of(2020, 6, 1).plusDays(d.between(0, 540));
            LocalDate third = LocalDate.of(2022, 6, 1).plusDays(d.between(0, 540));
            List<LocalDate> starts = List.of(start, second, third);
            for (int t = 0; t < TERMS_PER_POST; t++) {
                SyntheticNames.Person holder = SyntheticNames.person(d, "S" + (++n));
                LocalDate end = t + 1 < TERMS_PER_POST ? starts.get(t + 1).minusDays(1) : null;
                terms.add(new Term(holder, p, starts.get(t), end));
            }
        }
    }

    static String province(int i) { return "place/synthetic-province-" + (i + 1); }
    static String provinceName(int i) { return "Synthetic Province " + (i + 1); }
    static String provincialPolice(int i) { return "org/synthetic-province-" + (i + 1) + "-police"; }
    static String provincialPoliceName(int i) { return "Police of Synthetic Province " + (i + 1); }

    /** Who held the post on the date. */
    Term holderOn(Post post, LocalDate date) {
        for (Term t : terms)
            if (t.post().equals(post) && t.covers(date)) return t;
        throw new IllegalStateException("no holder of " + post.ref() + " on " + date);
    }

    /** The shared rows of every registry. */
    void writeRegistry(RegistryFiles registry) {
        registry.place(slug(COUNTRY), "country", COUNTRY_NAME, "", COUNTRY_CODE,
                "Synthetic: a made-up country for benchmarks; XS is in ISO 3166's user-assigned range, used by no country.");
        for (int i = 0; i < PROVINCES; i++) registry.place(slug(province(i)), "province", provinceName(i), COUNTRY, "", "");
        for (Agency a : AGENCIES)
            registry.organisation(a.slug(), a.kind(), a.name(), "", a.parent(), a.national() ? COUNTRY : "", a.note());
        for (int i = 0; i < PROVINCES; i++)
            registry.organisation(slug(provincialPolice(i)), "government-body", provincialPoliceName(i), "", NATIONAL_POLICE, COUNTRY, "");
        for (Post p : POSTS) registry.post(p.slug(), p.name(), p.organisation(), "");
        for (Term t : terms) registry.person(t.holder().slug(), t.holder().full(), COUNTRY, "Synthetic person: a generated name.");
    }

    static final String DIRECTORY_SLUG = "2025-07-synthetic-directory-of-agencies-and-officials";
    static final String DIRECTORY_RESCUE_EVENT = "event/2019-synthetic-republic-rescues";
    static final String DIRECTORY_RESCUE_CLAIM = "claim/2020-01-synthetic-national-police-2019-people-rescued";
    static final int DIRECTORY_RESCUED = 512;

    /** The shared source: every term of office with its dates, every shared entity mentioned. */
    SourceRecord directory() {
        SourceRecord s = new SourceRecord(DIRECTORY_SLUG);
        s.card(List.of("SYNTHETIC DATA generated by `scamkg generate` for benchmarks: not a real source.",
                        "The directory every synthetic unit shares: agencies, provinces and terms of office."),
                "report", "Synthetic directory of agencies and officials (synthetic data, not a real source)", NEWS_AGENCY, "2025-07");
        String intro = s.say("This synthetic directory lists the agencies and officials of the " + COUNTRY_NAME + ", a made-up country.");
        s.item("mentions").ref("of", COUNTRY).text("as", COUNTRY_NAME).quote(intro);
        for (int i = 0; i < PROVINCES; i++) {
            String q = s.say(provinceName(i) + " is a province of the " + COUNTRY_NAME + ".");
            s.item("mentions").ref("of", province(i)).text("as", provinceName(i)).quote(q);
        }
        for (Agency a : AGENCIES) {
            String q = s.say("The " + a.name() + " is listed in this directory.");
            s.item("mentions").ref("of", a.ref()).text("as", a.name()).quote(q);
        }
        for (int i = 0; i < PROVINCES; i++) {
            String q = s.say("The " + provincialPoliceName(i) + " reports to the Synthetic National Police.");
            s.item("mentions").ref("of", provincialPolice(i)).text("as", provincialPoliceName(i)).quote(q);
        }
        for (Term t : terms) {
            String q = t.end() == null
                    ? s.say(t.holder().full() + " has been " + t.post().name() + " since " + Wording.day(t.start()) + ".")
                    : s.say(t.holder().full() + " was " + t.post().name() + " from " + Wording.day(t.start()) + " to "
                            + Wording.day(t.end()) + ".");
            SourceRecord.Item h = s.item("holdings").ref("holder", t.holderRef()).word("post", t.post().ref())
                    .word("start", t.start().toString());
            if (t.end() != null) h.word("end", t.end().toString());
            h.quote(q);
            s.holding(t.holderRef(), t.post().ref());
        }
        // The figure the first unit disputes: every unit disputes a figure of another source.
        String q = s.say("The Synthetic National Police reported that " + DIRECTORY_RESCUED + " people were rescued nationwide in 2019.");
        s.item("events").ref("id", DIRECTORY_RESCUE_EVENT).word("type", "rescue").text("name", "Rescues across the Synthetic Republic in 2019")
                .word("date", "2019").ref("place", COUNTRY).refs("agents", List.of(NATIONAL_POLICE)).quote(q);
        s.item("claims").ref("id", DIRECTORY_RESCUE_CLAIM).ref("claimant", NATIONAL_POLICE).word("stated", "2020-01")
                .word("measure", "people-rescued").number("value", DIRECTORY_RESCUED).word("unit", "person")
                .ref("scope", COUNTRY).ref("about", DIRECTORY_RESCUE_EVENT)
                .quote(DIRECTORY_RESCUED + " people were rescued nationwide in 2019");
        return s;
    }

    static String slug(String ref) { return ref.substring(ref.indexOf('/') + 1); }
}
