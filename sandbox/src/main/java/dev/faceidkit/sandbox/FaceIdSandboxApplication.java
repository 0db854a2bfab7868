package dev.faceidkit.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The FaceID sandbox: a test server for the FaceID contract. Every response it gives is synthetic. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaceIdSandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(FaceIdSandboxApplication.class, args);
    }
}
