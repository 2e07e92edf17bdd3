package org.cmooffice.campaign;

import java.time.Instant;

/**
 * An attachment as the plan page lists it, without its content.
 */
public record AttachmentInfo(long id, String filename, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {

	public String size() {
		return (this.sizeBytes < 1024 * 1024) ? Math.max(1, this.sizeBytes / 1024) + " KB"
				: String.format("%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
