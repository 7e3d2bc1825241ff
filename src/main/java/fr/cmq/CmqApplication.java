package fr.cmq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.cmq.shared.importing.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CmqApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(CmqApplication.class);
        if (ImportCommand.isRequested(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
