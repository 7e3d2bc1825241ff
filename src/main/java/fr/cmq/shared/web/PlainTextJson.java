package fr.cmq.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import fr.cmq.shared.PlainText;

/** Every text of a JSON body is refused when it holds a control character: the API answers 400 on that field. */
@Configuration(proxyBeanMethods = false)
class PlainTextJson {

    @Bean
    JacksonModule plainTextModule() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer());
    }

    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && PlainText.hasControlCharacters(value)) {
                throw context.weirdStringException(value, String.class, "caractère de contrôle interdit");
            }
            return value;
        }
    }
}
