package fr.cmq.shared.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on the real (embedded) PostgreSQL, served on a random port. One database server per JVM; the
 * demonstration data is put back before each test ({@link DatabaseCleaner}). E-mails go to a real SMTP server,
 * {@link TestMailServer}; what requests take from the database is counted ({@link CountedReads}); a test of a listener
 * takes a {@code Scenario}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
@Import(CountedReads.class)
@EnableScenarios
@TestExecutionListeners(listeners = DatabaseCleaner.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
