package org.cmooffice.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.security.SignInThrottle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in rate limit per client address, beside the lockout per account: someone
 * trying many user names from one address is slowed down even though no single account
 * reaches its lockout. Only failures count, so a whole ministry signing in through one
 * proxy at nine in the morning is never held up; the buckets live in PostgreSQL
 * (Bucket4j), so every instance counts together.
 */
@Component
class LoginThrottle implements SignInThrottle {

	private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final AuditLog auditLog;

	LoginThrottle(DataSource dataSource, Clock clock, AuditLog auditLog,
			@Value("${cmo.login-throttle.failures:20}") int failures,
			@Value("${cmo.login-throttle.window:PT10M}") Duration window) {
		this.auditLog = auditLog;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, window).build())
			.build();
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTime(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * How long the address must wait before it may try again, or empty when it may try
	 * now.
	 */
	@Override
	public Optional<Duration> waitFor(String address) {
		if (this.buckets.getProxyConfiguration(key(address)).isEmpty()) {
			// No failure from there lately: nothing to write for a sign-in that may well
			// succeed.
			return Optional.empty();
		}
		long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return (nanos == 0) ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				|| details.getRemoteAddress() == null) {
			return;
		}
		String address = details.getRemoteAddress();
		BucketProxy bucket = bucket(address);
		if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
			// Recorded once, when the address runs out, not for every refused attempt
			// after.
			this.auditLog.recordAs("system", AuditAction.LOGIN_THROTTLED, "CLIENT_ADDRESS", address,
					"POST /login: sign-in failures from this address exceed the limit; further attempts refused for a while");
		}
	}

	@Scheduled(fixedDelayString = "${cmo.login-throttle.cleanup-every:PT1H}")
	@SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT10M")
	void removeFullBuckets() {
		while (this.buckets.removeExpired(1000) == 1000) {
			// until no expired row is left
		}
	}

	private BucketProxy bucket(String address) {
		return this.buckets.getProxy(key(address), () -> this.configuration);
	}

	private static String key(String address) {
		return "login:" + address;
	}

	/** The application's clock, so that tests can move time on. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
