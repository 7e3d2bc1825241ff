package fr.cmq.campus.web;

import org.springframework.ui.Model;

import fr.cmq.campus.CampusDetails;

/** The page that asks before something is removed: what, from which campus, where to confirm, where to go back. */
final class Confirmation {

    private Confirmation() {
    }

    /** {@code key} names the messages {@code key.heading} and {@code key.explain}, both taking what is removed. */
    static String of(Model model, CampusDetails campus, String key, String what, String action, String back) {
        model.addAttribute("campus", campus);
        model.addAttribute("key", key);
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "campus/confirm";
    }
}
