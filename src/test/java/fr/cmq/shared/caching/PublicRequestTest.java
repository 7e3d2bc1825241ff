package fr.cmq.shared.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class PublicRequestTest {

    @Test
    void anAnswerIsAboutOneCampusOnlyUnderThatCampusesAddress() {
        assertThat(PublicRequest.campusShown(":/campus/12 text/html")).hasValue(12);
        assertThat(PublicRequest.campusShown("s:/campus/012/evenements.ics text/calendar")).hasValue(12);
        assertThat(PublicRequest.campusShown(":/api/v1/campuses/7?size=3 application/json")).hasValue(7);
        assertThat(PublicRequest.campusShown(":/api/v1/campuses/7/formations/4 */*")).hasValue(7);

        assertThat(PublicRequest.campusShown(":/campus text/html")).as("the directory").isEmpty();
        assertThat(PublicRequest.campusShown(":/campus?q=bois text/html")).isEmpty();
        assertThat(PublicRequest.campusShown(":/campus/12abc text/html")).isEqualTo(OptionalLong.empty());
        assertThat(PublicRequest.campusShown(":/formations/12 text/html")).as("a formation").isEmpty();
        assertThat(PublicRequest.campusShown(":/api/v1/campuses/99999999999999999999 */*")).as("no such number")
                .isEmpty();
    }
}
