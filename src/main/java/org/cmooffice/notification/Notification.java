package org.cmooffice.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message for one user, kept as a message key and its arguments so that it reads in the
 * recipient's language, whichever language its sender used.
 */
@Entity
@Table(name = "notification")
public class Notification {

	/** Arguments are stored in one column, separated by a character no one types. */
	static final String SEPARATOR = "\u001F";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_id", nullable = false)
	private long recipientId;

	@Column(name = "message_key", nullable = false, length = 100)
	private String messageKey;

	@Column(length = 1000)
	private String arguments;

	@Column(length = 255)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(long recipientId, String messageKey, List<String> arguments, String link, Instant createdAt) {
		this.recipientId = recipientId;
		this.messageKey = messageKey;
		this.arguments = arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	public Long getId() {
		return this.id;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return (this.arguments != null) ? this.arguments.split(SEPARATOR, -1) : new Object[0];
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

}
