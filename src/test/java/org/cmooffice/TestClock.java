package org.cmooffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the tests move forward, so that a 15-minute lockout is tested without waiting.
 * Runs on the real time until a test moves it.
 */
public class TestClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
