package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.util.Set;

import org.cmooffice.account.User;

import org.springframework.transaction.annotation.Transactional;

/** Stakeholders for tests that need some in the register without typing them in. */
public class StakeholderFixtures {

	private final StakeholderRepository stakeholders;

	StakeholderFixtures(StakeholderRepository stakeholders) {
		this.stakeholders = stakeholders;
	}

	@Transactional
	public long organisation(String name, String kana, int influence, int interest, User owner, Long... departments) {
		return this.stakeholders
			.saveAndFlush(new Stakeholder(
					new StakeholderDetails(StakeholderKind.ORGANISATION, StakeholderCategory.MINISTRY, name, kana, null,
							null, "info@example.jp", "03-1234-5678", null, influence, interest, Stance.NEUTRAL, null,
							null, null, null, null, null, null, null, null, null, Set.of(departments), Set.of("テスト")),
					null, owner))
			.getId();
	}

	@Transactional
	public long person(String name, String kana, String email, String phone, User owner, LocalDate retention,
			Long... departments) {
		return this.stakeholders.saveAndFlush(new Stakeholder(
				new StakeholderDetails(StakeholderKind.PERSON, StakeholderCategory.MEDIA, name, kana, null, "記者", email,
						phone, "東京都千代田区1-1", 4, 4, Stance.NEUTRAL, "取材時のメモ", null, null, null, "テスト新聞", "社会部",
						"取材対応のため", "名刺", LocalDate.of(2024, 4, 1), retention, Set.of(departments), Set.of("記者")),
				null, owner))
			.getId();
	}

}
