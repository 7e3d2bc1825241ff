package fr.cmq.portal.web;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's footer says the platform's accessibility conformity, as its statement does ("non conforme" where the
 * publication's settings are not loaded, as in a slice of the pages).
 */
@ControllerAdvice
@RequiredArgsConstructor
class ConformityInFooter {

    private final ObjectProvider<Publication> publication;

    @ModelAttribute("accessibilityConformity")
    String conformity() {
        var settings = publication.getIfAvailable();
        return settings == null ? "NON" : settings.accessibility().conformity();
    }
}
