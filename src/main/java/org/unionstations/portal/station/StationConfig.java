package org.unionstations.portal.station;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CoverageRadii.class)
class StationConfig {

}
