package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signature is asked on a page that says what is signed, by whom, as what and when; it is given only once the signer
 * said it read it, on the version it read; it is then a record with the signer's name, read on the page, by the API
 * and in the signer's own list, and voided when the dossier is sent back. The demonstration's signers are people.
 */
@IntegrationTest
class SignatureIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPilotCoSignsOnThePageThatSaysWhatIsSigned() {
        long dossier = jdbc.sql("""
                select d.id from dossier d join campus c on c.id = d.campus_id
                where c.name = 'Matériaux composites et plastiques' and d.state = 'DEPOSE'""").query(Long.class).single();
        String signing = "/dossiers/" + dossier + "/etapes/cosign/signature";
        var pilot = WebSession.signedIn(port, DemoAccount.PILOTE_ACADEMIQUE);
        String page = pilot.get(signing).body();
        assertThat(page).contains("Cosignature de l’académie").contains("Matériaux composites et plastiques")
                .contains("critères renseignés sur").contains("Nathalie Schmitt (pilote.nancy-metz@cmq.test), pour le recteur");
        var version = VERSION.matcher(page);
        assertThat(version.find()).isTrue();

        var unread = pilot.postForm(signing, Map.of("version", version.group(1)));
        assertThat(unread.headers().firstValue("Location").orElse("")).endsWith(signing);
        var stale = pilot.postForm(signing, Map.of("version", "999999", "read", "true"));
        assertThat(stale.headers().firstValue("Location").orElse("")).endsWith("/dossiers/" + dossier);
        assertThat(signaturesOf(dossier)).as("nothing signed unread or stale").isZero();

        pilot.postForm(signing, Map.of("version", version.group(1), "read", "true"));
        assertThat(signaturesOf(dossier)).isOne();
        var json = JsonMapper.builder().build().readTree(pilot.getWithBasic("/api/v1/dossiers/" + dossier,
                DemoAccount.PILOTE_ACADEMIQUE.email, DemoAccount.PASSWORD).body());
        assertThat(json.get("signatures")).anySatisfy(s -> {
            assertThat(s.get("act").asString()).isEqualTo("COSIGNATURE_ACADEMIE");
            assertThat(s.get("signerName").asString()).isEqualTo("Nathalie Schmitt");
            assertThat(s.get("subjectVersion").asLong()).isEqualTo(Long.parseLong(version.group(1)));
        });
        assertThat(pilot.get("/dossiers/" + dossier).body()).contains("Cosignature de l’académie : Nathalie Schmitt");
        assertThat(pilot.get("/mon-compte").body()).contains("id=\"signed\"").contains("Matériaux composites et plastiques");

        pilot.postForm("/dossiers/" + dossier + "/etapes/send-back", Map.of("reason", "Pièces manquantes"));
        assertThat(jdbc.sql("select count(*) from signature where subject_id = :id and voided_reason = 'Pièces manquantes'")
                .param("id", dossier).query(Integer.class).single()).as("voided by the send-back").isPositive();
    }

    @Test
    void theDemonstrationsSignaturesNamePeople() {
        assertThat(jdbc.sql("select count(*) from signature").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select signer_name from signature").query(String.class).list())
                .allSatisfy(name -> assertThat(name).doesNotContainIgnoringCase("démonstration").contains(" "));
        assertThat(jdbc.sql("select signed_by from dossier where signed_by is not null").query(String.class).list())
                .allSatisfy(email -> assertThat(email).doesNotContain("démonstration"));
    }

    private int signaturesOf(long dossier) {
        return jdbc.sql("select count(*) from signature where subject_type = 'dossier' and subject_id = :id"
                        + " and signer_email = :email")
                .param("id", dossier).param("email", DemoAccount.PILOTE_ACADEMIQUE.email).query(Integer.class).single();
    }
}
