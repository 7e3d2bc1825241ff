package fr.cmq.shared.web;

import java.time.Clock;

import org.springframework.ui.Model;

import fr.cmq.shared.signing.ToSign;

/**
 * The page that asks for a signature: what is signed (a summary of it as it stands), by whom, as what and when; the
 * signer ticks that it read it, then signs that version.
 */
public final class SigningPage {

    private SigningPage() {
    }

    public static String of(Model model, ToSign toSign, String signerName, String signerEmail, Clock clock, String action,
            String back) {
        model.addAttribute("toSign", toSign);
        model.addAttribute("pageSubject", toSign.campusName());
        model.addAttribute("signerName", signerName);
        model.addAttribute("signerEmail", signerEmail);
        model.addAttribute("signedAt", clock.instant());
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "sign";
    }
}
