package fr.cmq.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.cmq.identity.CmqUser;

/** Gives every page the signed-in user, for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    CmqUser currentUser(@AuthenticationPrincipal @Nullable CmqUser user) {
        return user;
    }
}
