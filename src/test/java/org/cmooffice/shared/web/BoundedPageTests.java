package org.cmooffice.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page read with a count that stops at its limit: the reader is told "more than" past
 * it, is never offered a page beyond the rows counted, and the database is asked no more
 * than the page needs.
 */
class BoundedPageTests {

	private final List<String> asked = new ArrayList<>();

	@Test
	void aFirstPageWithFewerRowsThanItHoldsIsNotCounted() {
		BoundedPage<Integer> page = read(0, 3);

		assertThat(page.getContent()).containsExactly(0, 1, 2);
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.isCountedPastLimit()).isFalse();
		assertThat(this.asked).containsExactly("rows of page 0");
	}

	@Test
	void aFullFirstPageIsCountedUpToOnePastTheLimit() {
		BoundedPage<Integer> exact = read(0, 1_000);
		BoundedPage<Integer> past = read(0, 5_000);

		assertThat(exact.getTotalElements()).isEqualTo(1_000);
		assertThat(exact.isCountedPastLimit()).isFalse();
		assertThat(past.getTotalElements()).isEqualTo(1_000);
		assertThat(past.isCountedPastLimit()).isTrue();
		assertThat(past.getCountLimit()).isEqualTo(1_000);
		assertThat(past.getTotalPages()).isEqualTo(200);
		assertThat(this.asked).containsExactly("rows of page 0", "count up to 1001", "rows of page 0",
				"count up to 1001");
	}

	@Test
	void aLaterPageIsCountedFirstAndNeverLiesBeyondTheRowsCounted() {
		BoundedPage<Integer> beyond = read(400, 5_000);
		BoundedPage<Integer> none = read(3, 0);

		assertThat(beyond.getNumber()).isEqualTo(199);
		assertThat(beyond.getContent()).containsExactly(995, 996, 997, 998, 999);
		assertThat(beyond.isCountedPastLimit()).isTrue();
		assertThat(none.getNumber()).isZero();
		assertThat(none.getContent()).isEmpty();
		assertThat(this.asked).containsExactly("count up to 1001", "rows of page 199", "count up to 1001");
	}

	@Test
	void aLaterPageOfAnExactCountShowsItsRowsAndTheLastIsTheLastCounted() {
		BoundedPage<Integer> second = read(1, 12);
		BoundedPage<Integer> beyond = read(9, 12);

		assertThat(second.getContent()).containsExactly(5, 6, 7, 8, 9);
		assertThat(second.getTotalElements()).isEqualTo(12);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.isCountedPastLimit()).isFalse();
		assertThat(beyond.getNumber()).isEqualTo(2);
		assertThat(beyond.getContent()).containsExactly(10, 11);
		assertThat(this.asked).containsExactly("count up to 1001", "rows of page 1", "count up to 1001",
				"rows of page 2");
	}

	@Test
	void aMappedPageKeepsItsLimitAndWhetherItWasPassed() {
		BoundedPage<String> mapped = read(0, 5_000).map(String::valueOf);

		assertThat(mapped.getContent()).containsExactly("0", "1", "2", "3", "4");
		assertThat(mapped.isCountedPastLimit()).isTrue();
		assertThat(mapped.getCountLimit()).isEqualTo(1_000);
		assertThat(mapped.getTotalElements()).isEqualTo(1_000);
	}

	/** Five rows a page of {@code matches}, counted up to a thousand. */
	private BoundedPage<Integer> read(int requested, int matches) {
		return BoundedPage.read(requested, 5, 1_000, (upTo) -> {
			this.asked.add("count up to " + upTo);
			return Math.min(matches, upTo);
		}, (PageRequest request) -> {
			this.asked.add("rows of page " + request.getPageNumber());
			int from = (int) request.getOffset();
			return IntStream.range(from, Math.min(matches, from + request.getPageSize())).boxed().toList();
		});
	}

}
