package org.scamkg.generate;

import java.util.Locale;

/**
 * A unit's FollowTheMoney entities, as a company register or sanctions list would give them:
 * its raided firm (under its registered name, which is our alias), the casino operator, their
 * director and owner (under the names our registry gives them, so the candidate-links query
 * proposes the pairs), a shell company and a nominee no entity of ours matches, two
 * directorships, two ownerships and a sanction. Eleven lines per unit, valid for FtmLineParser:
 * ids of letters, digits and hyphens, known schemata and properties, required ones present.
 */
final class UnitFtmEntities {
    static final int LINES_PER_UNIT = 11;

    private UnitFtmEntities() {}

    static void write(long seed, UnitIdentity id, FtmLines ftm) {
        Draws f = Draws.of(seed, id.unit(), Draws.Stream.FTM);
        String p = "synthetic-u" + id.unit() + "-";
        String country = SyntheticWorld.COUNTRY_CODE.toLowerCase(Locale.ROOT);
        String a = p + "company-a";
        String b = p + "company-b";
        String shell = p + "company-shell";
        String director = p + "person-director";
        String owner = p + "person-owner";
        String nominee = p + "person-nominee";
        ftm.entity(a, "Company", "name", UnitRegistryRows.registeredName(id.firm(UnitIdentity.RAIDED_FIRM)), "jurisdiction", country,
                "registrationNumber", "SYN-" + id.unit() + "-A", "incorporationDate", Integer.toString(f.between(2012, 2019)));
        ftm.entity(b, "Company", "name", id.firm(UnitIdentity.CASINO_FIRM), "jurisdiction", country,
                "registrationNumber", "SYN-" + id.unit() + "-B", "incorporationDate", Integer.toString(f.between(2012, 2019)));
        ftm.entity(director, "Person", "name", id.director().full(), "nationality", country, "position", "Director");
        ftm.entity(owner, "Person", "name", id.owner().full(), "nationality", country);
        ftm.entity(shell, "Company", "name", SyntheticNames.firm(f, id.unit() + "X", "Offshore"), "jurisdiction", "vg");
        ftm.entity(nominee, "Person", "name", SyntheticNames.person(f, id.unit() + "N").full(), "nationality", country);
        String since = id.published().minusDays(f.between(400, 2000)).toString();
        ftm.entity(p + "directorship-a", "Directorship", "director", director, "organization", a, "role", "Director", "startDate", since);
        ftm.entity(p + "directorship-shell", "Directorship", "director", nominee, "organization", shell, "role", "Nominee director");
        ftm.entity(p + "ownership-a", "Ownership", "owner", shell, "asset", a, "percentage", Integer.toString(f.between(51, 100)));
        ftm.entity(p + "ownership-b", "Ownership", "owner", owner, "asset", b, "percentage", Integer.toString(f.between(20, 100)));
        ftm.entity(p + "sanction-b", "Sanction", "entity", b, "authority", "Synthetic Treasury",
                "program", "Synthetic Scam Centre Sanctions", "startDate", id.published().plusDays(f.between(10, 200)).toString(),
                "reason", "Operating the " + id.casino() + " as a scam centre (synthetic)");
    }
}
