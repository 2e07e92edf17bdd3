package org.cmooffice.notification;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

class NotificationLinkTests {

	private final Notifications notifications = new Notifications(mock(NotificationRepository.class),
			Clock.systemUTC());

	@Test
	void aNotificationLinksInsideTheApplicationOnly() {
		for (String link : new String[] { "https://evil.example", "//evil.example", "/\\evil.example",
				"javascript:alert(1)", "/campaigns/1\r\nLocation: x" }) {
			assertThatIllegalArgumentException().as(link).isThrownBy(() -> this.notifications.notify(1, "k", link));
		}
		this.notifications.notify(1, "k", "/campaigns/12#timeline");
	}

}
