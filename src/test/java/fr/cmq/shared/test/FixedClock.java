package fr.cmq.shared.test;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import fr.cmq.shared.FrenchDates;

/** For a web slice whose controller asks the time: 2 December 2026, 10:00 in France. */
@TestConfiguration
public class FixedClock {

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), FrenchDates.FRANCE);
    }
}
