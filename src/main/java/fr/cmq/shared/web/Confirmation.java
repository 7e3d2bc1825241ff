package fr.cmq.shared.web;

import org.springframework.ui.Model;

/** The page that asks before something is removed: what, from which campus, where to confirm, where to go back. */
public final class Confirmation {

    private Confirmation() {
    }

    /** {@code key} names the messages {@code key.heading} and {@code key.explain}, both taking what is removed. */
    public static String of(Model model, String campusName, String key, String what, String action, String back) {
        model.addAttribute("campusName", campusName);
        model.addAttribute("key", key);
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "confirm";
    }
}
