package org.cmooffice.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to the files under {@code /assets/} name each file by its content hash, so that
 * browsers may keep it for a year and still fetch a changed file at once. Spring's filter
 * for this wrapped every request and response, under each of the thousands of request
 * attributes a page's template reads, and looked every link of a page up among the static
 * files; here the templates' link builder looks up only the links to files.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

	/**
	 * Where the static files are served, as {@code spring.mvc.static-path-pattern} says.
	 */
	static final String PREFIX = "/assets/";

	@Bean
	static BeanPostProcessor assetLinkBuilder(ObjectProvider<ResourceUrlProvider> resources) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new HashedAssetLinkBuilder(resources));
				}
				return bean;
			}

		};
	}

	/** Spring Boot registers its own filter only while no registration of it exists. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	static final class HashedAssetLinkBuilder extends StandardLinkBuilder {

		/** Looked up at the first link, once MVC's static-file handlers exist. */
		private final SingletonSupplier<ResourceUrlProvider> resources;

		/**
		 * Each file's hashed link, once found: Spring's lookup matches the path against
		 * its handlers' patterns and walks its resolvers on every call, the six links of
		 * the layout on every page. Only files that exist are kept, so the map is as
		 * large as the static files. The files do not change while the application runs.
		 */
		private final Map<String, String> found = new ConcurrentHashMap<>();

		HashedAssetLinkBuilder(ObjectProvider<ResourceUrlProvider> resources) {
			this.resources = SingletonSupplier.of(resources::getObject);
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			return super.processLink(context, hashed(context, link));
		}

		private String hashed(IExpressionContext context, String link) {
			String contextPath = (context instanceof IWebContext web)
					? web.getExchange().getRequest().getApplicationPath() : "";
			if (!link.startsWith(contextPath + PREFIX) || link.indexOf('?') >= 0 || link.indexOf('#') >= 0) {
				return link;
			}
			String known = this.found.get(link);
			if (known != null) {
				return known;
			}
			String hashed = this.resources.obtain().getForLookupPath(link.substring(contextPath.length()));
			if (hashed == null) {
				return link;
			}
			this.found.put(link, contextPath + hashed);
			return contextPath + hashed;
		}

	}

}
