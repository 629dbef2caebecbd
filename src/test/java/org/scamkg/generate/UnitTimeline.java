package org.scamkg.generate;

import java.time.LocalDate;

/**
 * The dates of a unit's story besides its publication and raid (which other units may need, so
 * they are in {@link UnitIdentity}). Each is drawn relative to those two so the story holds
 * together: the grant follows the raid by 2 to 20 days ("days later"), the casino search comes
 * before the raid, and everything told happens before the article is published.
 */
record UnitTimeline(LocalDate grant, LocalDate casinoRaid, LocalDate repatriation, LocalDate report, LocalDate chiefSince,
                    LocalDate court, LocalDate governorSince, LocalDate announced, LocalDate investigated, LocalDate closed,
                    LocalDate meeting, LocalDate directorSince) {

    static UnitTimeline draw(UnitIdentity u, Draws d) {
        LocalDate raid = u.raid();
        LocalDate published = u.published();
        LocalDate casinoRaid = raid.minusDays(d.between(1, 30));
        LocalDate investigated = casinoRaid.plusDays(d.between(1, 10));
        return new UnitTimeline(
                raid.plusDays(d.between(2, 20)),
                casinoRaid,
                raid.plusDays(d.between(3, 20)),
                published.minusDays(d.between(1, 20)),
                published.minusDays(d.between(200, 1500)),
                raid.plusDays(d.between(5, 20)),
                published.minusDays(d.between(100, 1800)),
                raid.plusDays(d.between(1, 15)),
                investigated,
                investigated.plusDays(d.between(1, 10)),
                raid.plusDays(d.between(1, 20)),
                published.minusDays(d.between(300, 3000)));
    }
}
