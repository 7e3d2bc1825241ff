package fr.cmq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.cmq.shared.importing.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CmqApplication {

    /**
     * Virtual threads blocked while loading a class keep their carrier; from the packaged jar, two of them waiting for
     * the jar a third one reads can take both carriers of a two-core machine, and the third never runs again. More
     * carriers than cores make that far less likely; set before the first virtual thread, unless given.
     */
    private static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    public static void main(String[] args) {
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, String.valueOf(Math.max(8, 2 * Runtime.getRuntime().availableProcessors())));
        }
        var application = new SpringApplication(CmqApplication.class);
        if (ImportCommand.isRequested(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
