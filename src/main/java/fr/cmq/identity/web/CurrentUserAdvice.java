package fr.cmq.identity.web;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;

/** Gives every page the signed-in user, whether it opens accounts and whether it is an expert, for the header. */
@ControllerAdvice
@RequiredArgsConstructor
class CurrentUserAdvice {

    private final ObjectProvider<Guard> guard;

    @ModelAttribute("currentUser")
    @Nullable
    CmqUser currentUser(@AuthenticationPrincipal @Nullable CmqUser user) {
        return user;
    }

    @ModelAttribute("opensAccounts")
    boolean opensAccounts(@AuthenticationPrincipal @Nullable CmqUser user) {
        var door = guard.getIfAvailable();
        return user != null && door != null && door.invitations().invitesSomeone(user);
    }

    @ModelAttribute("evaluatesExternally")
    boolean evaluatesExternally(@AuthenticationPrincipal @Nullable CmqUser user) {
        var door = guard.getIfAvailable();
        return door != null && door.isExpert(user);
    }
}
