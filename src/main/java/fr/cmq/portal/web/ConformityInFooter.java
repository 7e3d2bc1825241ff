package fr.cmq.portal.web;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's footer says the platform's accessibility conformity, as its statement does. */
@ControllerAdvice
@RequiredArgsConstructor
class ConformityInFooter {

    private final Publication publication;

    @ModelAttribute("accessibilityConformity")
    String conformity() {
        return publication.accessibility().conformity();
    }
}
