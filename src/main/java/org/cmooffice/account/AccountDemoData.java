package org.cmooffice.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office of the local profile, on the first start only (an empty database): five
 * departments with their budgets and one account per role, all with the password
 * {@value #PASSWORD}. Never under the prod profile, and not when
 * {@code cmo.demo.size=large} asks for the large office instead.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "cmo.demo.size", havingValue = "standard", matchIfMissing = true)
@Order(10)
class AccountDemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

	private final UserRepository users;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final Notifications notifications;

	private final Clock clock;

	AccountDemoData(UserRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
			Notifications notifications, Clock clock) {
		this.users = users;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		FiscalYear year = FiscalYear.current(this.clock);
		Map<String, Department> byCode = new HashMap<>();
		department(byCode, year, "HEALTH", "健康福祉部", "Health and Welfare Department", 12_000_000);
		department(byCode, year, "TOURISM", "観光振興部", "Tourism Promotion Department", 18_000_000);
		department(byCode, year, "ENV", "環境政策部", "Environmental Policy Department", 8_000_000);
		department(byCode, year, "EDU", "教育文化部", "Education and Culture Department", 6_500_000);
		department(byCode, year, "DISASTER", "防災危機管理部", "Disaster Management Department", 9_000_000);

		String hash = this.passwordEncoder.encode(PASSWORD);
		user("admin", "佐藤 健（システム管理）", EnumSet.of(Role.ADMIN), null, hash);
		user("cmo", "山田 花子（CMO）", EnumSet.of(Role.CMO), null, hash);
		user("staff", "鈴木 一郎（CMO室）", EnumSet.of(Role.STAFF), null, hash);
		user("liaison.health", "高橋 美咲（健康福祉部）", EnumSet.of(Role.LIAISON), byCode.get("HEALTH"), hash);
		user("liaison.tourism", "田中 翔（観光振興部）", EnumSet.of(Role.LIAISON), byCode.get("TOURISM"), hash);
		user("analyst", "伊藤 さくら（分析担当）", EnumSet.of(Role.ANALYST), null, hash);
		log.info("Demo office created: 5 departments and 6 accounts (password '{}')", PASSWORD);
	}

	private void department(Map<String, Department> byCode, FiscalYear year, String code, String nameJa, String nameEn,
			long budget) {
		Department department = new Department(code, nameJa, nameEn);
		department.allocate(year.previous(), budget * 9 / 10);
		department.allocate(year, budget);
		byCode.put(code, this.departments.save(department));
	}

	private void user(String username, String displayName, Set<Role> roles, Department department, String hash) {
		User user = this.users.save(new User(username, displayName, username + "@cmo-office.example.go.jp", hash, roles,
				department, false));
		this.notifications.notify(user.getId(), "notification.welcome", "/");
	}

}
