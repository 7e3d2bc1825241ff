package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.campus.Facet;
import fr.cmq.shared.test.IntegrationTest;

/**
 * Each count beside a filter of the formation search is the number of formations the search finds with that value
 * chosen and its other filters kept, whether it is added up from the counts kept ahead for one word (or none) or
 * counted on the formations the search matches; and it follows the changes of the offer in their transaction.
 */
@IntegrationTest
class FormationFacetsIT {

    @Autowired
    Formations formations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneWordAloneOrWithFiltersIsCountedAsTheSearchFindsIt() {
        assertCountsAreWhatTheSearchFinds(search("maintenance", null, null, null));
        assertCountsAreWhatTheSearchFinds(search("maintenance", 4, LearnerStatus.APPRENTISSAGE, null));
        assertCountsAreWhatTheSearchFinds(search(null, 5, null, region("maintenance")));
    }

    @Test
    void severalWordsAndOtherFiltersAreCountedOnTheFormationsFound() {
        assertCountsAreWhatTheSearchFinds(search("technicien maintenance", null, null, null));
        var accessible = new FormationSearch("maintenance", null, null, null, null, null, null, null, null, true,
                FormationSort.PERTINENCE);
        assertCountsAreWhatTheSearchFinds(accessible);
    }

    @Test
    void theCountsFollowAFormationThatChangesAndAMemberThatLeaves() {
        var found = formations.search(search("maintenance", null, null, null), 0, 10).content();
        assertThat(found).isNotEmpty();
        jdbc.sql("update formation set level = case when level = 3 then 4 else 3 end, apprentissage = not apprentissage"
                + " where id = :id").param("id", found.getFirst().id()).update();
        jdbc.sql("update campus_member set left_on = current_date where id = :member")
                .param("member", found.getLast().memberId()).update();

        assertCountsAreWhatTheSearchFinds(search("maintenance", null, null, null));
        assertCountsAreWhatTheSearchFinds(search(null, null, LearnerStatus.APPRENTISSAGE, null));
    }

    private void assertCountsAreWhatTheSearchFinds(FormationSearch search) {
        var facets = formations.facets(search);
        assertThat(facets.levels().stream().mapToLong(Facet::count).sum()).isPositive();
        assertEachCount(facets.levels(), search, (s, value) -> new FormationSearch(s.text(), Integer.valueOf(value),
                s.status(), s.filiere(), s.region(), null, null, null, null, s.accessibleOnly(), s.sort()));
        assertEachCount(facets.statuses(), search, (s, value) -> new FormationSearch(s.text(), s.level(),
                LearnerStatus.valueOf(value), s.filiere(), s.region(), null, null, null, null, s.accessibleOnly(),
                s.sort()));
        assertEachCount(facets.filieres(), search, (s, value) -> new FormationSearch(s.text(), s.level(), s.status(),
                value, s.region(), null, null, null, null, s.accessibleOnly(), s.sort()));
        assertEachCount(facets.regions(), search, (s, value) -> new FormationSearch(s.text(), s.level(), s.status(),
                s.filiere(), value, null, null, null, null, s.accessibleOnly(), s.sort()));
    }

    private void assertEachCount(List<Facet> facets, FormationSearch search,
            BiFunction<FormationSearch, String, FormationSearch> chosen) {
        for (Facet facet : facets) {
            long found = formations.search(chosen.apply(search, facet.value()), 0, 1).page().totalElements();
            assertThat(facet.count()).as("%s = %s for %s", facet.label(), facet.value(), search).isEqualTo(found);
        }
    }

    private String region(String word) {
        return jdbc.sql("select c.region_code from formation f join campus c on c.id = f.campus_id"
                + " where f.title ilike '%' || :word || '%' and c.region_code is not null order by f.id limit 1")
                .param("word", word).query(String.class).single();
    }

    private static FormationSearch search(String text, Integer level, LearnerStatus status, String region) {
        return new FormationSearch(text, level, status, null, region, null, null, null, null, false,
                FormationSort.PERTINENCE);
    }
}
