package fr.cmq.campus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.campus.Member;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.OrganisationType;

/** A member's row says to visitors where it is and what it says of itself; to its team, its UAI and its contact. */
class MemberLineTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    MemberLineTest() {
        messages.addMessage("campus.members.noUai", Locale.FRANCE, "UAI à renseigner");
        messages.addMessage("campus.members.eple", Locale.FRANCE, "EPLE");
        messages.addMessage("orgtype.LYCEE", Locale.FRANCE, "Lycée");
        messages.addMessage("orgtype.ENTREPRISE", Locale.FRANCE, "Entreprise");
        messages.addMessage("networkrole.MEMBRE", Locale.FRANCE, "Membre");
    }

    @Test
    void visitorsReadTheTownAndThePresentationNeverTheContact() {
        var line = MemberLine.line(lycee("0350001A"), false, messages);

        assertThat(line).extracting(MemberLine::uai, MemberLine::reach, MemberLine::presentation, MemberLine::eple,
                MemberLine::type, MemberLine::role, MemberLine::since)
                .containsExactly(null, "Rennes", "Un lycée des métiers", "EPLE", "Lycée", "Membre", "01/09/2024");
    }

    @Test
    void theTeamReadsTheUaiAndTheContactAndIsToldWhenTheUaiIsMissing() {
        assertThat(MemberLine.line(lycee("0350001A"), true, messages))
                .extracting(MemberLine::uai, MemberLine::reach, MemberLine::presentation, MemberLine::uaiMissing)
                .containsExactly("0350001A", "Anne Martin anne.martin@example.fr", null, null);
        assertThat(MemberLine.line(lycee(null), true, messages).uaiMissing()).isEqualTo("UAI à renseigner");
    }

    @Test
    void aCompanyIsNotAskedForAUai() {
        var company = new Member(2, OrganisationType.ENTREPRISE, NetworkRole.MEMBRE, "Atelier", null, null, false,
                "Brest", null, null, LocalDate.of(2025, 1, 6), null, null, null, null, null, 0);

        assertThat(MemberLine.line(company, true, messages)).extracting(MemberLine::uaiMissing, MemberLine::eple,
                MemberLine::reach).containsExactly(null, null, "");
    }

    private static Member lycee(String uai) {
        return new Member(1, OrganisationType.LYCEE, NetworkRole.MEMBRE, "Lycée Bréquigny", uai, null, true,
                "Rennes", 48.09, -1.68, LocalDate.of(2024, 9, 1), null, "Anne Martin", "anne.martin@example.fr",
                null, "Un lycée des métiers", 0);
    }
}
