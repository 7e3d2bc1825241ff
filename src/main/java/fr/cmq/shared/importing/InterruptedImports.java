package fr.cmq.shared.importing;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A run still "in progress" at start was cut short by a stop of the platform; its transaction was rolled back, so
 * nothing of it was applied: it is marked as failed, saying so, and the files it had received are removed.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private final JdbcClient jdbc;
    private final UploadedFiles files;

    @Override
    public void run(ApplicationArguments args) {
        int interrupted = jdbc.sql("""
                update import_run set status = 'ECHEC', finished_at = clock_timestamp(),
                    error = 'Import interrompu par un arrêt de la plateforme : rien n''a été appliqué. Relancez-le.'
                where status = 'EN_COURS'""").update();
        if (interrupted > 0) {
            log.warn("{} import(s) interrupted by the last stop marked as failed", interrupted);
        }
        files.discardLeftovers();
    }
}
