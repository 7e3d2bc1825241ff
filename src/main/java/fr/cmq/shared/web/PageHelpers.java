package fr.cmq.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The helpers of pages and forms — what templates call by name ({@code @dates}, {@code @euros}), the text of a
 * refusal — declared by a configuration of the web layer, so that wherever pages are drawn (the application, a web
 * slice under test) they are there too.
 */
@Configuration(proxyBeanMethods = false)
class PageHelpers implements WebMvcConfigurer {

    @Bean
    DatesForPages dates() {
        return new DatesForPages();
    }

    @Bean
    EurosFormat euros() {
        return new EurosFormat();
    }

    @Bean
    Refusals refusals(MessageSource messages) {
        return new Refusals(messages);
    }
}
