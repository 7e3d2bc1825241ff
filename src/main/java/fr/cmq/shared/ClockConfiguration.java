package fr.cmq.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** A day is a day in France: {@code LocalDate.now(clock)} is the French date; instants are the same anywhere. */
    @Bean
    Clock clock() {
        return Clock.system(FrenchDates.FRANCE);
    }
}
