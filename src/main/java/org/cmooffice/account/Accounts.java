package org.cmooffice.account;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: opened, changed, deactivated and reset by administrators; each user
 * changes their own password. Every change is audited in its own transaction.
 */
@Service
public class Accounts {

	private static final String ENTITY = "USER";

	private final UserRepository users;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final UserSessions sessions;

	private final AuditLog auditLog;

	private final Notifications notifications;

	private final java.time.Clock clock;

	Accounts(UserRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, UserSessions sessions, AuditLog auditLog, Notifications notifications,
			java.time.Clock clock) {
		this.users = users;
		this.clock = clock;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.notifications = notifications;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Page<User> search(String query, Role role, Boolean active, int page) {
		String text = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		Page<User> users = this.users.search(text, role, active,
				PageRequest.of(Pages.clamp(page), Pages.SIZE, Sort.by("username")));
		// The first access loads the roles of the whole page in one query.
		users.forEach(User::getRoles);
		return users;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public User get(long id) {
		User user = find(id);
		user.getRoles();
		if (user.getDepartment() != null) {
			user.getDepartment().getCode();
		}
		return user;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public TemporaryPassword open(NewAccount account) {
		if (this.users.existsByUsernameIgnoreCase(account.username())) {
			throw new InputRejected("username", "account.username.taken");
		}
		Department department = departmentFor(account.roles(), account.departmentId());
		String password = TemporaryPassword.generate();
		User user = this.users.save(new User(account.username(), account.displayName(), blankToNull(account.email()),
				this.passwordEncoder.encode(password), account.roles(), department, true));
		this.auditLog.record(AuditAction.USER_CREATED, ENTITY, user.getId(),
				account.username() + ": " + describe(account.roles(), department));
		return new TemporaryPassword(user, password);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public User update(long id, long version, AccountDetails details, CurrentUser actor) {
		User user = find(id);
		user.checkVersion(version);
		if (actor.id() == id && !details.roles().contains(Role.ADMIN)) {
			throw new InputRejected("roles", "account.roles.ownAdmin");
		}
		Department department = departmentFor(details.roles(), details.departmentId());
		String before = describe(user.getRoles(), user.getDepartment());
		user.describe(details.displayName(), blankToNull(details.email()));
		boolean reassigned = user.assign(details.roles(), department);
		this.auditLog.record(AuditAction.USER_UPDATED, ENTITY, id, user.getUsername());
		if (reassigned) {
			String after = describe(details.roles(), department);
			this.auditLog.record(AuditAction.ROLES_CHANGED, ENTITY, id,
					user.getUsername() + ": " + before + " → " + after);
			// New roles apply from the next click, and removed ones stop applying at
			// once.
			this.sessions.endAll(user.getUsername());
			this.notifications.notify(id, "notification.rolesChanged", "/", after);
		}
		return user;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public User deactivate(long id, long version, CurrentUser actor) {
		if (actor.id() == id) {
			throw new InputRejected("active", "account.deactivate.self");
		}
		User user = find(id);
		user.checkVersion(version);
		user.deactivate();
		this.auditLog.record(AuditAction.USER_DEACTIVATED, ENTITY, id, user.getUsername());
		this.sessions.endAll(user.getUsername());
		return user;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public User reactivate(long id, long version) {
		User user = find(id);
		user.checkVersion(version);
		user.reactivate();
		this.auditLog.record(AuditAction.USER_REACTIVATED, ENTITY, id, user.getUsername());
		return user;
	}

	/** Sets a temporary password, lifts a lockout and signs the user out everywhere. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public TemporaryPassword resetPassword(long id, long version) {
		User user = find(id);
		user.checkVersion(version);
		String password = TemporaryPassword.generate();
		user.resetPassword(this.passwordEncoder.encode(password));
		this.users.unlock(id);
		this.auditLog.record(AuditAction.PASSWORD_RESET, ENTITY, id, user.getUsername());
		this.sessions.endAll(user.getUsername());
		return new TemporaryPassword(user, password);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public User unlock(long id) {
		User user = find(id);
		this.users.unlock(id);
		this.auditLog.record(AuditAction.USER_UNLOCKED, ENTITY, id, user.getUsername());
		return user;
	}

	/**
	 * The signed-in user replaces their password. Other sessions of theirs are ended by
	 * the caller, which knows which session to keep.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
		User user = find(me.id());
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new InputRejected("currentPassword", "password.current.wrong");
		}
		this.passwordPolicy.check(user.getUsername(), newPassword, departmentWords()).ifPresent((key) -> {
			throw new InputRejected("newPassword", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash()) || (user.getPreviousPasswordHash() != null
				&& this.passwordEncoder.matches(newPassword, user.getPreviousPasswordHash()))) {
			throw new InputRejected("newPassword", "password.policy.reused");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(AuditAction.PASSWORD_CHANGED, ENTITY, user.getId(), user.getUsername());
	}

	int endOtherSessions(CurrentUser me, String keepSessionId) {
		return this.sessions.endAllExcept(me.getUsername(), keepSessionId);
	}

	/** Active users per role, for the administrator's home page. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Role, Long> activeUsersByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		for (Object[] row : this.users.countActiveByRole()) {
			counts.put(Role.valueOf((String) row[0]), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Accounts locked by failed sign-ins right now, for the administrator's home page.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public long lockedNow() {
		return this.users.countLocked(java.time.Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	public long activeUsers() {
		return this.users.countByActiveTrue();
	}

	/** Whom to tell about something only holders of a role may act on. */
	@Transactional(readOnly = true)
	public List<Long> activeUserIdsWith(Role role) {
		return this.users.findActiveIdsByRole(role);
	}

	/** The active holders of a role by name, for choosing an owner or an assignee. */
	@Transactional(readOnly = true)
	public List<User> activeWith(Role role) {
		return this.users.findActiveByRole(role);
	}

	/** The active holders of a role as a form offers them: id and name only. */
	@Transactional(readOnly = true)
	public List<UserChoice> choicesWith(Role role) {
		return this.users.findChoicesByRole(role);
	}

	/** The liaisons who speak for a department: told of every decision on its plans. */
	@Transactional(readOnly = true)
	public List<Long> activeLiaisonIdsOf(long departmentId) {
		return this.users.findActiveIdsByRoleAndDepartment(Role.LIAISON, departmentId);
	}

	private User find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	/** A liaison belongs to exactly one active department; others may be given one. */
	private Department departmentFor(Set<Role> roles, Long departmentId) {
		if (departmentId == null) {
			if (roles.contains(Role.LIAISON)) {
				throw new InputRejected("departmentId", "account.department.requiredForLiaison");
			}
			return null;
		}
		Department department = this.departments.findById(departmentId)
			.orElseThrow(() -> new InputRejected("departmentId", "account.department.unknown"));
		if (!department.isActive() && roles.contains(Role.LIAISON)) {
			throw new InputRejected("departmentId", "account.department.inactive");
		}
		return department;
	}

	private List<String> departmentWords() {
		List<String> words = new ArrayList<>();
		for (Department department : this.departments.findAll()) {
			words.add(department.getCode());
			words.add(department.getNameJa());
			words.add(department.getNameEn());
		}
		return words;
	}

	private static String describe(Set<Role> roles, Department department) {
		String names = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
		return (department != null) ? names + " / " + department.getCode() : names;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
