package fr.cmq.campus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.identity.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

/** The history names each field in French and writes each value as people do: never a key or a constant. */
class HistoryDetailsTest {

    private final HistoryDetails details = new HistoryDetails(messages(), JsonMapper.builder().build());

    @Test
    void anImportsCountsAreNamedInFrench() {
        var lines = details.of(entry("{\"creees\":0,\"refusees\":3}"));
        assertThat(lines).extracting(HistoryDetails.Detail::field).containsExactly("Créées", "Refusées");
        assertThat(lines).extracting(HistoryDetails.Detail::value).containsExactly("0", "3");
    }

    @Test
    void aContributionsValuesAreWrittenAsPeopleWriteThem() {
        var lines = details.of(entry("{\"nature\":\"FINANCIERE\",\"prevue\":false,\"valeur\":\"330.00\","
                + "\"date\":\"2026-07-14\",\"nom\":\"Forges de Thionville\"}"));
        assertThat(lines).extracting(HistoryDetails.Detail::value)
                .containsExactly("Financière", "non", "330,00", "14/07/2026", "Forges de Thionville");
    }

    @Test
    void aChangeShowsBothValuesAndAWordKeyStaysAsItIs() {
        var line = details.of(entry("{\"établissement support\":[null,\"0570107B\"]}")).getFirst();
        assertThat(line.field()).isEqualTo("établissement support");
        assertThat(line.change()).isTrue();
        assertThat(List.of(line.before(), line.after())).containsExactly("—", "0570107B");
    }

    private static AuditEntry entry(String details) {
        return new AuditEntry(1, Instant.parse("2026-07-14T10:00:00Z"), "do.energie@cmq.test", "IMPORT", "campus",
                "1", details, null);
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("audit.field.creees", Locale.FRANCE, "Créées");
        messages.addMessage("audit.field.refusees", Locale.FRANCE, "Refusées");
        messages.addMessage("contributionkind.FINANCIERE", Locale.FRANCE, "Financière");
        return messages;
    }
}
