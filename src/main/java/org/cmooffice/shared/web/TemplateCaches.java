package org.cmooffice.shared.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's cache for every expression the templates hold. Its default of 500
 * is below the office's (about 1,300 distinct variable expressions alone), so under a mix
 * of pages expressions were evicted and parsed again, and the Spring EL compiler compiled
 * each re-parsed one into a new class for the JIT.
 * <p>
 * The cache's key is the expression's text, whichever template it is in: the same text
 * over objects of different types in two templates (say {@code ${row.id()}} over plan
 * rows and stakeholder rows) is one expression, compiled for one type, failing on the
 * other and compiled again every hundred uses. Name loop variables after what they hold
 * ({@code planRow}, {@code entry}); {@code TemplateExpressionCacheIntegrationTests}
 * guards both.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/**
	 * Several times what the templates need; entries stay soft, so memory can still win.
	 */
	static final int EXPRESSIONS = 10_000;

	@Bean
	static BeanPostProcessor templateEngineCaches() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
