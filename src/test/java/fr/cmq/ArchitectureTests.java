package fr.cmq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import javax.sql.DataSource;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;

/** The house rules that the module check alone does not see (see ARCHITECTURE.md, "House rules"). */
@AnalyzeClasses(packages = "fr.cmq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The root package of a module is its public face: interfaces, records, enums, events; SQL lives in internal. */
    @ArchTest
    static final ArchRule moduleFacesRunNoSql = noClasses()
            .that().resideInAnyPackage("fr.cmq.campus", "fr.cmq.directory", "fr.cmq.identity", "fr.cmq.territory",
                    "fr.cmq.portal")
            .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class, EntityManager.class,
                    DataSource.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule entitiesAndRepositoriesStayInsideTheirModule = classes()
            .that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().bePackagePrivate();

    /** Who may do what is decided in identity alone (CampusAccess and its rule tables), never by testing a role. */
    @ArchTest
    static final ArchRule onlyIdentityDecidesByRole = noClasses()
            .that().resideOutsideOfPackage("fr.cmq.identity..")
            .should().callMethod(CmqUser.class, "has", Role.class);

    /** The web kit (error advice, form helpers, bindings) serves the web layers; services use {@code shared}'s types. */
    @ArchTest
    static final ArchRule sharedWebServesOnlyTheWebLayers = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("fr.cmq.shared.web..");
}
