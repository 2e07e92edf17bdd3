package org.cmooffice.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and reads in-app notifications. Other areas call {@link #notify} from the
 * transaction of the change they report; a user only ever sees their own.
 */
@Service("notifications")
public class Notifications {

	/**
	 * A path inside the application: no scheme, no host, no backslash ("/\\host" is a
	 * host).
	 */
	private static final Pattern SAFE_LINK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.#?=&-]*");

	private final NotificationRepository repository;

	private final Clock clock;

	Notifications(NotificationRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * @param messageKey key in the message bundles, with {0}, {1}... for the arguments
	 * @param link the page the notification leads to, a path inside the application
	 */
	@Transactional
	public void notify(long recipientId, String messageKey, String link, String... arguments) {
		if (link != null && !SAFE_LINK.matcher(link).matches()) {
			throw new IllegalArgumentException("A notification links inside the application only");
		}
		this.repository
			.save(new Notification(recipientId, messageKey, Arrays.asList(arguments), link, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<Notification> forUser(CurrentUser user, int page) {
		return this.repository.findByRecipientIdOrderByCreatedAtDescIdDesc(user.id(),
				PageRequest.of(Pages.clamp(page), Pages.SIZE));
	}

	/** Marks one of the user's notifications read and tells where it leads. */
	@Transactional
	public Optional<String> open(CurrentUser user, long id) {
		Notification notification = this.repository.findById(id)
			.filter((n) -> n.getRecipientId() == user.id())
			.orElseThrow(() -> new NotFoundException("Notification", id));
		notification.markRead(this.clock.instant());
		return Optional.ofNullable(notification.getLink());
	}

	@Transactional
	public int markAllRead(CurrentUser user) {
		return this.repository.markAllRead(user.id(), this.clock.instant());
	}

}
