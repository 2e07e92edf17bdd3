package org.cmooffice.brand;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.files.FileTypes;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand book. Every business role reads the published editions; the office (STAFF and
 * the CMO) edits the one draft; only the CMO publishes it, as the next numbered edition
 * with a note of what changed.
 */
@Service
public class BrandGuidelines {

	static final String ENTITY = "BRAND_GUIDELINE";

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final int MAX_FILES = 50;

	/** Logos, pictures, fonts and templates; SVG only ever as a download. */
	static final List<String> ACCEPTED_FILES = List.of(FileTypes.PNG, FileTypes.JPEG, FileTypes.SVG, FileTypes.PDF,
			FileTypes.TTF, FileTypes.OTF, FileTypes.WOFF, FileTypes.WOFF2,
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final BrandEditionRepository editions;

	private final BrandAssetStore assets;

	private final EntityManager entityManager;

	private final AuditLog auditLog;

	private final Clock clock;

	BrandGuidelines(BrandEditionRepository editions, BrandAssetStore assets, EntityManager entityManager,
			AuditLog auditLog, Clock clock) {
		this.editions = editions;
		this.assets = assets;
		this.entityManager = entityManager;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The edition in force: the latest published one, if any has been. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Optional<BrandEdition> current() {
		return this.editions.findFirstByStatusOrderByNumberDesc(EditionStatus.PUBLISHED).map(BrandGuidelines::loaded);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BrandEdition edition(int number) {
		return this.editions.findByNumber(number)
			.map(BrandGuidelines::loaded)
			.orElseThrow(() -> new NotFoundException("Brand edition", number));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<BrandEdition> published() {
		return this.editions.findByStatusOrderByNumberDesc(EditionStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public EditionDiff diff(int from, int to) {
		return EditionDiff.between(edition(from), edition(to));
	}

	/** The draft compared with the edition it was started from. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Optional<EditionDiff> draftChanges() {
		return draft().filter((draft) -> draft.getBasedOn() != null)
			.map((draft) -> EditionDiff.between(edition(draft.getBasedOn()), draft));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<BrandAssetStore.Asset> files(BrandEdition edition) {
		return this.assets.listedIn(edition.getId());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BrandAssetStore.Download download(CurrentUser user, long assetId) {
		return this.assets.download(assetId, isOffice(user))
			.orElseThrow(() -> new NotFoundException("Brand file", assetId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Optional<BrandEdition> draft() {
		return this.editions.findByStatus(EditionStatus.DRAFT).map(BrandGuidelines::loaded);
	}

	/** Starts the draft from the edition in force, or blank before the first edition. */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public BrandEdition startDraft() {
		Optional<BrandEdition> existing = this.editions.findByStatus(EditionStatus.DRAFT);
		if (existing.isPresent()) {
			return existing.get();
		}
		Optional<BrandEdition> current = this.editions.findFirstByStatusOrderByNumberDesc(EditionStatus.PUBLISHED);
		BrandEdition draft = this.editions
			.saveAndFlush(current.map(BrandEdition::draftFrom).orElseGet(BrandEdition::firstDraft));
		current.ifPresent((edition) -> this.assets.copy(edition.getId(), draft.getId()));
		this.auditLog.record(AuditAction.BRAND_DRAFT_STARTED, ENTITY, draft.getId(),
				current.map((edition) -> "from " + edition.getNumber()).orElse("first"));
		return draft;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void writeSection(long draftId, long version, BrandSection section, String body) {
		if (body != null && body.length() > BrandEdition.MAX_BODY) {
			throw new InputRejected("body", "brand.refused.bodyTooLong");
		}
		BrandEdition draft = draftAt(draftId, version);
		draft.writeSection(section, body);
		this.auditLog.record(AuditAction.BRAND_DRAFT_EDITED, ENTITY, draft.getId(), "section " + section);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void addColour(long draftId, long version, String name, String hex, String usage) {
		BrandEdition draft = draftAt(draftId, version);
		draft.addColour(name, hex, usage);
		this.auditLog.record(AuditAction.BRAND_DRAFT_EDITED, ENTITY, draft.getId(), "colour " + name + " " + hex);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void removeColour(long draftId, long version, long colourId) {
		BrandEdition draft = draftAt(draftId, version);
		draft.removeColour(colourId);
		this.auditLog.record(AuditAction.BRAND_DRAFT_EDITED, ENTITY, draft.getId(), "colour removed " + colourId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void addCheckItem(long draftId, long version, String textJa, String textEn) {
		BrandEdition draft = draftAt(draftId, version);
		draft.addCheckItem(textJa, textEn);
		this.auditLog.record(AuditAction.BRAND_DRAFT_EDITED, ENTITY, draft.getId(), "checklist item " + textJa);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void removeCheckItem(long draftId, long version, long itemId) {
		BrandEdition draft = draftAt(draftId, version);
		draft.removeCheckItem(itemId);
		this.auditLog.record(AuditAction.BRAND_DRAFT_EDITED, ENTITY, draft.getId(), "checklist item removed " + itemId);
	}

	/** Adds a file to the draft after checking what it really is. */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public String addFile(CurrentUser user, long draftId, long version, String originalName, byte[] content,
			String description) {
		if (content.length == 0) {
			throw new InputRejected("file", "brand.file.empty");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new InputRejected("file", "brand.file.tooLarge");
		}
		if (description != null && description.strip().length() > 200) {
			throw new InputRejected("description", "brand.file.descriptionTooLong");
		}
		String name = FileTypes.cleanName(originalName);
		String type = FileTypes.detect(name, content)
			.filter(ACCEPTED_FILES::contains)
			.orElseThrow(() -> new InputRejected("file", "brand.file.type"));
		BrandEdition draft = draftAt(draftId, version);
		if (this.assets.countIn(draft.getId()) >= MAX_FILES) {
			throw new InputRejected("file", "brand.file.tooMany");
		}
		this.assets.add(draft.getId(), name, type, content,
				(description == null || description.isBlank()) ? null : description.strip(), user.getUsername(),
				this.clock.instant());
		this.auditLog.record(AuditAction.BRAND_ASSET_ADDED, ENTITY, draft.getId(),
				name + " (" + type + ", " + content.length + " bytes)");
		return name;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void removeFile(long draftId, long version, long assetId) {
		BrandEdition draft = draftAt(draftId, version);
		if (!this.assets.remove(draft.getId(), assetId)) {
			throw new BrandRefused("brand.refused.noSuchRow");
		}
		this.auditLog.record(AuditAction.BRAND_ASSET_REMOVED, ENTITY, draft.getId(), "file " + assetId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void discardDraft(long draftId, long version) {
		BrandEdition draft = draftAt(draftId, version);
		this.editions.delete(draft);
		this.editions.flush();
		this.assets.deleteUnlisted();
		this.auditLog.record(AuditAction.BRAND_DRAFT_DISCARDED, ENTITY, draft.getId(), null);
	}

	/** The draft becomes the next numbered edition, and from then on never changes. */
	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public BrandEdition publish(CurrentUser user, long draftId, long version, String changeNote) {
		if (changeNote == null || changeNote.isBlank()) {
			throw new InputRejected("changeNote", "brand.publish.noteRequired");
		}
		if (changeNote.strip().length() > 2000) {
			throw new InputRejected("changeNote", "brand.publish.noteTooLong");
		}
		// Publishing changes the edition itself, which moves its version; a forced
		// increment on top would be a second update, after which the row is final.
		BrandEdition draft = lockedDraft(draftId, version);
		int number = this.editions.highestNumber() + 1;
		draft.publish(number, changeNote, user.getUsername(), this.clock.instant());
		this.editions.flush();
		this.auditLog.record(AuditAction.BRAND_PUBLISHED, ENTITY, draft.getId(),
				"edition " + number + ": " + changeNote.strip());
		return draft;
	}

	static boolean isOffice(CurrentUser user) {
		return user.isOffice();
	}

	private BrandEdition draftAt(long draftId, long version) {
		BrandEdition draft = lockedDraft(draftId, version);
		// Changes to its rows move the draft's version too. Already locked for writing,
		// the
		// draft takes the increment only from the stronger pessimistic mode.
		this.entityManager.lock(draft, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return draft;
	}

	/**
	 * The draft the form was loaded from, locked until the change commits so that a
	 * publish or discard in between waits; a form of an earlier draft, or of an earlier
	 * version of this one, is a conflict.
	 */
	private BrandEdition lockedDraft(long draftId, long version) {
		BrandEdition draft = this.editions.findDraftForUpdate()
			.orElseThrow(() -> new BrandRefused("brand.refused.noDraft"));
		if (draft.getId() != draftId) {
			throw new StaleRecordException("Brand draft", draftId);
		}
		draft.checkVersion(version);
		return draft;
	}

	private static BrandEdition loaded(BrandEdition edition) {
		edition.getBodies();
		edition.getColours().size();
		edition.getCheckItems().size();
		return edition;
	}

}
