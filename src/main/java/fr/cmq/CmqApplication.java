package fr.cmq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CmqApplication {

    public static void main(String[] args) {
        SpringApplication.run(CmqApplication.class, args);
    }
}
