package dev.faceidkit.sandbox.container;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.ServedOperations;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link ContainerErrorReport} as the Tomcat host's error report (D-59). */
@Configuration(proxyBeanMethods = false)
public class ContainerErrorsConfiguration {

    /**
     * The valve is added as an instance, with the contract bean; naming its class as the host's error report keeps
     * Tomcat from adding one of its own (it adds the named class only when no valve of that class is there).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(Contract contract,
                                                                                   RequestIds requestIds,
                                                                                   ServedOperations operations) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ContainerErrorReport(contract, requestIds, operations));
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }
}
