package org.scamkg.generate;

/**
 * A unit's rows in the registries: its six people, its three firms (the raided one a subsidiary of
 * the third, each with its registered name as an alias), its town administration, its town, three
 * posts (police chief, governor, the raided firm's director) and its casino. The compound is not
 * here: like the curated unnamed compound, only the unit's source knows it.
 */
final class UnitRegistryRows {
    private UnitRegistryRows() {}

    /** The form a company register gives: the firm's name with its legal form. */
    static String registeredName(String firm) { return firm + " Co., Ltd."; }

    static void write(UnitIdentity id, RegistryFiles registry) {
        String note = "Synthetic: generated for benchmarks (unit " + id.unit() + ").";
        for (SyntheticNames.Person p : id.people()) registry.person(p.slug(), p.full(), SyntheticWorld.COUNTRY, note);
        String parent = id.firmRef(UnitIdentity.PARENT_FIRM);
        for (int role = 0; role < UnitIdentity.FIRMS_PER_UNIT; role++)
            registry.organisation(SyntheticWorld.slug(id.firmRef(role)), "company", id.firm(role), registeredName(id.firm(role)),
                    role == UnitIdentity.RAIDED_FIRM ? parent : "", SyntheticWorld.COUNTRY, note);
        registry.organisation(SyntheticWorld.slug(id.townAdministration()), "government-body", id.townAdministrationName(), "", "",
                SyntheticWorld.COUNTRY, note);
        registry.place(id.townSlug(), "city", id.town(), id.provinceRef(), "", note);
        registry.post(SyntheticWorld.slug(id.policeChiefPost()), "Police Chief of " + id.town(), id.provincialPolice(), note);
        registry.post(SyntheticWorld.slug(id.governorPost()), "Governor of " + id.town(), id.townAdministration(), note);
        registry.post(SyntheticWorld.slug(id.directorPost()), "Director of " + id.firm(UnitIdentity.RAIDED_FIRM),
                id.firmRef(UnitIdentity.RAIDED_FIRM), note);
        registry.site(SyntheticWorld.slug(id.casinoRef()), "casino", id.casino(), id.townRef(), id.firmRef(UnitIdentity.CASINO_FIRM), note);
    }
}
