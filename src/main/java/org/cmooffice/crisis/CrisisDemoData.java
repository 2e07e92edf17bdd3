package org.cmooffice.crisis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's crisis desk (local profile, first start): pre-cleared lines for two
 * scenarios, an open severity-3 incident — a false rumour about the health check-up
 * programme spreading on social media — with its timeline, an approved holding statement,
 * stakeholders to inform and two rumours.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "cmo.demo.size", havingValue = "standard", matchIfMissing = true)
@Order(40)
class CrisisDemoData implements ApplicationRunner {

	private final IncidentRepository incidents;

	private final HoldingStatementRepository statements;

	private final RumourRepository rumours;

	private final Accounts accounts;

	private final Departments departments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CrisisDemoData(IncidentRepository incidents, HoldingStatementRepository statements, RumourRepository rumours,
			Accounts accounts, Departments departments, JdbcTemplate jdbc, Clock clock) {
		this.incidents = incidents;
		this.statements = statements;
		this.rumours = rumours;
		this.accounts = accounts;
		this.departments = departments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.incidents.count() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<User> staff = this.accounts.activeWith(Role.STAFF);
		User owner = staff.stream().filter((u) -> u.getUsername().equals("staff")).findFirst().orElse(staff.get(0));
		Long health = this.departments.all()
			.stream()
			.filter((d) -> d.getCode().equals("HEALTH"))
			.map(Department::getId)
			.findFirst()
			.orElseThrow();

		HoldingStatement misinformation = HoldingStatement.libraryLine(Scenario.MISINFORMATION, "誤情報の拡散（一般）",
				"県の事業について、事実と異なる情報がインターネット上で広がっていることを把握しています。正確な情報は県の公式ウェブサイトでお知らせしています。現在、事実関係を確認しており、分かり次第お知らせします。",
				"We are aware that inaccurate information about a prefectural programme is circulating online. Accurate information is available on the prefecture's official website. We are confirming the facts and will provide updates as soon as possible.");
		HoldingStatement disaster = HoldingStatement.libraryLine(Scenario.DISASTER, "大規模災害の発生直後",
				"県は災害対策本部を設置し、被害状況の把握と救助活動に全力を挙げています。県民の皆様は、市町村の避難情報に従い、身の安全を確保してください。",
				"The prefecture has set up a disaster response headquarters and is doing its utmost to assess the damage and carry out rescue operations. Please follow your municipality's evacuation information and stay safe.");
		this.statements.saveAndFlush(misinformation);
		this.statements.saveAndFlush(disaster);
		misinformation.submit("staff", now.minus(Duration.ofDays(200)));
		misinformation.approve("cmo", now.minus(Duration.ofDays(199)));
		disaster.submit("staff", now.minus(Duration.ofDays(200)));
		disaster.approve("cmo", now.minus(Duration.ofDays(199)));
		this.statements.flush();

		Instant opened = now.minus(Duration.ofHours(30));
		Incident incident = new Incident("健康診断プログラムに関する誤情報のSNS拡散",
				"「県の無料健康診断で採血した血液が無断で研究に使われている」という投稿がSNSで拡散している。事実無根。問い合わせが健康福祉部に 1 日 50 件以上寄せられている。", 3,
				Scenario.MISINFORMATION, owner, List.of(health), "staff", opened);
		this.incidents.saveAndFlush(incident);
		incident.note("健康福祉部から、コールセンターへの問い合わせ急増の報告。投稿の元は匿名アカウント。", "liaison.health", opened.plus(Duration.ofHours(1)));
		incident.note("検体は検査後に規定どおり廃棄しており、研究利用はないことを健康福祉部が確認。", "staff", opened.plus(Duration.ofHours(3)));
		HoldingStatement statement = HoldingStatement.forIncident(incident, misinformation, incident.getTitle());
		this.statements.saveAndFlush(statement);
		statement.approveUnchangedLine("cmo", opened.plus(Duration.ofHours(4)));
		incident.statementApproved(1, "cmo", opened.plus(Duration.ofHours(4)));
		incident.note("県公式サイトと公式SNSで注意喚起を掲載。報道機関からの問い合わせ 3 件に対応。", "staff", opened.plus(Duration.ofHours(8)));
		for (String name : List.of("厚生労働省", "県民日報社", "県医師会")) {
			List<Long> ids = this.jdbc.queryForList("select id from stakeholder where name = ?", Long.class, name);
			if (!ids.isEmpty()) {
				incident.inform(ids.get(0));
			}
		}
		if (!incident.getInformed().isEmpty()) {
			incident.notified(incident.getInformed().get(0).getStakeholderId(), "staff",
					opened.plus(Duration.ofHours(5)));
		}
		this.incidents.flush();

		RumourForm first = new RumourForm();
		first.setClaim("県の無料健康診断で採血した血液が、本人の同意なく製薬会社の研究に使われている。");
		first.setFirstSeen(today.minusDays(2));
		first.setChannel(RumourChannel.SNS);
		first.setEstimatedReach(120_000L);
		first.setFactCheck(FactCheck.FALSE);
		first.setSources("健康福祉部の検体取扱記録（検査後に廃棄）、委託先検査機関の回答書");
		first.setResponse(RumourResponse.STATEMENT);
		first.setResponseStatus(ResponseStatus.DONE);
		this.rumours.save(new Rumour(incident, first));
		RumourForm second = new RumourForm();
		second.setClaim("健康診断を受けると個人情報が民間企業に売られる。");
		second.setFirstSeen(today.minusDays(1));
		second.setChannel(RumourChannel.WEB_FORUM);
		second.setEstimatedReach(8_000L);
		second.setFactCheck(FactCheck.MISLEADING);
		second.setSources("個人情報の委託契約（受託者への提供は検査目的に限定）");
		second.setResponse(RumourResponse.FAQ_UPDATE);
		second.setResponseStatus(ResponseStatus.IN_PROGRESS);
		this.rumours.save(new Rumour(incident, second));
		RumourForm standalone = new RumourForm();
		standalone.setClaim("県の観光キャンペーンの宿泊補助は今月で打ち切られる。");
		standalone.setFirstSeen(today.minusDays(10));
		standalone.setChannel(RumourChannel.WORD_OF_MOUTH);
		standalone.setFactCheck(FactCheck.UNVERIFIED);
		standalone.setResponse(RumourResponse.NONE);
		standalone.setResponseStatus(ResponseStatus.PLANNED);
		this.rumours.save(new Rumour(null, standalone));
	}

}
