package org.cmooffice.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Japanese first; {@code ?lang=en} or {@code ?lang=ja} on any page switches and the
 * choice is kept in a cookie. Other values are ignored rather than half-supported, in the
 * parameter and in the cookie: a cookie naming another language ({@code fr}) left every
 * page without its texts, an error page instead.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Set<String> LANGUAGES = Set.of("ja", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("cmo_lang") {

			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = super.parseLocaleValue(value);
				// ja_JP is Japanese too; anything else is as if there were no cookie.
				return (locale != null && LANGUAGES.contains(locale.getLanguage()))
						? Locale.forLanguageTag(locale.getLanguage()) : null;
			}

		};
		resolver.setDefaultLocale(Locale.JAPANESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction((request) -> Locale.JAPANESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(localeResolver()));
	}

	private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String language = request.getParameter("lang");
			if (language != null && LANGUAGES.contains(language)) {
				this.resolver.setLocale(request, response, Locale.forLanguageTag(language));
			}
			return true;
		}

	}

}
