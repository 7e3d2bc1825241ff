package fr.cmq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;

/**
 * The house rules that the module check alone does not see (see ARCHITECTURE.md, "House rules"), for every module
 * {@link ApplicationModules} finds: a module added tomorrow is checked without a line added here. {@code shared}, the
 * open toolbox every module uses, has no root face to keep clean of SQL and keeps its services in its sub-packages.
 */
@AnalyzeClasses(packages = "fr.cmq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String SHARED = "fr.cmq.shared";
    private static final List<String> MODULES = ApplicationModules.of(CmqApplication.class).stream()
            .map(module -> module.getBasePackage().getName()).filter(name -> !name.equals(SHARED)).sorted().toList();

    /** The root package of a module is its public face: interfaces, records, enums, events; SQL lives in internal. */
    @ArchTest
    static final ArchRule moduleFacesRunNoSql = noClasses()
            .that().resideInAnyPackage(MODULES.toArray(String[]::new))
            .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class, EntityManager.class,
                    DataSource.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class);

    /** Services, entities and repositories live in a module's {@code internal} package. */
    @ArchTest
    static final ArchRule servicesEntitiesAndRepositoriesAreInternal = classes()
            .that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
            .or().areAssignableTo(Repository.class)
            .and().resideOutsideOfPackage(SHARED + "..")
            .should().resideInAPackage("..internal..");

    /** Controllers live in a module's {@code web} package. */
    @ArchTest
    static final ArchRule controllersAreInTheirWebPackage = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule entitiesAndRepositoriesStayInsideTheirModule = classes()
            .that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().bePackagePrivate();

    /** Who may do what is decided in identity alone (the guard and its rule table), never by testing a role. */
    @ArchTest
    static final ArchRule onlyIdentityDecidesByRole = noClasses()
            .that().resideOutsideOfPackage("fr.cmq.identity..")
            .should().callMethod(CmqUser.class, "has", Role.class)
            .orShould().callMethod(CmqUser.class, "isNationalAdministrator");

    /**
     * Nobody refuses by hand: a handler declares what it needs ({@code @Requires}), a service asks the guard, which
     * answers every refusal the same way.
     */
    @ArchTest
    static final ArchRule onlyTheGuardRefuses = noClasses()
            .that().resideOutsideOfPackage("fr.cmq.identity..")
            .should().callConstructor(AccessDeniedException.class, String.class)
            .orShould().callConstructor(AccessDeniedException.class, String.class, Throwable.class);

    /** The web kit (error advice, form helpers, bindings) serves the web layers; services use {@code shared}'s types. */
    @ArchTest
    static final ArchRule sharedWebServesOnlyTheWebLayers = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("fr.cmq.shared.web..");

    /** Every write on a campus named by its path is guarded before its handler runs: a new one cannot forget it. */
    @ArchTest
    static final ArchRule campusWritesDeclareWhatTheyNeed = methods()
            .that(GuardedHandlers.WRITE_ON_A_CAMPUS).should(GuardedHandlers.DECLARE_WHAT_THEY_NEED);

    /** The guard reads the campus from the path: a handler that declares {@code @Requires} names it there. */
    @ArchTest
    static final ArchRule guardedHandlersNameTheirCampus = methods()
            .that(GuardedHandlers.DECLARING_A_CAMPUS).should(GuardedHandlers.NAME_THE_CAMPUS_IN_THEIR_PATH);
}
