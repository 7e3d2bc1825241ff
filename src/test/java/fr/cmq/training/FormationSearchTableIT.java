package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;

/**
 * The search's narrow table ({@code formation_search}) follows every change of what it is derived from, in the
 * change's own transaction: the formation itself, its member leaving or moving, its site moving, its campus changing
 * région. Changes are written as the platform's services write them, in SQL; the search is asked through the module's
 * face. The facets' counts kept ahead for each word ({@code formation_word_count}) follow the search's table.
 */
@IntegrationTest
class FormationSearchTableIT {

    /** What the search holds, against what it is derived from: the same rows, the same values. */
    private static final String DIFFERENCE = """
            select count(*) from (
                (select formation_id, campus_id, level, title, apprentissage, filiere_code, region_code, latitude,
                        longitude, search from formation_search
                 except
                 select f.id, f.campus_id, f.level, f.title, f.apprentissage, c.filiere_code, c.region_code,
                        coalesce(s.latitude, m.latitude), coalesce(s.longitude, m.longitude), f.search
                 from formation f join campus c on c.id = f.campus_id
                 join campus_member m on m.id = f.member_id and m.left_on is null
                 left join campus_site s on s.id = f.site_id)
                union all
                (select f.id, f.campus_id, f.level, f.title, f.apprentissage, c.filiere_code, c.region_code,
                        coalesce(s.latitude, m.latitude), coalesce(s.longitude, m.longitude), f.search
                 from formation f join campus c on c.id = f.campus_id
                 join campus_member m on m.id = f.member_id and m.left_on is null
                 left join campus_site s on s.id = f.site_id
                 except
                 select formation_id, campus_id, level, title, apprentissage, filiere_code, region_code, latitude,
                        longitude, search from formation_search)) difference""";

    /** The facets' counts kept ahead for each word, against those counted anew on the search's table. */
    private static final String COUNTS_DIFFERENCE = """
            with counted as (
                select w.word, level, filiere_code, region_code, scolaire, apprentissage, formation_continue, vae,
                       count(*)::int as formations
                from formation_search cross join lateral unnest(array_append(tsvector_to_array(search), '')) w (word)
                group by 1, 2, 3, 4, 5, 6, 7, 8),
            kept as (
                select word, level, filiere_code, region_code, scolaire, apprentissage, formation_continue, vae,
                       formations
                from formation_word_count where formations <> 0)
            select count(*) from ((table counted except table kept) union all (table kept except table counted)) d""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formations formations;

    @Test
    void theDemonstrationOfferIsSearchedAsItStands() {
        assertThat(jdbc.sql("select count(*) from formation_search").query(Long.class).single()).isPositive();
        assertDerivedExactly();
    }

    @Test
    void aFormationRenamedIsFoundByItsNewWords() {
        long id = jdbc.sql("select min(id) from formation").query(Long.class).single();
        jdbc.sql("update formation set title = 'Chaudronnerie cryogénique' where id = :id").param("id", id).update();

        assertThat(ids(search("cryogénique", null))).containsExactly(id);
        assertDerivedExactly();
    }

    @Test
    void aMemberThatLeavesTakesItsFormationsOutOfTheSearchAndBackWhenItReturns() {
        long member = jdbc.sql("select member_id from formation group by member_id order by count(*) desc limit 1")
                .query(Long.class).single();
        List<Long> taught = jdbc.sql("select id from formation where member_id = :member").param("member", member)
                .query(Long.class).list();
        jdbc.sql("update campus_member set left_on = current_date where id = :member").param("member", member).update();
        assertThat(ids(search(null, null))).doesNotContainAnyElementsOf(taught);

        jdbc.sql("update campus_member set left_on = null where id = :member").param("member", member).update();
        assertThat(ids(search(null, null))).containsAll(taught);
        assertDerivedExactly();
    }

    @Test
    void aCampusThatChangesRegionIsSearchedInItsNewRegion() {
        var formation = jdbc.sql("select id, campus_id from formation order by id limit 1")
                .query((row, n) -> new long[] {row.getLong("id"), row.getLong("campus_id")}).single();
        String elsewhere = jdbc.sql("select code from region where code <> (select region_code from campus where id = :campus)"
                + " order by code limit 1").param("campus", formation[1]).query(String.class).single();
        jdbc.sql("update campus set region_code = :region where id = :campus").param("region", elsewhere)
                .param("campus", formation[1]).update();

        assertThat(ids(search(null, elsewhere))).contains(formation[0]);
        assertDerivedExactly();
    }

    @Test
    void aMemberThatMovesIsSearchedAtItsNewPlace() {
        long member = jdbc.sql("select f.member_id from formation f where f.site_id is null order by f.id limit 1")
                .query(Long.class).single();
        jdbc.sql("update campus_member set latitude = -49.35, longitude = 70.22 where id = :member")
                .param("member", member).update();

        var nearKerguelen = new FormationSearch(null, null, null, null, null, null, null, new GeoPoint(-49.30, 70.20),
                50, false, FormationSort.DISTANCE);
        assertThat(formations.search(nearKerguelen, 0, 100).content()).isNotEmpty()
                .allSatisfy(found -> assertThat(found.memberId()).isEqualTo(member));
        assertDerivedExactly();
    }

    private void assertDerivedExactly() {
        assertThat(jdbc.sql(DIFFERENCE).query(Long.class).single()).isZero();
        assertThat(jdbc.sql(COUNTS_DIFFERENCE).query(Long.class).single()).isZero();
    }

    private List<Formation> search(@Nullable String text, @Nullable String region) {
        return formations.search(new FormationSearch(text, null, null, null, region, null, null, null, null, false,
                FormationSort.PERTINENCE), 0, 10_000).content();
    }

    private static List<Long> ids(List<Formation> found) {
        return found.stream().map(Formation::id).toList();
    }
}
