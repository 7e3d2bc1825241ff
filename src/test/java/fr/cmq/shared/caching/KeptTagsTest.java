package fr.cmq.shared.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeptTagsTest {

    private static final Shown[] NOTHING_SAID = {};

    @Test
    void anAnswerWhosePathNamesACampusIsAboutThatCampusAlone() {
        assertThat(KeptTags.of(":/campus/12 text/html", new Shown[] { Shown.CAMPUSES }, null))
                .containsExactly("campus:12");
        assertThat(KeptTags.of(":/api/v1/campuses/7/formations */*", NOTHING_SAID, "44")).containsExactly("campus:7");
    }

    @Test
    void aListIsTaggedWithWhatItShowsLimitedToTheRegionAsked() {
        assertThat(KeptTags.of(":/formations?region=44 text/html", new Shown[] { Shown.FORMATIONS }, "44"))
                .containsExactly("formations@44");
        assertThat(KeptTags.of(":/formations text/html", new Shown[] { Shown.FORMATIONS }, null))
                .containsExactly("formations");
        assertThat(KeptTags.of(":/formations?region= text/html", new Shown[] { Shown.FORMATIONS }, " "))
                .as("a blank région limits nothing").containsExactly("formations");
    }

    @Test
    void anAnswerThatSaysNothingMayShowAnythingAndAnyChangeForgetsIt() {
        var tags = KeptTags.of(":/anything text/html", NOTHING_SAID, null);
        assertThat(tags).containsExactly(KeptTags.ANYTHING);
        assertThat(KeptTags.forgottenBy(tags, List.of("campus:3"))).isTrue();
    }

    @Test
    void aChangeInOneRegionForgetsTheSearchesOfThatRegionAndOfEveryRegionOnly() {
        var change = List.of("campus:12", "formations@44");
        assertThat(KeptTags.forgottenBy(Set.of("campus:12"), change)).isTrue();
        assertThat(KeptTags.forgottenBy(Set.of("formations"), change)).as("over every région").isTrue();
        assertThat(KeptTags.forgottenBy(Set.of("formations@44"), change)).isTrue();

        assertThat(KeptTags.forgottenBy(Set.of("campus:1"), change)).as("another campus's page").isFalse();
        assertThat(KeptTags.forgottenBy(Set.of("campus:120"), change)).isFalse();
        assertThat(KeptTags.forgottenBy(Set.of("formations@53"), change)).as("another région").isFalse();
        assertThat(KeptTags.forgottenBy(Set.of("events"), change)).as("the agenda").isFalse();
        assertThat(KeptTags.forgottenBy(Set.of("reference"), change)).isFalse();
    }

    @Test
    void aChangeWhoseRegionIsNotToldForgetsTheSearchesOfEveryRegion() {
        var change = List.of("campus:12", "formations", "events");
        assertThat(KeptTags.forgottenBy(Set.of("formations@53"), change)).isTrue();
        assertThat(KeptTags.forgottenBy(Set.of("events@11"), change)).isTrue();
        assertThat(KeptTags.forgottenBy(Set.of("campuses"), change)).isFalse();
        assertThat(KeptTags.forgottenBy(Set.of("formationsx"), change)).as("a prefix is not a kind").isFalse();
    }

    @Test
    void onlySelectorsOfTheirShapeAreReadFromAnotherInstance() {
        assertThat(List.of("campus:12", "formations", "events@44", "campuses"))
                .allMatch(KeptTags::readable);
        assertThat(List.of("", "*", "campus:", "campus:1x", "Formations", "formations@", "formations@4 4", "a;b"))
                .noneMatch(KeptTags::readable);
    }
}
