package org.scamkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The names, dates and headline figure of one unit: everything another unit may refer to. It is
 * drawn from its own stream, keyed by (seed, unit) alone, so a later unit that licenses an
 * earlier unit's firm, or disputes its rescue figure, recomputes it here instead of keeping
 * every unit in memory.
 */
record UnitIdentity(int unit, LocalDate published, LocalDate raid, int province, String town,
                    List<String> firms, String casino, SyntheticNames.Person policeChief, SyntheticNames.Person director,
                    SyntheticNames.Person owner, SyntheticNames.Person caseWorker, SyntheticNames.Person manager,
                    SyntheticNames.Person governor, int rescued) {

    /** Firm roles: the firm raided and then licensed, the casino operator, the first one's parent. */
    static final int RAIDED_FIRM = 0;
    static final int CASINO_FIRM = 1;
    static final int PARENT_FIRM = 2;
    static final int FIRMS_PER_UNIT = 3;
    static final int PEOPLE_PER_UNIT = 6;

    static final List<String> RAIDED_FIRM_TYPES = List.of("Entertainment", "Technology", "Investment", "Development", "Trading", "Resorts");

    static UnitIdentity of(long seed, int unit) {
        Draws d = Draws.of(seed, unit, Draws.Stream.IDENTITY);
        String tag = Integer.toString(unit);
        long first = SyntheticWorld.FIRST_ARTICLE.toEpochDay();
        long last = SyntheticWorld.LAST_ARTICLE.toEpochDay();
        LocalDate published = LocalDate.ofEpochDay(d.between(first, last));
        LocalDate raid = published.minusDays(d.between(25, 60));
        int province = d.zipf(SyntheticWorld.PROVINCES, SyntheticWorld.PROVINCE_ZIPF);
        String town = SyntheticNames.town(d, tag);
        List<String> firms = new ArrayList<>();
        List<String> types = List.of(d.pick(RAIDED_FIRM_TYPES), "Group", "Holdings");
        while (firms.size() < FIRMS_PER_UNIT) {
            String f = SyntheticNames.firm(d, tag, types.get(firms.size()));
            String stem = f.substring(0, f.lastIndexOf(' '));
            // Firms of one unit differ in their first two words too, so an article can tell them apart.
            if (firms.stream().noneMatch(o -> o.startsWith(stem))) firms.add(f);
        }
        String casino = SyntheticNames.casino(d, tag);
        List<SyntheticNames.Person> people = new ArrayList<>();
        while (people.size() < PEOPLE_PER_UNIT) {
            SyntheticNames.Person p = SyntheticNames.person(d, tag);
            if (people.stream().noneMatch(o -> o.full().equals(p.full()) || o.given().equals(p.given()))) people.add(p);
        }
        int rescued = d.between(40, 600);
        return new UnitIdentity(unit, published, raid, province, town, List.copyOf(firms), casino,
                people.get(0), people.get(1), people.get(2), people.get(3), people.get(4), people.get(5), rescued);
    }

    String townSlug() { return SyntheticNames.slugOf(town); }
    String townRef() { return "place/" + townSlug(); }
    String firmRef(int role) { return "org/" + SyntheticNames.slugOf(firms.get(role)); }
    String firm(int role) { return firms.get(role); }
    String casinoRef() { return "site/" + SyntheticNames.slugOf(casino); }
    String compoundRef() { return "site/" + SyntheticNames.slugOf(firms.get(RAIDED_FIRM)) + "-compound"; }
    String provinceRef() { return SyntheticWorld.province(province); }
    String provinceName() { return SyntheticWorld.provinceName(province); }
    String provincialPolice() { return SyntheticWorld.provincialPolice(province); }
    String provincialPoliceName() { return SyntheticWorld.provincialPoliceName(province); }
    String policeChiefPost() { return "post/" + townSlug() + "-police-chief"; }
    String townAdministration() { return "org/" + townSlug() + "-town-administration"; }
    String townAdministrationName() { return town + " Town Administration"; }
    String governorPost() { return "post/" + townSlug() + "-governor"; }
    String directorPost() { return "post/" + SyntheticNames.slugOf(firms.get(RAIDED_FIRM)) + "-director"; }
    List<SyntheticNames.Person> people() { return List.of(policeChief, director, owner, caseWorker, manager, governor); }

    /** The source's slug: its publication date, then what it is. */
    String sourceSlug() { return published + "-synthetic-unit-" + unit; }

    /** Ids of this unit's events: the event's own date (a day or a month), the town, what happened. */
    String eventRef(LocalDate date, String what) { return eventRef(date.toString(), what); }
    String eventRef(String isoDate, String what) { return "event/" + isoDate + "-" + townSlug() + "-" + what; }

    /** Ids of this unit's claims: the statement date, the town, the figure. */
    String claimRef(String what) { return "claim/" + published + "-" + townSlug() + "-" + what; }

    String rescueEvent() { return eventRef(raid, "compound-rescue"); }
    String rescuedClaim() { return claimRef("people-rescued"); }

    /** Global rank of a firm, 1 for the first unit's raided firm: the order licensees are drawn in. */
    static int[] firmOfRank(long rank) {
        long i = rank - 1;
        return new int[] {(int) (i / FIRMS_PER_UNIT) + 1, (int) (i % FIRMS_PER_UNIT)};
    }
}
