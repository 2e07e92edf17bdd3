package org.cmooffice.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that lockout windows, audit times and fiscal
 * years can be tested by moving time instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${cmo.time-zone:Asia/Tokyo}") ZoneId zone) {
		return Clock.system(zone);
	}

}
