package fr.cmq.shared.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/** The text a page shows for a refused change: a rule's message, or the French message of a malformed identifier. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Refusals {

    private final MessageSource messages;

    public String of(RuntimeException refusal) {
        return refusal instanceof MessageSourceResolvable rule
                ? messages.getMessage(rule, LocaleContextHolder.getLocale())
                : String.valueOf(refusal.getMessage());
    }
}
