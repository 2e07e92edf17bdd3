package org.cmooffice.stakeholder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that change one stakeholder at the same time leave it as each meant to: the
 * departments kept on its row for the register's two-character searches (V31) stay equal
 * to its links, and an edit keeps the date of an engagement logged meanwhile.
 */
@IntegrationTest
class StakeholderConcurrentWritesIntegrationTests {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StakeholderFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	StakeholderRepository stakeholders;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void linksAddedAtTheSameTimeByTwoWritersAreBothOnTheRow() throws Exception {
		long first = this.accounts.department(1_000_000).getId();
		long second = this.accounts.department(1_000_000).getId();
		long stakeholder = this.fixtures.organisation(AccountFixtures.unique("同時共有協会"), "ドウジキョウユウ", 3, 3,
				this.accounts.user(Role.STAFF));
		try (Connection one = this.dataSource.getConnection(); Connection other = this.dataSource.getConnection()) {
			one.setAutoCommit(false);
			other.setAutoCommit(false);
			link(one, stakeholder, first);
			// The second writer's trigger waits for the first writer's lock on the row.
			CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
				try {
					link(other, stakeholder, second);
					other.commit();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(300);
			assertThat(waiting).isNotDone();
			one.commit();
			waiting.get(10, TimeUnit.SECONDS);
		}
		assertThat(departmentIds(stakeholder)).containsExactly(Math.min(first, second), Math.max(first, second));

		this.jdbc.update("delete from stakeholder_department where stakeholder_id = ? and department_id = ?",
				stakeholder, first);
		assertThat(departmentIds(stakeholder)).containsExactly(second);
		this.jdbc.update("update stakeholder_department set department_id = ? where stakeholder_id = ?", first,
				stakeholder);
		assertThat(departmentIds(stakeholder)).containsExactly(first);
	}

	/**
	 * Recounting takes the lock an update takes, not a stronger one: sharing a
	 * stakeholder does not wait for an engagement being logged on it, whose foreign-key
	 * check holds a key-share lock on the row (with a stronger lock the two could
	 * deadlock once the engagement's own update of the row followed).
	 */
	@Test
	void sharingAStakeholderDoesNotWaitForAnEngagementBeingLoggedOnIt() throws Exception {
		long department = this.accounts.department(1_000_000).getId();
		long stakeholder = this.fixtures.organisation(AccountFixtures.unique("面会中協会"), "メンカイチュウ", 3, 3,
				this.accounts.user(Role.STAFF));
		try (Connection logging = this.dataSource.getConnection()) {
			logging.setAutoCommit(false);
			try (PreparedStatement insert = logging.prepareStatement("""
					insert into engagement (stakeholder_id, occurred_on, type, summary, logged_by, logged_at)
					values (?, current_date, 'MEETING', '意見交換', 'staff', now())""")) {
				insert.setLong(1, stakeholder);
				insert.executeUpdate();
			}
			CompletableFuture<Integer> sharing = CompletableFuture.supplyAsync(() -> this.jdbc.update(
					"insert into stakeholder_department (stakeholder_id, department_id) values (?, ?)", stakeholder,
					department));
			assertThat(sharing.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			logging.rollback();
		}
		assertThat(departmentIds(stakeholder)).containsExactly(department);
	}

	/**
	 * Logging an engagement moves the stakeholder's last engagement without touching its
	 * version, so that a colleague's open edit form stays valid; the edit, saved after,
	 * must then not write back the date it had read.
	 */
	@Test
	void anEditSavedAfterAnEngagementWasLoggedKeepsTheEngagementsDate() {
		User owner = this.accounts.user(Role.STAFF);
		String name = AccountFixtures.unique("編集中協会");
		long id = this.fixtures.organisation(name, "ヘンシュウチュウ", 3, 3, owner);
		LocalDate met = LocalDate.now().minusDays(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((editing) -> {
			Stakeholder stakeholder = this.stakeholders.findById(id).orElseThrow();
			CompletableFuture
				.runAsync(() -> new TransactionTemplate(this.transactions)
					.executeWithoutResult((logging) -> this.stakeholders.engagedOn(id, met)))
				.join();
			stakeholder.revise(new StakeholderDetails(StakeholderKind.ORGANISATION, StakeholderCategory.MINISTRY, name,
					"ヘンシュウチュウ", null, null, "info@example.jp", "03-1234-5678", null, 4, 3, Stance.NEUTRAL, null, null,
					null, null, null, null, null, null, null, null, Set.of(), Set.of("テスト")), null, owner);
		});
		assertThat(this.jdbc.queryForObject("select influence from stakeholder where id = ?", Integer.class, id))
			.isEqualTo(4);
		assertThat(
				this.jdbc.queryForObject("select last_engaged_on from stakeholder where id = ?", LocalDate.class, id))
			.isEqualTo(met);
	}

	private static void link(Connection connection, long stakeholder, long department) throws Exception {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into stakeholder_department (stakeholder_id, department_id) values (?, ?)")) {
			insert.setLong(1, stakeholder);
			insert.setLong(2, department);
			insert.executeUpdate();
		}
	}

	private List<Long> departmentIds(long stakeholder) {
		return this.jdbc.queryForList("select unnest(department_ids) from stakeholder where id = ?", Long.class,
				stakeholder);
	}

}
