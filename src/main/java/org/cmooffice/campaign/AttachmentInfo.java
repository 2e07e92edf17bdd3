package org.cmooffice.campaign;

import java.time.Instant;

/**
 * An attachment as the plan page lists it, without its content.
 */
public record AttachmentInfo(long id, String filename, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {
}
