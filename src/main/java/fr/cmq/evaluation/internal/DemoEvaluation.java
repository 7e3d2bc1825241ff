package fr.cmq.evaluation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.cmq.evaluation.Frameworks;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.demo.DemoData;

/**
 * The quality module's demonstration: the référentiel built from the seven domains of the texts, titled as a
 * demonstration, loaded from the file the administration page offers as a model.
 */
@Component
@Order(7)
@RequiredArgsConstructor
class DemoEvaluation implements DemoData {

    static final String VERSION = "demo-1";
    static final String FILE = "evaluation/referentiel-demonstration.csv";

    private final Frameworks frameworks;

    @Override
    public void load() {
        if (frameworks.all().stream().anyMatch(framework -> framework.version().equals(VERSION))) {
            return;
        }
        var load = frameworks.load(CmqUser.demonstration(), VERSION,
                "Référentiel de démonstration — construit sur les sept domaines du référentiel d'évaluation externe",
                demonstrationFile());
        if (load.frameworkId() == null) {
            throw new IllegalStateException("The demonstration référentiel is refused: " + load.refused());
        }
    }

    static byte[] demonstrationFile() {
        try (var input = new ClassPathResource(FILE).getInputStream()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
