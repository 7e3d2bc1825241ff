package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cmq.shared.test.IntegrationTest;

/**
 * A body nobody may send is refused before it is read: every route that takes one is sent, without a session or
 * credentials, the first 64 kB of a body announced at 100 MB, as an upload form, a plain form and JSON. The platform
 * answers at once — were it reading (and storing) the body, it would still be waiting for the rest. The routes are
 * read from the application: a new write joins alone.
 */
@IntegrationTest
class AnonymousBodiesIT {

    private static final long ANNOUNCED = 100L << 20;
    private static final byte[] SENT = new byte[64 * 1024];
    private static final List<String> CONTENT_TYPES = List.of("multipart/form-data; boundary=cmq",
            "application/x-www-form-urlencoded", "application/json");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 413);

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void aBodyFromSomeoneNotSignedInIsRefusedUnread() {
        var failures = new ArrayList<String>();
        int sent = 0;
        for (var route : Routes.of(mapping).writes()) {
            for (String type : CONTENT_TYPES) {
                var answer = RawHttp.send(port, route.method(), route.concrete(), SENT, ANNOUNCED,
                        Duration.ofSeconds(10), "Content-Type", type, "Accept", "text/html");
                sent++;
                if (!REFUSALS.contains(answer.status())) {
                    failures.add("%s as %s: %s".formatted(route, type,
                            answer.status() == 0 ? "no answer while the body was not all sent" : answer.status()));
                }
            }
        }
        System.out.printf("Anonymous bodies: %d write routes × %d kinds of body, %d failures%n", sent / CONTENT_TYPES.size(),
                CONTENT_TYPES.size(), failures.size());
        assertThat(failures).isEmpty();
    }
}
