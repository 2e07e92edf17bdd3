package org.cmooffice.account;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and departments for the tests, each with a name of its own so that tests
 * sharing the database never see each other's records.
 */
public class AccountFixtures {

	/** The password of every account made here. */
	public static final String PASSWORD = "kumo-no-ue-no-sora-2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserRepository users;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private String passwordHash;

	AccountFixtures(UserRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
	}

	public static String unique(String prefix) {
		return prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

	@Transactional
	public User user(Role... roles) {
		return user(unique(roles[0].name().toLowerCase()), null, roles);
	}

	@Transactional
	public User liaison(Department department) {
		return user(unique("liaison"), department, Role.LIAISON);
	}

	@Transactional
	public User user(String username, Department department, Role... roles) {
		return this.users.save(new User(username, "テスト " + username, null, passwordHash(),
				EnumSet.copyOf(List.of(roles)), department, false));
	}

	@Transactional
	public Department department(long budget) {
		String code = unique("D").replace(".", "").toUpperCase();
		Department department = new Department(code.substring(0, Math.min(20, code.length())), "テスト部" + code,
				"Test " + code);
		department.allocate(FiscalYear.current(java.time.Clock.systemDefaultZone()), budget);
		return this.departments.save(department);
	}

	@Transactional
	public void deactivate(User user) {
		this.users.findById(user.getId()).orElseThrow().deactivate();
	}

	@Transactional(readOnly = true)
	public User reload(User user) {
		User reloaded = this.users.findById(user.getId()).orElseThrow();
		reloaded.getRoles();
		return reloaded;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsernameIgnoreCase(username);
	}

	/** A department that is not saved, for unit tests of other areas' aggregates. */
	public static Department unsavedDepartment(String code) {
		return new Department(code, code + "部", code + " Department");
	}

	/** The user as Spring Security sees them once signed in. */
	public static CurrentUser signedIn(User user) {
		return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), "", user.getRoles(),
				(user.getDepartment() != null) ? user.getDepartment().getId() : null, true, false, false);
	}

	private String passwordHash() {
		if (this.passwordHash == null) {
			this.passwordHash = this.passwordEncoder.encode(PASSWORD);
		}
		return this.passwordHash;
	}

}
