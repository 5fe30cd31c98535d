package uk.nhs.smartcardportal.bench;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the portal's data source so the benchmark can count every SQL statement a view runs, on its thread,
 * and time each one. */
@TestConfiguration
class CountingDataSource {

    @Bean
    static BeanPostProcessor countingDataSourceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .countQuery()
                            .afterQuery((execution, queries) -> StatementTimes.record(
                                    queries.isEmpty() ? "?" : queries.getFirst().getQuery(),
                                    execution.getElapsedTime()))
                            .build();
                }
                return bean;
            }
        };
    }
}
