package org.cmooffice.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A page of a long list whose count stops at {@value #COUNT_LIMIT}: counting a register
 * of 100,000 stakeholders or an audit trail of millions for every page would cost more
 * than the page itself, and tells the reader nothing a filter would not. Past the limit
 * the page says "more than" and offers no page beyond the rows counted.
 */
public class BoundedPage<T> extends PageImpl<T> {

	public static final int COUNT_LIMIT = 10_000;

	/** What a query counting the matches should stop at. */
	public static final int COUNT_UP_TO = COUNT_LIMIT + 1;

	private final boolean countedPastLimit;

	/**
	 * @param counted the matches, counted up to {@link #COUNT_UP_TO}
	 */
	public BoundedPage(List<T> content, int number, long counted) {
		this(content, PageRequest.of(number, Pages.SIZE), counted);
	}

	/**
	 * @param counted the matches, counted up to {@link #COUNT_UP_TO}
	 */
	public BoundedPage(List<T> content, Pageable pageable, long counted) {
		super(content, pageable, Math.min(counted, COUNT_LIMIT));
		this.countedPastLimit = counted > COUNT_LIMIT;
	}

	/**
	 * The page to show for a requested number: nonsense clamped, and none past the last
	 * page of the rows counted.
	 */
	public static int number(int requested, long counted) {
		return number(requested, counted, Pages.SIZE);
	}

	/** The same for pages of {@code size} rows. */
	public static int number(int requested, long counted, int size) {
		int lastPage = (int) Math.max(0, (Math.min(counted, COUNT_LIMIT) - 1) / size);
		return Math.min(Pages.clamp(requested), lastPage);
	}

	public boolean isCountedPastLimit() {
		return this.countedPastLimit;
	}

	public int getCountLimit() {
		return COUNT_LIMIT;
	}

	@Override
	public <U> BoundedPage<U> map(Function<? super T, ? extends U> converter) {
		return new BoundedPage<>(getConvertedContent(converter), getPageable(),
				this.countedPastLimit ? COUNT_UP_TO : getTotalElements());
	}

}
