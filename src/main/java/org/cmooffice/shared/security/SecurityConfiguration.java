package org.cmooffice.shared.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL, how users sign in and what every response carries. Each area's
 * routes are listed here; anything not listed is refused, so a new route is closed until
 * someone decides who may use it. Record-level rules (a liaison's own department) live in
 * the areas' services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: everything comes from the application's own
	 * files.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
			UserDetailsPasswordService passwordUpgrades, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher authenticationEvents, SignInThrottle loginThrottle, SignInSteps signInSteps)
			throws Exception {
		http.authenticationManager(
				authenticationManager(users, passwordUpgrades, passwordEncoder, authenticationEvents));
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/assets/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/login")
			.permitAll()
			.requestMatchers("/admin/audit")
			.hasAnyRole(Role.ADMIN.name(), Role.CMO.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/login/two-factor")
			.hasAuthority(SecondFactor.VERIFY_PENDING)
			.requestMatchers("/account/two-factor", "/account/two-factor/**")
			.hasAnyAuthority(SecondFactor.ENROLMENT_PENDING, "ROLE_" + Role.ADMIN, "ROLE_" + Role.CMO,
					"ROLE_" + Role.STAFF, "ROLE_" + Role.LIAISON, "ROLE_" + Role.ANALYST)
			// Any role, not merely signed in: someone still owing a second factor has
			// none.
			.requestMatchers("/", "/notifications", "/notifications/**", "/account/password", "/account/sessions",
					"/account/sessions/**", "/session/extend")
			.hasAnyRole(Role.ADMIN.name(), Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/strategies/*/activate", "/strategies/*/archive")
			.hasRole(Role.CMO.name())
			.requestMatchers("/strategies/*/measurements")
			.hasAnyRole(Role.STAFF.name(), Role.ANALYST.name())
			.requestMatchers("/strategies/new", "/strategies/*/edit", "/strategies/*/objectives",
					"/strategies/*/objectives/*/delete", "/strategies/*/kpis", "/strategies/*/audiences",
					"/strategies/*/audiences/*/delete")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers(HttpMethod.POST, "/strategies", "/strategies/*")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/strategies", "/strategies/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/brand/draft/publish")
			.hasRole(Role.CMO.name())
			.requestMatchers("/brand/draft", "/brand/draft/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/brand", "/brand/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/stakeholders/export")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.ANALYST.name())
			.requestMatchers("/stakeholders/new", "/stakeholders/import", "/stakeholders/import/**",
					"/stakeholders/retention", "/stakeholders/*/edit", "/stakeholders/*/anonymise",
					"/stakeholders/*/disclosure", "/stakeholders/*/disclosure.csv")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/stakeholders/follow-ups", "/stakeholders/*/engagements",
					"/stakeholders/*/engagements/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name())
			.requestMatchers(HttpMethod.POST, "/stakeholders", "/stakeholders/*")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/stakeholders", "/stakeholders/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/crisis/statements/*/approve", "/crisis/statements/*/fast-track",
					"/crisis/statements/*/return")
			.hasRole(Role.CMO.name())
			.requestMatchers(HttpMethod.GET, "/crisis/library", "/crisis/rumours")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.ANALYST.name())
			.requestMatchers("/crisis/new", "/crisis/*/edit", "/crisis/*/status", "/crisis/*/statement",
					"/crisis/*/stakeholders", "/crisis/*/stakeholders/**", "/crisis/statements/**", "/crisis/library",
					"/crisis/library/**", "/crisis/rumours", "/crisis/rumours/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/crisis/*/timeline")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name())
			.requestMatchers(HttpMethod.POST, "/crisis", "/crisis/*")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers(HttpMethod.GET, "/crisis", "/crisis/*")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/search")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.requestMatchers("/analytics", "/analytics/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.ANALYST.name())
			.requestMatchers("/campaigns/*/submit", "/campaigns/*/withdraw")
			.hasRole(Role.LIAISON.name())
			.requestMatchers("/campaigns/*/recommend")
			.hasRole(Role.STAFF.name())
			.requestMatchers("/campaigns/*/request-changes", "/campaigns/*/checklist", "/campaigns/*/approve",
					"/campaigns/*/reject", "/campaigns/*/activate")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name())
			.requestMatchers("/campaigns/*/comments")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name())
			.requestMatchers("/campaigns/new", "/campaigns/*/edit", "/campaigns/*/attachments/*/delete")
			.hasAnyRole(Role.STAFF.name(), Role.LIAISON.name())
			.requestMatchers(HttpMethod.POST, "/campaigns", "/campaigns/*", "/campaigns/*/attachments")
			.hasAnyRole(Role.STAFF.name(), Role.LIAISON.name())
			.requestMatchers("/campaigns", "/campaigns/**")
			.hasAnyRole(Role.CMO.name(), Role.STAFF.name(), Role.LIAISON.name(), Role.ANALYST.name())
			.anyRequest()
			.denyAll());
		http.formLogin((login) -> login.loginPage("/login").failureUrl("/login?error").successHandler(signInSteps));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?logout")
			.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
					ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.COOKIES))));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.addFilterBefore(new SessionLimit.EndedSessionFilter(), SecurityContextHolderFilter.class);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new FriendlyAccessDeniedHandler()));
		// The signed-in user is read from the security context, never through the
		// servlet API's getUserPrincipal or isUserInRole (ArchitectureTests keeps it
		// so). Its request wrapper lay under each of the thousands of request
		// attributes a page's template reads.
		http.servletApi((servletApi) -> servletApi.disable());
		http.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The password is always checked before the account's state, so that a locked or
	 * deactivated account answers as slowly and as vaguely as a wrong password: its state
	 * is not disclosed to someone guessing.
	 */
	private static ProviderManager authenticationManager(UserDetailsService users,
			UserDetailsPasswordService passwordUpgrades, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(passwordUpgrades);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("locked");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		ProviderManager manager = new ProviderManager(provider);
		// A hand-built manager publishes nothing unless told to: without this no login
		// would reach the audit log or the lockout counter.
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * At most so many browsers per user, counted in the session table all instances
	 * share.
	 */
	@Bean
	<S extends Session> SessionLimit<S> sessionLimit(FindByIndexNameSessionRepository<S> sessions,
			@Value("${cmo.sessions.per-user:5}") int perUser) {
		return new SessionLimit<>(sessions, perUser);
	}

	@Bean
	SignInSteps signInSteps(SecondFactor secondFactor, SessionLimit<?> sessionLimit) {
		return new SignInSteps(secondFactor, new HttpSessionSecurityContextRepository(), sessionLimit);
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		// Failures of a kind the publisher has no mapping for still count and get
		// audited.
		events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return events;
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * Argon2id above Spring's defaults (OWASP: 19 MiB, 2 iterations, 1 lane). Unlike
	 * bcrypt it takes long passphrases whole, Japanese ones included. Older hashes are
	 * still read and upgraded at the user's next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
	}

}
