package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.CountedReads;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * A page and its sections read in one read-only transaction: one connection taken from the pool per page, however many
 * sections it has, so that a crowd never holds more connections than it has requests.
 */
@IntegrationTest
class OneReadPerPageIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCampusPageReadsInOneTransactionForAVisitorAndForItsTeam() {
        var visitor = new WebSession(port);
        // a query string of its own, so that no kept answer spares the read
        assertOneTransaction("/campus/1?lecture=" + System.nanoTime(), visitor);
        assertOneTransaction("/campus/1", WebSession.signedIn(port, DemoAccount.DIRECTEUR));
    }

    @Test
    void theDossierPageReadsInOneTransaction() {
        long dossier = jdbc.sql("select min(id) from dossier where campus_id = 1").query(Long.class).single();
        assertOneTransaction("/dossiers/" + dossier, WebSession.signedIn(port, DemoAccount.ADMIN));
        assertOneTransaction("/dossiers/" + dossier, WebSession.signedIn(port, DemoAccount.DIRECTEUR));
    }

    @Test
    void theTableauDeBordReadsInOneTransaction() {
        assertOneTransaction("/campus/1/tableau-de-bord", WebSession.signedIn(port, DemoAccount.DIRECTEUR));
    }

    private static void assertOneTransaction(String path, WebSession session) {
        int[] status = new int[1];
        var cost = CountedReads.of(() -> status[0] = session.get(path).statusCode());
        System.out.printf("%s : %d connexion(s), %d requête(s)%n", path, cost.connections(), cost.statements());
        assertThat(status[0]).isEqualTo(200);
        assertThat(cost.connections()).as(path + " : connexions prises au pool").isEqualTo(1);
    }
}
