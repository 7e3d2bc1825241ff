package fr.cmq.steering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The calendar feed's lines are folded at 75 octets, never inside a character, and unfold to what was written. */
class IcsFeedTest {

    @Test
    void longAccentedLinesAreFoldedByOctets() {
        String description = "DESCRIPTION:" + "Journée portes ouvertes à l’École des métiers de l’énergie — ".repeat(4);
        String ics = "BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT";
        String folded = IcsFeed.folded(ics);
        assertThat(Arrays.stream(folded.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(ics);
        assertThat(folded).startsWith("BEGIN:VEVENT\r\nDESCRIPTION:").endsWith("\r\nEND:VEVENT");
    }
}
