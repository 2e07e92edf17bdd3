package org.cmooffice.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// Static files live under /assets/ (fast resource lookups); browsers still ask
		// here.
		registry.addRedirectViewController("/favicon.ico", "/assets/img/favicon.svg");
	}

}
