package fr.cmq.shared.web;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;

import fr.cmq.shared.Siret;
import fr.cmq.shared.Uai;

/**
 * Form fields and parameters typed {@link Uai} or {@link Siret} are read by the identifier itself: a value it refuses
 * is a field error ({@code typeMismatch.fr.cmq.shared.Uai}), an empty one is none. JSON fields use their
 * {@code @JsonCreator}.
 */
@Configuration(proxyBeanMethods = false)
class NationalIdentifierFormatters {

    @Bean
    Formatter<Uai> uaiFormatter() {
        return formatter(Uai::parse, Uai::value);
    }

    @Bean
    Formatter<Siret> siretFormatter() {
        return formatter(Siret::parse, Siret::value);
    }

    private static <T> Formatter<T> formatter(Function<String, T> parse, Function<T, String> print) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return parse.apply(text);
            }

            @Override
            public String print(T identifier, Locale locale) {
                return print.apply(identifier);
            }
        };
    }
}
