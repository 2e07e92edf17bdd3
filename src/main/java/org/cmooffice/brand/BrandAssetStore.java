package org.cmooffice.brand;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cmooffice.shared.files.FileTypes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The brand book's files. A file is written once and listed by every edition that
 * includes it, so publishing or starting a draft copies references, never the bytes. The
 * lists read the file's description only; the bytes are read for a download.
 */
@Repository
class BrandAssetStore {

	private final JdbcClient jdbc;

	BrandAssetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Asset> listedIn(long editionId) {
		return this.jdbc.sql("""
				SELECT a.id, a.filename, a.content_type, a.size_bytes, a.description, a.uploaded_by, a.uploaded_at
				FROM brand_asset a JOIN brand_edition_asset ea ON ea.asset_id = a.id
				WHERE ea.edition_id = :edition ORDER BY a.filename, a.id""")
			.param("edition", editionId)
			.query((rs, row) -> new Asset(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	int countIn(long editionId) {
		return this.jdbc.sql("SELECT count(*) FROM brand_edition_asset WHERE edition_id = :edition")
			.param("edition", editionId)
			.query(Integer.class)
			.single();
	}

	long add(long editionId, String filename, String contentType, byte[] content, String description, String uploadedBy,
			Instant uploadedAt) {
		long id = this.jdbc
			.sql("""
					INSERT INTO brand_asset (filename, content_type, size_bytes, description, content, uploaded_by, uploaded_at)
					VALUES (:filename, :type, :size, :description, :content, :by, :at) RETURNING id""")
			.param("filename", filename)
			.param("type", contentType)
			.param("size", content.length)
			.param("description", description)
			.param("content", content)
			.param("by", uploadedBy)
			.param("at", java.sql.Timestamp.from(uploadedAt))
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO brand_edition_asset (edition_id, asset_id) VALUES (:edition, :asset)")
			.param("edition", editionId)
			.param("asset", id)
			.update();
		return id;
	}

	/**
	 * Takes the file off the draft; the bytes go too when no edition lists them any more.
	 */
	boolean remove(long editionId, long assetId) {
		int removed = this.jdbc.sql("DELETE FROM brand_edition_asset WHERE edition_id = :edition AND asset_id = :asset")
			.param("edition", editionId)
			.param("asset", assetId)
			.update();
		this.jdbc.sql("""
				DELETE FROM brand_asset a WHERE a.id = :asset
				AND NOT EXISTS (SELECT 1 FROM brand_edition_asset ea WHERE ea.asset_id = a.id)""")
			.param("asset", assetId)
			.update();
		return removed > 0;
	}

	void copy(long fromEditionId, long toEditionId) {
		this.jdbc.sql("""
				INSERT INTO brand_edition_asset (edition_id, asset_id)
				SELECT :to, asset_id FROM brand_edition_asset WHERE edition_id = :from""")
			.param("from", fromEditionId)
			.param("to", toEditionId)
			.update();
	}

	/** Files of a discarded draft that no published edition lists. */
	void deleteUnlisted() {
		this.jdbc.sql("""
				DELETE FROM brand_asset a
				WHERE NOT EXISTS (SELECT 1 FROM brand_edition_asset ea WHERE ea.asset_id = a.id)""").update();
	}

	/**
	 * The file, if it is listed in a published edition, or in the draft when the reader
	 * may see the draft.
	 */
	Optional<Download> download(long assetId, boolean draftToo) {
		return this.jdbc.sql("""
				SELECT a.filename, a.content_type, a.content FROM brand_asset a
				WHERE a.id = :asset AND EXISTS (
				    SELECT 1 FROM brand_edition_asset ea JOIN brand_edition e ON e.id = ea.edition_id
				    WHERE ea.asset_id = a.id AND (e.status = 'PUBLISHED' OR :draftToo))""")
			.param("asset", assetId)
			.param("draftToo", draftToo)
			.query((rs, row) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	public record Asset(long id, String filename, String contentType, long sizeBytes, String description,
			String uploadedBy, Instant uploadedAt) {

		/**
		 * PNG and JPEG are shown as previews; an SVG could carry script and is only
		 * downloaded.
		 */
		public boolean isPreviewable() {
			return FileTypes.PNG.equals(this.contentType) || FileTypes.JPEG.equals(this.contentType);
		}

	}

	record Download(String filename, String contentType, byte[] content) {

		boolean isPreviewable() {
			return FileTypes.PNG.equals(this.contentType) || FileTypes.JPEG.equals(this.contentType);
		}

	}

}
