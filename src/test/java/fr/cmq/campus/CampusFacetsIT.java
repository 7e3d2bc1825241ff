package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;

/**
 * Each count beside a filter of the directory is the number of campuses the directory shows with that value chosen
 * and its other filters kept, words included; a campus of several académies counts in each.
 */
@IntegrationTest
class CampusFacetsIT {

    @Autowired
    CampusDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCountIsWhatTheDirectoryShows() {
        assertCountsAreWhatTheDirectoryShows(CampusSearch.everything());
        assertCountsAreWhatTheDirectoryShows(new CampusSearch("industrie", null, null, null, null, null, false));
        String region = jdbc.sql("select region_code from campus where region_code is not null group by region_code"
                + " order by count(*) desc limit 1").query(String.class).single();
        assertCountsAreWhatTheDirectoryShows(new CampusSearch(null, null, region, null, null, CampusStatus.LABELLISE,
                false));
    }

    @Test
    void aCampusOfSeveralAcademiesCountsInEach() {
        var campus = jdbc.sql("select campus_id, count(*) from campus_academie group by campus_id order by 2 desc, 1"
                + " limit 1").query((row, n) -> row.getLong("campus_id")).single();
        String other = jdbc.sql("select code from academie where code not in"
                        + " (select academie_code from campus_academie where campus_id = :campus) order by code limit 1")
                .param("campus", campus).query(String.class).single();
        jdbc.sql("insert into campus_academie (campus_id, academie_code) values (:campus, :academie)")
                .param("campus", campus).param("academie", other).update();

        var facets = directory.facets(CampusSearch.everything());
        assertThat(facets.academies()).filteredOn(facet -> facet.value().equals(other)).singleElement()
                .extracting(Facet::count).isEqualTo(1L);
        assertCountsAreWhatTheDirectoryShows(CampusSearch.everything());
    }

    private void assertCountsAreWhatTheDirectoryShows(CampusSearch search) {
        var facets = directory.facets(search);
        assertThat(facets.filieres().stream().mapToLong(Facet::count).sum()).isPositive();
        assertEachCount(facets.filieres(), search, (s, value) -> new CampusSearch(s.text(), value, s.region(),
                s.academie(), s.category(), s.status(), s.byName()));
        assertEachCount(facets.regions(), search, (s, value) -> new CampusSearch(s.text(), s.filiere(), value,
                s.academie(), s.category(), s.status(), s.byName()));
        assertEachCount(facets.academies(), search, (s, value) -> new CampusSearch(s.text(), s.filiere(), s.region(),
                value, s.category(), s.status(), s.byName()));
        assertEachCount(facets.categories(), search, (s, value) -> new CampusSearch(s.text(), s.filiere(),
                s.region(), s.academie(), Category.valueOf(value), s.status(), s.byName()));
        assertEachCount(facets.statuses(), search, (s, value) -> new CampusSearch(s.text(), s.filiere(), s.region(),
                s.academie(), s.category(), CampusStatus.valueOf(value), s.byName()));
    }

    private void assertEachCount(List<Facet> facets, CampusSearch search,
            BiFunction<CampusSearch, String, CampusSearch> chosen) {
        for (Facet facet : facets) {
            long shown = directory.search(chosen.apply(search, facet.value()), 0, 1).page().totalElements();
            assertThat(facet.count()).as("%s = %s for %s", facet.label(), facet.value(), search).isEqualTo(shown);
        }
    }
}
